import type { Browser, Page } from 'puppeteer-core';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { caseOfSignal, reportAndMatch, succeeded } from '../support/operations';
import { clickText, expectAccessible, launchBrowser, step, visit, waitForTextOn } from './support/browser';

/** A session that runs out while the user is typing asks to log in again, and nothing typed is lost. */
describe('a session that expires in the browser', () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  let caseId: string;
  beforeAll(async () => {
    [hub, browser] = await Promise.all([startTestHub(), launchBrowser()]);
    hub.clock.set(new Date().toISOString());
    page = await browser.newPage();
    const [signal] = await reportAndMatch(hub, await hub.token(tokens.vitens), [aSignal({ signalDate: new Date().toISOString().slice(0, 10) })]);
    caseId = (await caseOfSignal(hub, await hub.token(tokens.consultantOmmen), signal.id)).id;
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  // The token lives 40 s so a slow machine still shows the case before it runs out; the test waits for that.
  it('keeps the page and what was typed, and sends it once the user has logged in again', () => step(page, 'session-expired', async () => {
    const response = await fetch(`${hub.url}/auth/dev-token`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'consultant', municipality: '0175', expiresInSeconds: 40 }),
    });
    const { token } = (await response.json()) as { token: string };
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    await visit(page, `${hub.url}/inloggen`, 'Ontwikkelomgeving');
    await page.evaluate((session) => sessionStorage.setItem('voor-elkaar.session', session), JSON.stringify({
      token, source: 'development', role: 'consultant', sub: claims.sub, municipality: '0175', expiresAt: claims.exp * 1000,
    }));
    await visit(page, `${hub.url}/werkbak/zaak/${caseId}`, 'Notitie toevoegen');
    await page.type('#note-text', 'Buurvrouw zegt: na 18 uur thuis');
    await page.waitForFunction((exp) => Date.now() > exp - 4000, { timeout: 60_000, polling: 250 }, claims.exp * 1000);
    await clickText(page, 'Notitie opslaan');

    await waitForTextOn(page, 'Uw sessie is verlopen');
    expect(await page.$eval('dialog', (d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.$eval('#note-text', (t) => (t as HTMLTextAreaElement).value)).toBe('Buurvrouw zegt: na 18 uur thuis');
    await expectAccessible(page);

    await clickText(page, 'Opnieuw inloggen');
    await waitForTextOn(page, 'De notitie is opgeslagen.');
    expect(await page.$eval('dialog', (d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(new URL(page.url()).pathname).toBe(`/werkbak/zaak/${caseId}`);
    const notes = await succeeded(hub.graphql<{ case: { notes: Array<{ text: string }> } }>(await hub.token(tokens.consultantOmmen), 'query($id: ID!) { case(id: $id) { notes { text } } }', { id: caseId }));
    expect(notes.case.notes).toEqual([{ text: 'Buurvrouw zegt: na 18 uur thuis' }]);
  }), 120_000);
});
