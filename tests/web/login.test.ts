import type { Browser, Page } from 'puppeteer-core';
import { startTestHub, type TestHub } from '../support/hub';
import { clickText, expectAccessible, launchBrowser, step, visit, waitForTextOn } from './support/browser';

describe('logging in to the web app (development)', () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [hub, browser] = await Promise.all([startTestHub(), launchBrowser()]);
  });
  // A tab of its own for each test: nobody logged in (the session is the tab's sessionStorage).
  beforeEach(async () => { page = await browser.newPage(); });
  afterEach(() => page?.close());
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('sends a visitor to the login page, which offers every pilot role', () => step(page, 'login-page', async () => {
    await visit(page, `${hub.url}/werkbak`, 'Ontwikkelomgeving: kies een rol');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    const buttons = await page.$$eval('button', (all) => all.map((b) => b.textContent));
    expect(buttons).toEqual([
      'Inloggen als Consulent Ommen', 'Inloggen als Consulent Hardenberg',
      'Inloggen als Partner: Vechtdal Wonen', 'Inloggen als Partner: Zilveren Kruis', 'Inloggen als Partner: Vitens',
      'Inloggen als Analist', 'Inloggen als Functionaris gegevensbescherming',
    ]);
    expect(await page.title()).toBe('Inloggen – Voor Elkaar!');
  }));

  it('logs a consultant in to the werkbak they asked for, and out again', () => step(page, 'login-consultant', async () => {
    await visit(page, `${hub.url}/werkbak`, 'Ontwikkelomgeving: kies een rol');
    await clickText(page, 'Inloggen als Consulent Hardenberg');
    await waitForTextOn(page, 'Ingelogd als Consulent Hardenberg');
    await waitForTextOn(page, 'Geen zaken in deze lijst.');
    expect(new URL(page.url()).pathname).toBe('/werkbak');
    await expectAccessible(page);
    await clickText(page, 'Uitloggen');
    await waitForTextOn(page, 'Ontwikkelomgeving: kies een rol');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  }));

  it('starts each role on its own page, and keeps a role out of the others', () => step(page, 'login-roles', async () => {
    for (const [button, path, text] of [
      ['Inloggen als Partner: Vitens', '/portaal', 'Signalen aanleveren'],
      ['Inloggen als Analist', '/analyse', 'Evaluatie van de pilot'],
      ['Inloggen als Functionaris gegevensbescherming', '/privacy', 'Console functionaris gegevensbescherming'],
    ]) {
      await visit(page, `${hub.url}/inloggen`, 'Ontwikkelomgeving');
      await clickText(page, button);
      await waitForTextOn(page, text);
      expect(new URL(page.url()).pathname).toBe(path);
      await expectAccessible(page);
      await visit(page, `${hub.url}/werkbak`, 'Deze pagina is niet voor uw rol.');
      await clickText(page, 'Uitloggen');
    }
  }));

  it('answers an unknown page in Dutch', () => step(page, 'not-found', async () => {
    await visit(page, `${hub.url}/werkbak/bestaat/niet`, 'Deze pagina bestaat niet.');
  }));
});
