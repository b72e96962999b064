import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { startTestHub, type TestHub } from '../support/hub';
import { clickText, expectAccessible, launchBrowser, step, visit, waitForTextOn } from './support/browser';
import { aRow, writeCsv } from './support/csv-files';
import { logIn, textsOf } from './support/session';

/** `UPDATE_SCREENSHOTS=1 npx jest tests/web/journey.test.ts` refreshes the README's screenshots. */
const screenshotDir = process.env.UPDATE_SCREENSHOTS ? join(__dirname, '..', '..', 'docs', 'screenshots') : undefined;
const keep = async (page: Page, name: string) => {
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
};

/** The pilot as its users live it: a partner's export becomes a consultant's case, and the partner hears back. */
describe('a signal from upload to feedback, in the browser', () => {
  let hub: TestHub;
  let browser: Browser;
  let partner: Page;
  let consultant: Page;
  beforeAll(async () => {
    [hub, browser] = await Promise.all([startTestHub(), launchBrowser()]);
    hub.clock.set(new Date().toISOString());
    // Two tabs: each has its own session (sessionStorage is per tab).
    partner = await browser.newPage();
    consultant = await browser.newPage();
    for (const page of [partner, consultant]) await page.setViewport({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  // One story, as the pilot's users live it: each step works on what the step before left (the partner's
  // upload becomes the consultant's case, whose close the partner then hears of).
  it('a partner\'s export becomes a consultant\'s case, worked to the end, and the partner hears back', async () => {
    // a partner uploads an export with some bad rows and sees each row's result
    await step(partner, 'journey-upload', async () => {
      await visit(partner, `${hub.url}/inloggen`, 'Ontwikkelomgeving');
      await keep(partner, 'inloggen');
      await logIn(partner, hub.url, 'Inloggen als Partner: Vitens', 'Kolommen van het bestand');
      const file = writeCsv([
        aRow('VIT-2026-0001', { crisis: 'ja', achternaam: 'Bakker', voorletters: 'M.', telefoon: '06 2345 6789', email: 'm.bakker@example.nl', postcode: '7731 AD', huisnummer: '7', bedrag: '287,40' }),
        aRow('VIT-2026-0002', { achternaam: 'Smit', postcode: '7731 AE', huisnummer: '3' }),
        aRow('VIT-2026-0003', { achternaam: 'Visser', postcode: '7772 AB', huisnummer: '15', bedrag: '96' }),
        aRow('VIT-2026-0004', { achternaam: 'de Boer', huisnummer: '12b' }),
        aRow('VIT-2026-0005', { achternaam: 'Mulder', postcode: '3511 AA', huisnummer: '1' }),
      ]);
      await ((await partner.$('#csv-file')) as ElementHandle<HTMLInputElement>).uploadFile(file);
      await waitForTextOn(partner, '5 regels: 4 in orde, 1 met fouten.');
      await keep(partner, 'portaal-controle');
      await clickText(partner, 'Verstuur 4 signalen');
      await waitForTextOn(partner, '3 geaccepteerd, 2 afgewezen.');
      expect(await textsOf(partner, '.row-problems tbody tr')).toEqual([
        '5\tVIT-2026-0004\tKolom huisnummer: "12b" is geen huisnummer (alleen cijfers; een letter hoort in toevoeging).',
        '6\tVIT-2026-0005\tDe postcode ligt niet in een van de deelnemende gemeenten.',
      ]);
      await keep(partner, 'portaal-resultaat');
    });

    // the consultant of Ommen sees the new cases appear, crisis first, and works one to the end
    await step(consultant, 'journey-werkbak', async () => {
      await logIn(consultant, hub.url, 'Inloggen als Consulent Ommen', 'Werkbak');
      await waitForTextOn(consultant, '7731 AE 3', 20_000);
      expect(await textsOf(consultant, '.case-card h2')).toEqual(['7731 AD 7', '7731 AE 3']);
      expect(await textsOf(consultant, '.case-card h2')).not.toContain('7772 AB 15');
      await keep(consultant, 'werkbak');

      await clickText(consultant, '7731 AD 7');
      await waitForTextOn(consultant, 'M. Bakker');
      await keep(consultant, 'zaak');
      await clickText(consultant, 'Oppakken');
      await waitForTextOn(consultant, 'U heeft de zaak opgepakt.');
      // As a person would: the page shows the case as theirs (its facts shift the form down) before they fill in the form.
      await waitForTextOn(consultant, 'Opgepakt door');
      await consultant.select('#attempt-channel', 'PHONE');
      await consultant.click('input[name="attempt-reached"][value="yes"]');
      await consultant.type('#attempt-note', 'Gebeld, afspraak gemaakt voor budgetgesprek');
      await clickText(consultant, 'Contactpoging opslaan');
      await waitForTextOn(consultant, 'Telefoon: bereikt');
      await consultant.select('#close-outcome', 'FOLLOW_UP_HELP_FINANCIAL');
      await clickText(consultant, 'Zaak afsluiten', 'button');
      await waitForTextOn(consultant, 'Afgesloten met');
      // The confirmation stays where the consultant closed it, also once the case shows as closed.
      await waitForTextOn(consultant, 'De zaak is afgesloten.');
      await expectAccessible(consultant);
      await keep(consultant, 'zaak-afgesloten');
    });

    // the partner sees what became of its signals
    await step(partner, 'journey-feedback', async () => {
      await hub.waitForJobs();
      await clickText(partner, 'Mijn signalen');
      await waitForTextOn(partner, 'VIT-2026-0001');
      const rows = Object.fromEntries((await textsOf(partner, '.signals-table tbody tr')).map((row) => {
        const cells = row.split('\t');
        return [cells[0], cells[4]];
      }));
      expect(rows).toEqual({ 'VIT-2026-0001': 'Afgerond', 'VIT-2026-0002': 'Ontvangen', 'VIT-2026-0003': 'Ontvangen' });
      await expectAccessible(partner);
      await keep(partner, 'portaal-signalen');
    });

    // the werkbak on a phone
    await step(consultant, 'journey-phone', async () => {
      await consultant.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
      await visit(consultant, `${hub.url}/werkbak`, '7731 AE 3');
      await keep(consultant, 'werkbak-telefoon');
    });
  }, 300_000);
});
