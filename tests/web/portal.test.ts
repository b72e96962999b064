import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportAndMatch } from '../support/operations';
import { clickText, expectAccessible, launchBrowser, step, waitForTextOn } from './support/browser';
import { aRow, writeCsv } from './support/csv-files';
import { logIn, textsOf } from './support/session';

async function waitForFile(file: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} was not downloaded`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  return readFileSync(file, 'utf8');
}

describe('the partner portal in the browser', () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  let downloads: string;
  beforeAll(async () => {
    [hub, browser] = await Promise.all([startTestHub(), launchBrowser()]);
    hub.clock.set(new Date().toISOString());
  });
  // Each test logs in on a tab of its own, and downloads into a folder of its own.
  beforeEach(async () => {
    page = await browser.newPage();
    downloads = mkdtempSync(join(tmpdir(), 'portal-downloads-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  });
  afterEach(() => page?.close());
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('documents the columns and offers a template to download', () => step(page, 'portal-columns', async () => {
    await logIn(page, hub.url, 'Inloggen als Partner: Vechtdal Wonen', 'Kolommen van het bestand');
    expect(await textsOf(page, 'table code')).toEqual(expect.arrayContaining(['kenmerk', 'signaaldatum', 'bedrag', 'postcode', 'huisnummer']));
    await expectAccessible(page);
    await clickText(page, 'Voorbeeldbestand downloaden');
    const template = await waitForFile(join(downloads, 'signalen-voorbeeld.csv'));
    expect(template.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^kenmerk;signaaldatum;achterstand_sinds;bedrag;/);
  }));

  it('checks every row before sending, then sends with progress and gives each row its result', () => step(page, 'portal-upload', async () => {
    await logIn(page, hub.url, 'Inloggen als Partner: Vechtdal Wonen', 'Kolommen van het bestand');
    const file = writeCsv([
      aRow('P-1'), aRow('P-2', { bedrag: '1.020,49', crisis: 'ja' }), aRow('P-3', { signaaldatum: '31-13-2026' }),
      aRow('P-4', { postcode: '1012 AB' }), aRow('P-5', { signaaldatum: new Date().toISOString().slice(0, 10) }),
    ]);
    const input = (await page.$('#csv-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await waitForTextOn(page, '5 regels: 4 in orde, 1 met fouten.');
    expect(await textsOf(page, '.row-problems tbody tr')).toEqual(['4\tP-3\tKolom signaaldatum: "31-13-2026" is geen datum (schrijf dd-mm-jjjj of jjjj-mm-dd).']);
    await expectAccessible(page);

    await page.evaluate(() => {
      const seen: string[] = ((window as any).progressSeen = []);
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        if (bar && seen.at(-1) !== `${bar.value}/${bar.max}`) seen.push(`${bar.value}/${bar.max}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await clickText(page, 'Verstuur 4 signalen');
    await waitForTextOn(page, '3 geaccepteerd, 2 afgewezen.');
    expect(await page.evaluate(() => (window as any).progressSeen)).toEqual(['0/4', '4/4']);
    expect(await textsOf(page, '.row-problems tbody tr')).toEqual([
      '4\tP-3\tKolom signaaldatum: "31-13-2026" is geen datum (schrijf dd-mm-jjjj of jjjj-mm-dd).',
      '5\tP-4\tDe postcode ligt niet in een van de deelnemende gemeenten.',
    ]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Resultaat');
    await expectAccessible(page);

    await clickText(page, 'Resultaten downloaden (CSV)');
    const results = await waitForFile(join(downloads, 'signalen-resultaat.csv'));
    expect(results.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'regel;kenmerk;resultaat;reden', '2;P-1;geaccepteerd;', '3;P-2;geaccepteerd;',
      '4;P-3;afgewezen;"Kolom signaaldatum: ""31-13-2026"" is geen datum (schrijf dd-mm-jjjj of jjjj-mm-dd)."',
      '5;P-4;afgewezen;De postcode ligt niet in een van de deelnemende gemeenten.', '6;P-5;geaccepteerd;',
    ]);
    const stored = await hub.db.query("select external_id, amount_euro from signal.signal where partner_code = 'vechtdal-wonen' and external_id like 'P-%' order by external_id");
    expect(stored.rows).toEqual([{ external_id: 'P-1', amount_euro: 313 }, { external_id: 'P-2', amount_euro: 1020 }, { external_id: 'P-5', amount_euro: 313 }]);
  }));

  it('lists the own signals with their feedback, and withdraws one with a reason', () => step(page, 'portal-signals', async () => {
    // Signals of its own, from a partner no other test of this file reports for.
    await reportAndMatch(hub, await hub.token(tokens.zilverenKruis), ['Z-1', 'Z-2', 'Z-3'].map((externalId) => aSignal({ externalId })));
    await logIn(page, hub.url, 'Inloggen als Partner: Zilveren Kruis', 'Kolommen van het bestand');
    await clickText(page, 'Mijn signalen');
    await waitForTextOn(page, 'Z-3');
    expect((await textsOf(page, '.signals-table tbody tr')).map((row) => row.split('\t')[0]).sort()).toEqual(['Z-1', 'Z-2', 'Z-3']);
    await expectAccessible(page);
    await page.click('button[aria-label="Signaal Z-1 intrekken"]');
    await page.select('.withdraw select', 'PAID');
    await expectAccessible(page);
    await clickText(page, 'Intrekken', '.withdraw button');
    await waitForTextOn(page, 'Signaal Z-1 is ingetrokken.');
    const { rows } = await hub.db.query("select status, withdrawal_reason from signal.signal where partner_code = 'zilveren-kruis' and external_id = 'Z-1'");
    expect(rows).toEqual([{ status: 'WITHDRAWN', withdrawal_reason: 'PAID' }]);
    await page.reload({ waitUntil: 'networkidle0' });
    await waitForTextOn(page, 'Ingetrokken (Betaald)');
  }));
});
