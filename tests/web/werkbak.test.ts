import type { Browser, Page } from 'puppeteer-core';
import { aBsn, aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportAndMatch, reportSignals } from '../support/operations';
import { clickText, expectAccessible, launchBrowser, step, visit, waitForTextOn } from './support/browser';
import { logIn, textsOf } from './support/session';

const day = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

describe('the consultant\'s werkbak in the browser', () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  const now = new Date();
  beforeAll(async () => {
    [hub, browser] = await Promise.all([startTestHub(), launchBrowser()]);
    const vitens = await hub.token(tokens.vitens);
    const housing = await hub.token(tokens.vechtdalWonen);
    const dated = (daysAgo: number) => ({ signalDate: isoDate(new Date(now.getTime() - daysAgo * day)), arrearsSince: isoDate(new Date(now.getTime() - 60 * day)) });
    const bsn = aBsn();
    hub.clock.set(new Date(now.getTime() - 20 * day).toISOString());
    await reportAndMatch(hub, vitens, [aSignal({ ...dated(20), resident: { surname: 'Laat', address: { postcode: '7731 AA', houseNumber: 1 } } })]);
    hub.clock.set(now.toISOString());
    await reportAndMatch(hub, vitens, [
      aSignal({ ...dated(0), crisis: true, resident: { surname: 'Crisis', address: { postcode: '7731 AA', houseNumber: 2 } } }),
      aSignal({ ...dated(0), amountEuro: 120, resident: { bsn, surname: 'Dubbel', phone: '06 1234 5678', email: 'dubbel@example.nl', address: { postcode: '7731 AA', houseNumber: 3 } } }),
    ]);
    await reportAndMatch(hub, housing, [aSignal({ ...dated(0), amountEuro: 900, resident: { bsn, surname: 'Dubbel', phone: '06 1234 5678', email: 'dubbel@example.nl', address: { postcode: '7731 AA', houseNumber: 3 } } })]);
    await reportAndMatch(hub, vitens, [aSignal({ ...dated(0), resident: { surname: 'Elders', address: { postcode: '7771 AA', houseNumber: 9 } } })]);
    // The case a consultant works to the end, in Hardenberg: the queue of Ommen above stays as its tests count it.
    const worked = { bsn: aBsn(), surname: 'Tweemaal', phone: '06 8765 4321', email: 'tweemaal@example.nl', address: { postcode: '7771 AC', houseNumber: 3 } };
    await reportAndMatch(hub, vitens, [aSignal({ ...dated(0), amountEuro: 120, resident: worked })]);
    await reportAndMatch(hub, housing, [aSignal({ ...dated(0), amountEuro: 900, resident: worked })]);
  });
  // Each test logs in on a tab of its own (the session is the tab's).
  beforeEach(async () => { page = await browser.newPage(); });
  afterEach(() => page?.close());
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('shows the own municipality\'s queue, crisis first, then the nearest deadline, with counts', () => step(page, 'werkbak-queue', async () => {
    await logIn(page, hub.url, 'Inloggen als Consulent Ommen', 'Werkbak');
    await waitForTextOn(page, '7731 AA 3');
    expect(await textsOf(page, '.case-card h2')).toEqual(['7731 AA 2', '7731 AA 1', '7731 AA 3']);
    expect(await textsOf(page, '.filters a')).toEqual(['Nieuw (3)', 'Aan mij toegewezen (0)', 'Te laat (1)', 'Crisis (1)', 'Meervoudig (1)']);
    const cards = await textsOf(page, '.case-card');
    expect(cards[0]).toContain('Crisis');
    expect(cards[1]).toContain('Termijn verlopen');
    expect(cards[2]).toMatch(/Meervoudig[\s\S]*Huur, Water: €\s1\.020/);
    expect(cards.join()).not.toContain('Elders');
    await expectAccessible(page);
  }));

  it('narrows the queue with a filter', () => step(page, 'werkbak-filter', async () => {
    await logIn(page, hub.url, 'Inloggen als Consulent Ommen', 'Werkbak');
    await waitForTextOn(page, '7731 AA 3');
    await clickText(page, 'Te laat (1)');
    await page.waitForFunction(() => document.querySelectorAll('.case-card').length === 1);
    expect(await textsOf(page, '.case-card h2')).toEqual(['7731 AA 1']);
    expect(new URL(page.url()).search).toBe('?lijst=overdue');
    await clickText(page, 'Nieuw (3)');
    await page.waitForFunction(() => document.querySelectorAll('.case-card').length === 3);
  }));

  it('shows a new signal within seconds, without reloading', () => step(page, 'werkbak-live', async () => {
    // In Hardenberg, whose queue no count of the tests above includes.
    await logIn(page, hub.url, 'Inloggen als Consulent Hardenberg', 'Werkbak');
    await waitForTextOn(page, '7771 AA 9');
    const fresh = Number(/^Nieuw \((\d+)\)$/.exec((await textsOf(page, '.filters a'))[0])![1]);
    await page.evaluate(() => { (window as any).notReloaded = true; });
    await reportSignals(hub, await hub.token(tokens.vitens), [aSignal({ resident: { surname: 'Nieuw', address: { postcode: '7771 AD', houseNumber: 4 } } })]);
    await waitForTextOn(page, '7771 AD 4', 20_000);
    await waitForTextOn(page, `Nieuw (${fresh + 1})`);
    expect(await page.evaluate(() => (window as any).notReloaded)).toBe(true);
  }));

  // One story: the case is opened, picked up, contacted and closed in turn, each step on what the one before left.
  it('works a case to the end: opens it, picks it up with the keyboard, records an attempt and a note, and closes it', async () => {
    await logIn(page, hub.url, 'Inloggen als Consulent Hardenberg', 'Werkbak');
    await waitForTextOn(page, '7771 AC 3');

    // opens a case with its residents, signals and links to call or write
    await step(page, 'werkbak-case', async () => {
      await clickText(page, '7771 AC 3');
      await waitForTextOn(page, 'Bewoners');
      expect(await page.title()).toBe('7771 AC 3 – Voor Elkaar!');
      const body = await page.evaluate(() => document.body.innerText);
      expect(body).toContain('J. Tweemaal');
      expect(body).toMatch(/Water: €\s120/);
      expect(body).toMatch(/Huur: €\s900/);
      expect(body).toContain('Achterstand sinds');
      expect(await page.$eval('a[href^="tel:"]', (a) => a.getAttribute('href'))).toBe('tel:0687654321');
      expect(await page.$eval('a[href^="mailto:"]', (a) => a.getAttribute('href'))).toBe('mailto:tweemaal@example.nl');
      await expectAccessible(page);
    });

    // picks up the case with the keyboard alone
    await step(page, 'werkbak-pickup', async () => {
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.textContent === 'Oppakken')) break;
      }
      await page.keyboard.press('Enter');
      await waitForTextOn(page, 'U heeft de zaak opgepakt.');
      await waitForTextOn(page, 'Opgepakt');
    });

    // records a contact attempt dated today unless changed, and says in Dutch what is wrong next to the date
    await step(page, 'werkbak-attempt', async () => {
      expect(await page.$eval('#attempt-date', (input) => (input as HTMLInputElement).value)).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()));
      await page.$eval('#attempt-date', (input) => { (input as HTMLInputElement).removeAttribute('max'); });
      await page.focus('#attempt-date');
      await page.keyboard.type('01012020');
      await clickText(page, 'Contactpoging opslaan');
      await waitForTextOn(page, 'De datum mag niet voor de start van de zaak liggen.');
      expect(await page.$eval('#attempt-date', (input) => input.getAttribute('aria-describedby'))).toBe('attempt-feedback');
      expect(await page.$eval('#attempt-feedback', (p) => p.getAttribute('role'))).toBe('alert');
      await expectAccessible(page);

      await page.select('#attempt-channel', 'HOME_VISIT');
      await page.click('input[name="attempt-reached"][value="yes"]');
      await page.$eval('#attempt-date', (input, today) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(input, today);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, isoDate(now));
      await page.select('#attempt-daypart', 'EVENING');
      await page.type('#attempt-note', 'Aan de deur gesproken');
      await clickText(page, 'Contactpoging opslaan');
      await waitForTextOn(page, 'De contactpoging is opgeslagen.');
      await waitForTextOn(page, 'Huisbezoek: bereikt');
      await waitForTextOn(page, 'Aan de deur gesproken');
    });

    // adds a note and closes the case with an outcome from its group
    await step(page, 'werkbak-close', async () => {
      await page.type('#note-text', 'Budgetcoach ingeschakeld');
      await clickText(page, 'Notitie opslaan');
      await waitForTextOn(page, 'De notitie is opgeslagen.');
      await waitForTextOn(page, 'Budgetcoach ingeschakeld');
      const groups = await page.$$eval('#close-outcome optgroup', (all) => all.map((g) => [g.getAttribute('label'), g.children.length]));
      expect(groups).toEqual([['Contact gehad, hulp gestart', 4], ['Contact gehad, geen hulp nodig', 5], ['Geen contact', 2], ['Niet opgepakt', 5]]);
      await page.select('#close-outcome', 'FOLLOW_UP_HELP_FINANCIAL');
      await clickText(page, 'Zaak afsluiten', 'button');
      await waitForTextOn(page, 'Afgesloten met');
      expect(await page.evaluate(() => document.querySelector('.facts')!.textContent)).toContain('Vervolghulp of verwijzing, financieel');
      expect(await page.$('#close-outcome')).toBeNull();
      await expectAccessible(page);
    });
  }, 180_000);

  it('works on a phone-sized screen', () => step(page, 'werkbak-phone', async () => {
    await logIn(page, hub.url, 'Inloggen als Consulent Ommen', 'Werkbak');
    await page.setViewport({ width: 375, height: 740, isMobile: true, hasTouch: true });
    try {
      await visit(page, `${hub.url}/werkbak`, '7731 AA 2');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await clickText(page, '7731 AA 2');
      await waitForTextOn(page, 'Contactpoging vastleggen');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectAccessible(page);
    } finally {
      await page.setViewport({ width: 1280, height: 900 });
    }
  }));
});
