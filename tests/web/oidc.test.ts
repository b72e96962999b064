import type { Browser, Page } from 'puppeteer-core';
import { startTestHub, type TestHub } from '../support/hub';
import { clickText, expectAccessible, launchBrowser, step, visit, waitForTextOn } from './support/browser';
import { hubResource, startTestProvider, type TestProvider } from './support/oidc-provider';

const accessTokenSeconds = 75;
const storedToken = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('voor-elkaar.session') ?? 'null')?.token as string | undefined);

/** Production login: the municipality's OpenID Connect provider, in a real browser against a real provider. */
describe('logging in through OpenID Connect', () => {
  let provider: TestProvider;
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    provider = await startTestProvider();
    [hub, browser] = await Promise.all([
      startTestHub({ env: {
        AUTH_ISSUER: provider.issuer, AUTH_AUDIENCE: hubResource, AUTH_JWKS_URL: `${provider.issuer}/jwks`,
        OIDC_AUTHORITY: provider.issuer, OIDC_CLIENT_ID: 'voor-elkaar-web', OIDC_SCOPE: 'openid hub',
      } }),
      launchBrowser(),
    ]);
    provider.configure(hub.url, accessTokenSeconds);
  });
  // Each test on a tab of its own (no session of the app) and without the provider's cookies of another
  // test's login. (A browser context of its own would do both, but this Chromium runs single-process.)
  beforeEach(async () => {
    page = await browser.newPage();
    await (await page.createCDPSession()).send('Network.clearBrowserCookies');
  });
  afterEach(() => page?.close());
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await provider?.close();
  });

  it('offers only the provider, not the development roles', () => step(page, 'oidc-login-page', async () => {
    expect(hub.config.web.devLogin).toBe(false);
    await visit(page, `${hub.url}/werkbak`, 'Inloggen via de gemeente');
    expect(await page.$$eval('button', (all) => all.map((b) => b.textContent))).toEqual(['Inloggen via de gemeente']);
  }));

  /** Logs in as the consultant of Ommen at the provider, from the login page; answers the authorize request the app sent. */
  const logInAtProvider = async (): Promise<URL> => {
    const authorizeRequests: string[] = [];
    page.on('request', (request) => { if (request.url().startsWith(`${provider.issuer}/auth`)) authorizeRequests.push(request.url()); });
    await visit(page, `${hub.url}/werkbak`, 'Inloggen via de gemeente');
    await clickText(page, 'Inloggen via de gemeente');
    await page.waitForSelector('input[name="login"]');
    const authorize = new URL(authorizeRequests[0]);
    await page.type('input[name="login"]', 'consultant-ommen');
    await page.type('input[name="password"]', 'geheim');
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    if (await page.$('button[type="submit"]')) await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    await waitForTextOn(page, 'Ingelogd als Consulent Ommen');
    return authorize;
  };

  it('logs in with the authorization code flow and PKCE, and the hub accepts the provider\'s token', () => step(page, 'oidc-login', async () => {
    const authorize = await logInAtProvider();
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await waitForTextOn(page, 'Geen zaken in deze lijst.');
    expect(new URL(page.url()).pathname).toBe('/werkbak');
    const token = (await storedToken(page))!;
    expect(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())).toMatchObject({ iss: provider.issuer, aud: hubResource, role: 'consultant', municipality: '0175', sub: 'consultant-ommen' });
    await expectAccessible(page);
  }));

  it('renews the token silently before it expires', () => step(page, 'oidc-renew', async () => {
    await logInAtProvider();
    const first = await storedToken(page);
    await page.waitForFunction((old) => {
      const now = JSON.parse(sessionStorage.getItem('voor-elkaar.session') ?? 'null')?.token;
      return now && now !== old;
    }, { timeout: 45_000, polling: 500 }, first);
    const renewed = (await storedToken(page))!;
    expect(renewed).not.toBe(first);
    expect((await hub.graphql(renewed, '{ cases(first: 1) { totalCount } }')).data).toEqual({ cases: { totalCount: 0 } });
    expect(await page.$eval('dialog', (d) => (d as HTMLDialogElement).open)).toBe(false);
  }), 120_000);

  it('logs out at the provider too', () => step(page, 'oidc-logout', async () => {
    await logInAtProvider();
    await clickText(page, 'Uitloggen');
    await page.waitForFunction((issuer) => location.href.startsWith(issuer), { timeout: 15_000 }, provider.issuer);
    const confirm = await page.$('button[value="yes"], button[type="submit"]');
    if (confirm) await Promise.all([page.waitForNavigation(), confirm.click()]);
    await waitForTextOn(page, 'Inloggen via de gemeente');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await storedToken(page)).toBeUndefined();
    await clickText(page, 'Inloggen via de gemeente');
    await page.waitForSelector('input[name="login"]');
  }));
});
