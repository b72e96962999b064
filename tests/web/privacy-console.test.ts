import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { aBsn, aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { pickUpCase, reportAndMatch } from '../support/operations';
import { clickText, expectAccessible, launchBrowser, step, visit, waitForTextOn } from './support/browser';
import { readmeScreenshot } from './support/readme-screenshot';

const textOf = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText);

describe("the privacy officer's console in the browser", () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  let downloads: string;
  const bsn = aBsn();
  /** The resident the erasure test erases: one of its own, so the others still find theirs. */
  const erasedBsn = aBsn();
  const probedCases = Array.from({ length: 30 }, () => randomUUID());
  beforeAll(async () => {
    [hub, browser] = await Promise.all([startTestHub(), launchBrowser()]);
    await reportAndMatch(hub, await hub.token(tokens.vitens), [aSignal({ resident: { bsn: erasedBsn, surname: 'Wisman', address: { postcode: '7731 CE', houseNumber: 9 } } })]);
    await reportAndMatch(hub, await hub.token(tokens.vitens), [aSignal({
      amountEuro: 275, resident: { bsn, initials: 'M.', surname: 'Brinkman', phone: '0623456789', address: { postcode: '7731 CD', houseNumber: 8 } },
    })]);
    // A consultant's earlier read (purpose casework), and a refused look at the surname.
    const consultant = await hub.token(tokens.consultantOmmen);
    const read = await hub.graphql(consultant, '{ cases(first: 5) { edges { node { household { residents { surname phone } } } } } }');
    expect(JSON.stringify(read.data)).toContain('Brinkman');
    const officer = await hub.token(tokens.privacyOfficer);
    const refused = await hub.graphql(officer, 'query ($bsn: String!) { findResidents(bsn: $bsn) { id surname } }', { bsn });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A consultant trying case ids that are not theirs: each a refusal, more than one page of the console.
    for (const id of probedCases) expect((await pickUpCase(hub, consultant, id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await hub.waitForJobs();
  });
  // Each test logs in on a tab of its own, and downloads into a folder of its own.
  beforeEach(async () => {
    page = await browser.newPage();
    downloads = mkdtempSync(join(tmpdir(), 'console-export-'));
    await (await page.createCDPSession()).send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  });
  afterEach(() => page?.close());
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  const openConsole = async () => {
    await visit(page, `${hub.url}/inloggen`, 'Ontwikkelomgeving');
    await clickText(page, 'Inloggen als Functionaris gegevensbescherming');
    await waitForTextOn(page, 'Console functionaris gegevensbescherming');
  };
  /** The resident's panel, with its actions in their final place, is there once its consultations are. */
  const residentPanelLoaded = () => page.waitForSelector('.resident-panel[aria-busy="false"] table');
  const findResident = async (residentBsn: string) => {
    await openConsole();
    await page.type('#bsn', residentBsn);
    await clickText(page, 'Zoeken');
    await waitForTextOn(page, 'Eén bewoner gevonden.');
    await residentPanelLoaded();
  };

  it("finds a resident by BSN and lists the consultant's earlier read, and the refusal", () => step(page, 'console-find', async () => {
    await openConsole();
    await expectAccessible(page);
    await page.type('#bsn', '12345');
    await clickText(page, 'Zoeken');
    await waitForTextOn(page, 'Een BSN bestaat uit negen cijfers.');
    await page.$eval('#bsn', (e) => { (e as HTMLInputElement).select(); });
    await page.type('#bsn', bsn);
    await clickText(page, 'Zoeken');
    await waitForTextOn(page, 'Eén bewoner gevonden.');
    await residentPanelLoaded();
    const tables = await page.$$eval('.resident-panel table', (all) => all.map((table) => (table as HTMLElement).innerText));
    expect(tables[0]).toMatch(/Gelezen\s+hulp bij betalingsachterstanden \(consulent\) \(casework\)\s+consultant-ommen\s+Consulent\s+Resident\.surname/);
    expect(tables[1]).toMatch(/Gelezen\s+toezicht door de functionaris gegevensbescherming \(privacy-supervision\)\s+privacy-officer\s+Functionaris gegevensbescherming\s+Resident\.surname/);
    expect(new URL(page.url()).search).not.toContain(bsn); // the BSN stays out of the browser's history
    await expectAccessible(page);
    await readmeScreenshot(page, 'privacy-console');
  }));

  it('exports everything stored as a file the resident can read, and logs it as an access request', () => step(page, 'console-export', async () => {
    await findResident(bsn);
    await clickText(page, 'Exporteren als bestand');
    await waitForTextOn(page, 'is gedownload.');
    const file = await waitForFile(downloads);
    expect(file).toMatch(/^inzage-\d{4}-\d{2}-\d{2}\.txt$/);
    const letter = readFileSync(join(downloads, file), 'utf8');
    expect(letter).toContain('Overzicht van uw gegevens bij Voor Elkaar!');
    expect(letter).toContain('Naam: M. Brinkman');
    expect(letter).toContain(`BSN: ${bsn}`);
    expect(letter).toMatch(/Water, €\s275 \(Nog niet opgepakt\)/);
    expect(letter).toContain('Adres: 8, 7731 CD');
    expect(letter).toMatch(/Gelezen, doel: hulp bij betalingsachterstanden \(consulent\)/);
    expect(letter).not.toContain('consultant-ommen'); // who looked is for the officer, not in the resident's copy
    expect(letter).not.toContain('Gelezen, doel: toezicht door de functionaris'); // the refused look read nothing
    const { rows } = await hub.db.query("select purpose, actor_sub from household.access_log where action = 'export'");
    expect(rows).toEqual([{ purpose: 'access-request', actor_sub: expect.any(String) }]);
  }));

  it('erases on request after a confirmation that says what goes and what stays, with the purpose stated', () => step(page, 'console-erase', async () => {
    await findResident(erasedBsn);
    await page.select('#doel', 'erasure-request');
    await clickText(page, 'Zoeken');
    await waitForTextOn(page, 'Exporteren kan alleen met het doel');
    await residentPanelLoaded();
    await clickText(page, 'Gegevens van deze bewoner verwijderen…');
    await waitForTextOn(page, 'Weet u het zeker?');
    const confirmation = await textOf(page, '.confirm');
    expect(confirmation).toContain('BSN, voorletters, tussenvoegsel, achternaam, geboortedatum, telefoonnummer en e-mailadres');
    expect(confirmation).toContain('De cijfers voor de evaluatie van de pilot: die veranderen niet.');
    await expectAccessible(page);
    await readmeScreenshot(page, 'privacy-erase');
    await clickText(page, 'Ja, definitief verwijderen');
    await waitForTextOn(page, 'De gegevens zijn verwijderd op');
    await waitForTextOn(page, 'Het was de laatste bewoner');
    const { rows } = await hub.db.query("select purpose from household.access_log where action = 'erase'");
    expect(rows).toEqual([{ purpose: 'erasure-request' }]);
    const officer = await hub.token(tokens.privacyOfficer);
    const findResidents = (residentBsn: string) => hub.graphql<{ findResidents: Array<{ id: string }> }>(officer, 'query ($bsn: String!) { findResidents(bsn: $bsn) { id } }', { bsn: residentBsn });
    expect((await findResidents(erasedBsn)).data?.findResidents).toEqual([]);
    expect((await findResidents(bsn)).data?.findResidents).toHaveLength(1);

    await clickText(page, 'Zoeken');
    await waitForTextOn(page, 'Geen bewoner met dit BSN in de hub.');
  }));

  it('lists every refusal of a period, a page at a time, in Dutch', () => step(page, 'console-refusals', async () => {
    const setDate = (selector: string, value: string) => page.$eval(selector, (input, day) => {
      // As a user's choice reaches React: through the input's own value setter and an input event.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, day);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
    const state = () => textOf(page, '.refusals-state');
    await openConsole();
    await setDate('#weigeringen-van', '2026-11-27');
    await setDate('#weigeringen-tot', '2026-11-26');
    await clickText(page, 'Toon');
    await waitForTextOn(page, 'Kies een begindatum die niet na de einddatum ligt.');
    await setDate('#weigeringen-van', '2026-11-26'); // the test hub's clock: every record of this test is of that day
    await clickText(page, 'Toon');
    await page.waitForFunction(() => document.querySelector('.refusals-state')?.textContent?.startsWith('Weigering 1 tot'));
    expect(await state()).toBe('Weigering 1 tot en met 25; er zijn er meer.');
    const firstPage = await page.$$eval('.refusals-table tbody tr', (rows) => rows.map((r) => (r as HTMLElement).innerText));
    expect(firstPage).toHaveLength(25);
    expect(firstPage.join('\n')).toMatch(/Gelezen\s+Bewoner \S+\s+toezicht door de functionaris gegevensbescherming \(privacy-supervision\)\s+privacy-officer/);
    await expectAccessible(page);
    await clickText(page, 'Volgende 25');
    await page.waitForFunction(() => document.querySelector('.refusals-state')?.textContent?.startsWith('Weigering 26 tot'));
    const secondPage = await page.$$eval('.refusals-table tbody tr', (rows) => rows.map((r) => (r as HTMLElement).innerText));
    expect(secondPage.length).toBeGreaterThan(0);
    // Every probed case id once, over both pages (in the order the log received them).
    const probed = [...firstPage, ...secondPage].flatMap((row) => /Gewijzigd\s+Zaak (\S+)\s+.*consultant-ommen/.exec(row)?.[1] ?? []);
    expect(probed.sort()).toEqual([...probedCases].sort());
    expect(await state()).toBe(`Weigering 26 tot en met ${25 + secondPage.length}.`);
    await clickText(page, 'Vorige 25');
    await page.waitForFunction(() => document.querySelector('.refusals-state')?.textContent?.startsWith('Weigering 1 tot'));
    await setDate('#weigeringen-van', '2026-11-27');
    await setDate('#weigeringen-tot', '2026-11-28');
    await clickText(page, 'Toon');
    await waitForTextOn(page, 'Geen geweigerde inzages in deze periode.');
  }));

  it('verifies the access log on request and shows when and what it found', () => step(page, 'console-verify', async () => {
    await openConsole();
    // The only test that verifies: until it does, the console says the log was not yet checked.
    await waitForTextOn(page, 'Het log is nog niet via deze console gecontroleerd.');
    await clickText(page, 'Nu controleren');
    await page.waitForFunction(() => document.querySelector('.log-state')?.textContent?.includes('in orde'), { timeout: 15_000 });
    expect(await textOf(page, '.log-state')).toMatch(/Laatst gecontroleerd op .+ door \S+: in orde, \d+ regels nagerekend\./);
    await expectAccessible(page);
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
