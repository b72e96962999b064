import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { caseOfSignal, closeCase, pickUpCase, recordContactAttempt, reportAndMatch } from '../support/operations';
import { clickText, expectAccessible, launchBrowser, step, visit, waitForTextOn } from './support/browser';
import { readmeScreenshot } from './support/readme-screenshot';

/** The rows of the table captioned `caption` inside the section headed `section`: header cell, then the other cells. */
function tableOf(page: Page, section: string) {
  return page.evaluate((title) => {
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === title);
    const table = heading?.closest('section')?.querySelector('table');
    if (!table) return null;
    return [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim()));
  }, section);
}

describe("the analyst's dashboard in the browser", () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  const dashboard = () => `${hub.url}/analyse?van=2026-11&tot=2026-11&gemeente=0175&per=PARTNER_TYPE`;
  beforeAll(async () => {
    // Threshold 2: a count of 1 is withheld, so the small data set below shows visible and withheld cells.
    [hub, browser] = await Promise.all([startTestHub({ env: { SUPPRESSION_THRESHOLD: '2' } }), launchBrowser()]);
    const consultant = await hub.token(tokens.consultantOmmen);
    const at = (n: number) => ({ signalDate: '2026-11-20', resident: { address: { postcode: '7731 AB', houseNumber: n } } });
    const rent = await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [1, 2, 3, 4].map((n) => aSignal(at(n))));
    await reportAndMatch(hub, await hub.token(tokens.vitens), [5, 6].map((n) => aSignal(at(n))));
    await reportAndMatch(hub, await hub.token(tokens.zilverenKruis), [aSignal(at(7))]);
    hub.clock.advanceDays(2); // 2026-11-28: the cases opened on the 26th
    const work: Array<[string, string, boolean, string]> = [
      ['HOME_VISIT', '2026-11-26', true, 'FOLLOW_UP_HELP_FINANCIAL'],
      ['PHONE', '2026-11-27', true, 'FOLLOW_UP_HELP_FINANCIAL'],
      ['PHONE', '2026-11-28', true, 'RESIDENT_SOLVES_IT'],
      ['PHONE', '2026-11-28', false, 'NO_CONTACT_POSSIBLE'],
    ];
    for (const [i, [channel, date, reached, outcome]] of work.entries()) {
      const { id } = await caseOfSignal(hub, consultant, rent[i].id);
      await pickUpCase(hub, consultant, id);
      await recordContactAttempt(hub, consultant, id, { channel, reached, date });
      await closeCase(hub, consultant, id, outcome);
    }
    await hub.waitForJobs();
  });
  // Each test logs in on a tab of its own (the session is the tab's).
  beforeEach(async () => { page = await browser.newPage(); });
  afterEach(() => page?.close());
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  const openDashboard = async () => {
    await visit(page, `${hub.url}/inloggen`, 'Ontwikkelomgeving');
    await clickText(page, 'Inloggen als Analist');
    await waitForTextOn(page, 'Evaluatie van de pilot');
    await visit(page, dashboard(), 'Kerncijfers');
  };

  it('shows the key figures with their definitions, over the data the test created', () => step(page, 'dashboard-figures', async () => {
    await openDashboard();
    const figure = (name: string) => page.$eval(`[data-figure="${name}"] .key-value`, (e) => (e as HTMLElement).innerText);
    const per1000 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(Math.round((7 / 18_500) * 1000 * 1000) / 1000);
    expect(await figure('signalsPer1000')).toBe(per1000);
    expect(await figure('caseRate')).toBe('100%');
    expect(await figure('reachRate')).toBe('42,9%'); // 3 of 7 cases reached
    expect(await figure('acceptanceRate')).toBe('66,7%'); // 2 of the 3 reached and closed accepted help
    expect(await figure('medianDaysToFirstContact')).toBe('1'); // 0, 1 and 2 days
    expect(await page.$eval('.threshold', (e) => (e as HTMLElement).innerText)).toContain('aantallen onder 2');
    await page.click('[data-figure="reachRate"] summary');
    await waitForTextOn(page, 'minstens één contactpoging waarbij de bewoner werd bereikt');
    await expectAccessible(page);
  }));

  it('draws the charts with the expected figures, a withheld cell shown as withheld, never as 0', () => step(page, 'dashboard-charts', async () => {
    await openDashboard();
    await page.waitForFunction(() => document.querySelectorAll('.chart-area .recharts-wrapper > svg').length === 6, { timeout: 15_000 });
    expect(await page.$$eval('.chart-area .recharts-wrapper > svg', (all) => all.length)).toBe(6);
    // One visible bar of signals (rent, 4); water (2) is withheld with health insurance (1), which it would give back.
    expect(await page.$$eval('#signalen-title ~ figure .recharts-bar-rectangle path', (all) => all.length)).toBe(1);
    expect(await tableOf(page, 'Signalen per maand, per soort partner')).toEqual([
      ['Maand', 'Huur', 'Zorgverzekering', 'Water'],
      ['november 2026', '4', 'afgeschermd', 'afgeschermd'],
    ]);
    expect(await tableOf(page, 'Dagen tot eerste poging en eerste contact (mediaan)')).toEqual([
      ['Maand', 'Dagen tot eerste poging', 'Dagen tot eerste contact'], ['november 2026', '1,5', '1'],
    ]);
    const channels = await tableOf(page, 'Contactpogingen per kanaal');
    expect(channels).toEqual(expect.arrayContaining([['Telefoon', '3', expect.any(String)], ['Huisbezoek', 'afgeschermd', 'afgeschermd']]));
    const outcomes = await tableOf(page, 'Resultaten van afgesloten zaken');
    expect(outcomes).toEqual(expect.arrayContaining([
      ['Vervolghulp of verwijzing, financieel', '2'], ['Bewoner lost het zelf op', 'afgeschermd'], ['Geen contact gekregen', 'afgeschermd'],
    ]));
    expect(JSON.stringify(outcomes)).not.toContain('"0"');
    const reference = await tableOf(page, 'Vergeleken met de landelijke cijfers');
    expect(reference).toEqual(expect.arrayContaining([
      ['Hulp aanvaard (2024)', '66,7%', '33,3%', expect.stringContaining('1 op de 3')],
      ['Hulp aanvaard (2021)', '66,7%', '21%', expect.any(String)],
    ]));
    expect(await tableOf(page, 'Alle kerncijfers per soort partner')).toEqual(expect.arrayContaining([
      expect.arrayContaining(['Huur', '4', '4']),
    ]));
    await readmeScreenshot(page, 'dashboard');
  }));

  it('downloads the CSV with the token and prints one page per section', () => step(page, 'dashboard-downloads', async () => {
    await openDashboard();
    const downloads = mkdtempSync(join(tmpdir(), 'dashboard-csv-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await clickText(page, 'Cijfers als CSV downloaden');
    const file = await waitForFile(downloads);
    const csv = readFileSync(join(downloads, file), 'utf8');
    expect(file).toBe('evaluatie-2026-11-01-2026-11-30-0175.csv');
    expect(csv.split('\n')[0]).toContain('partnerType');
    expect(csv).toContain('RENT');

    await page.emulateMediaType('print');
    expect(await page.$eval('.app-header', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.$eval('.filters-form', (e) => getComputedStyle(e).display)).toBe('none');
    const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(8); // key figures, six charts, the group table
    await page.emulateMediaType('screen');
  }));

  it('keeps another role out of the dashboard', () => step(page, 'dashboard-forbidden', async () => {
    await visit(page, `${hub.url}/inloggen`, 'Ontwikkelomgeving');
    await clickText(page, 'Inloggen als Consulent Ommen');
    await waitForTextOn(page, 'Werkbak');
    await visit(page, dashboard(), 'Deze pagina is niet voor uw rol.');
  }));
});

async function waitForFile(dir: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const done = readdirSync(dir).filter((name) => !name.endsWith('.crdownload'));
    if (done.length) return done[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no download in ${dir}`);
}
