import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../config';
import { startTestHub, type TestHub } from '../support/hub';

async function devToken(hub: TestHub, body: Record<string, unknown>) {
  return fetch(`${hub.url}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('the gateway serving the web app (development)', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startTestHub(); });
  afterAll(() => hub.close());

  it('serves the app at the root with a strict content security policy', async () => {
    const response = await fetch(`${hub.url}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<html lang="nl">');
  });

  it('answers client-side routes with the app, and its assets as files', async () => {
    const page = await (await fetch(`${hub.url}/werkbak/zaak/123`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('<div id="root">');
    const script = page.match(/src="(\/assets\/[^"]+\.js)"/)![1];
    const asset = await fetch(`${hub.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('keeps the API paths what they were', async () => {
    expect((await fetch(`${hub.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${hub.config.gateway.metricsToken}` } })).status).toBe(200);
    const graphql = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(graphql.status).toBe(401);
    expect((await fetch(`${hub.url}/evaluation.csv`, { headers: { accept: 'text/html' } })).status).toBe(401);
    expect((await fetch(`${hub.url}/graphql/nope`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${hub.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${hub.url}/admin`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('never serves files outside the build', async () => {
    for (const path of ['/..%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      const response = await fetch(`${hub.url}${path}`);
      expect(await response.text()).not.toContain('"voor-elkaar-hub"');
    }
  });

  it('tells the app how to log in and names the pilot, without personal data', async () => {
    const settings = await (await fetch(`${hub.url}/app-config.json`)).json() as any;
    expect(settings.login).toEqual({ oidc: null, development: true });
    expect(settings.municipalities).toEqual([{ code: '0175', name: 'Ommen' }, { code: '0160', name: 'Hardenberg' }]);
    expect(settings.partners.map((p: { code: string }) => p.code)).toEqual(['vechtdal-wonen', 'zilveren-kruis', 'vitens']);
  });

  it('gives the development login page a token the hub accepts', async () => {
    const response = await devToken(hub, { role: 'consultant', municipality: '0175' });
    expect(response.status).toBe(200);
    const { token } = await response.json() as { token: string };
    const cases = await hub.graphql(token, '{ cases(first: 1) { totalCount } }');
    expect(cases.errors).toBeUndefined();
    expect(cases.data).toEqual({ cases: { totalCount: 0 } });
  });

  it('refuses development tokens for unknown roles, municipalities and partners', async () => {
    for (const body of [{ role: 'admin' }, { role: 'consultant', municipality: '9999' }, { role: 'partner', org: 'nobody' }, { role: 'analyst', expiresInSeconds: 999999 }]) {
      expect((await devToken(hub, body)).status).toBe(400);
    }
  });
});

describe('the gateway serving the web app (production)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({
      env: {
        NODE_ENV: 'production', AUTH_ISSUER: 'https://login.example.nl', AUTH_AUDIENCE: 'voor-elkaar-hub',
        PERSONAL_DATA_KEYS: JSON.stringify({ k2026: randomBytes(32).toString('base64') }),
        OIDC_AUTHORITY: 'https://login.example.nl/oidc', OIDC_CLIENT_ID: 'werkbak',
      },
    });
  });
  afterAll(() => hub.close());

  it('has no development token endpoint', async () => {
    expect(hub.config.web.devLogin).toBe(false);
    expect((await devToken(hub, { role: 'analyst' })).status).toBe(404);
  });

  it('sends the app to the municipality\'s provider, and allows that provider in the page\'s policy', async () => {
    const settings = await (await fetch(`${hub.url}/app-config.json`)).json() as any;
    expect(settings.login).toEqual({ oidc: { authority: 'https://login.example.nl/oidc', clientId: 'werkbak', scope: 'openid profile' }, development: false });
    const page = await fetch(`${hub.url}/portaal`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain('connect-src \'self\' https://login.example.nl');
  });

  it('refuses a provider reached without https', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_AUTHORITY: 'http://login.example.nl' })).toThrow(/OIDC_AUTHORITY must use https/);
  });
});
