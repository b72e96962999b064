import { SignJWT } from 'jose';
import { connect } from 'node:net';
import { tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { callSubgraph } from './support/forge';

const ddasQuery = `query($codes: [String!]!) { ddasSignals(from: "2026-01-01", to: "2026-12-31", municipalities: $codes, offset: 0, limit: 10) { totalCount } }`;

/** What one request may ask for, how long it may take to arrive, how long a token may live, who reads /metrics. */
describe('limits that hold for every argument, connection and token', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startTestHub({ env: { HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2' } }); });
  afterAll(() => hub.close());

  const manyCodes = Array.from({ length: 100_000 }, (_, i) => String(i % 10_000).padStart(4, '0'));

  it('refuses 100,000 municipality codes in ddasSignals at the gateway, and at the subgraph itself', async () => {
    const cbs = await hub.token(tokens.cbs);
    const response = await hub.graphql(cbs, ddasQuery, { codes: manyCodes });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/100000 items; at most 1000/);
    const direct = await callSubgraph(hub, 'signal', { query: ddasQuery, variables: { codes: manyCodes.slice(0, 5000) } }, { authorization: `Bearer ${cbs}` });
    expect(direct.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const known = await hub.graphql(cbs, ddasQuery, { codes: ['0175', '0160', '0175'] });
    expect(known.errors).toBeUndefined();
  });

  it('bounds every page a client asks for: one too many, none or a negative count is a client error that says the bound', async () => {
    const pages: Array<[string, string, number, string]> = [
      // [token, query of one page of `first` items, its largest page, what the error says]
      ['consultantOmmen', 'query($n: Int) { cases(first: $n) { edges { node { id } } } }', 100, 'first must be from 1 to 100'],
      ['vechtdalWonen', 'query($n: Int) { mySignals(first: $n) { edges { node { id } } } }', 100, 'first must be from 1 to 100'],
      ['privacyOfficer', 'query($n: Int!) { accessRefusals(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z", first: $n) { seq } }', 1000, 'first must be from 1 to 1000'],
      ['cbs', 'query($n: Int!) { ddasSignals(from: "2026-01-01", to: "2026-12-31", municipalities: ["0175"], offset: 0, limit: $n) { totalCount } }', 50_000, 'limit must be from 1 to 50000'],
    ];
    for (const [who, query, largest, says] of pages) {
      const token = await hub.token(tokens[who as keyof typeof tokens]);
      const allowed = await hub.graphql(token, query, { n: largest });
      expect([who, largest, allowed.errors]).toEqual([who, largest, undefined]);
      for (const n of [largest + 1, 0, -1]) {
        const refused = await hub.graphql(token, query, { n });
        expect([who, n, refused.errors?.[0].extensions?.code, refused.errors?.[0].message]).toEqual([who, n, 'BAD_USER_INPUT', says]);
      }
    }
  });

  it('refuses any long list in the variables, also nested in an input', async () => {
    const partner = await hub.token(tokens.vechtdalWonen);
    const response = await hub.graphql(partner, 'mutation($s: [SignalInput!]!) { reportSignals(signals: $s) { accepted { id } } }', { s: Array.from({ length: 1001 }, () => ({})) });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/1001 items; at most 1000/);
  });

  const trickle = (send: (socket: ReturnType<typeof connect>) => void) => new Promise<{ ms: number; answer: string }>((resolve) => {
    const started = Date.now();
    const { port } = new URL(hub.url);
    const socket = connect(Number(port), '127.0.0.1', () => send(socket));
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk.toString(); });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ ms: Date.now() - started, answer }));
  });

  it('cuts off a request body that trickles in', async () => {
    const timers: NodeJS.Timeout[] = [];
    const { ms } = await trickle((socket) => {
      socket.write('POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n');
      for (let i = 1; i <= 40; i += 1) timers.push(setTimeout(() => socket.writable && socket.write('{'), i * 250));
    });
    timers.forEach(clearTimeout);
    expect(ms).toBeGreaterThanOrEqual(1500);
    expect(ms).toBeLessThan(6000);
  });

  it('cuts off headers that trickle in', async () => {
    const timers: NodeJS.Timeout[] = [];
    const { ms } = await trickle((socket) => {
      socket.write('POST /graphql HTTP/1.1\r\n');
      for (let i = 1; i <= 40; i += 1) timers.push(setTimeout(() => socket.writable && socket.write(`x-slow-${i}: y\r\n`), i * 250));
    });
    timers.forEach(clearTimeout);
    expect(ms).toBeLessThan(5000);
  });

  const tokenLiving = (iat: number, exp: number) => new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'HS256' }).setSubject('analyst')
    .setIssuer(hub.config.auth.issuer).setAudience(hub.config.auth.audience).setIssuedAt(iat).setExpirationTime(exp)
    .sign(new TextEncoder().encode(hub.config.auth.jwtSecret));

  it('refuses a token that lives longer than the maximum, or was issued in the future', async () => {
    const now = Math.floor(Date.now() / 1000);
    const query = '{ evaluation(from: "2026-01-01", to: "2026-01-31") { suppressionThreshold } }';
    expect((await hub.graphql(await tokenLiving(now, now + 3600), query)).status).toBe(200);
    for (const [iat, exp] of [[now, now + 7200], [now - 86_400 * 30, now + 600], [now + 600, now + 1200]]) {
      const response = await hub.graphql(await tokenLiving(iat, exp), query);
      expect([iat - now, exp - now, response.status]).toEqual([iat - now, exp - now, 401]);
    }
  });

  it('answers /metrics only with its own credential', async () => {
    expect((await fetch(`${hub.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${await hub.token(tokens.analyst)}` } })).status).toBe(401);
    const scraped = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${hub.config.gateway.metricsToken}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('hub_http_requests_total');
  });
});
