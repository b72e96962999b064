// Loaded with Node's own require (not jest's), so its objects belong to Node's realm: oidc-provider
// checks its configuration with isPlainObject, which objects made inside jest's sandbox fail.
const { generateKeyPairSync, randomBytes } = require('node:crypto');
const { createServer } = require('node:http');

/** Who may log in at the test provider, with the claims the hub needs in the access token. */
const accounts = {
  'consultant-ommen': { role: 'consultant', municipality: '0175' },
  'partner-vitens': { role: 'partner', org: 'vitens' },
};

async function startTestProvider(resource) {
  let handler;
  const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const key = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
  return {
    issuer,
    configure(hubUrl, accessTokenSeconds) {
      const Provider = require('oidc-provider').default;
      const provider = new Provider(issuer, {
        clients: [{
          client_id: 'voor-elkaar-web', token_endpoint_auth_method: 'none', application_type: 'web',
          redirect_uris: [`${hubUrl}/inloggen/terug`, `${hubUrl}/inloggen/stil`], post_logout_redirect_uris: [`${hubUrl}/inloggen`],
          grant_types: ['authorization_code'], response_types: ['code'],
        }],
        jwks: { keys: [key] },
        cookies: { keys: [randomBytes(16).toString('hex')] },
        pkce: { required: () => true },
        scopes: ['openid', 'profile', 'hub'],
        clientBasedCORS: () => true,
        features: {
          devInteractions: { enabled: true },
          rpInitiatedLogout: { enabled: true },
          resourceIndicators: {
            enabled: true,
            defaultResource: () => resource,
            useGrantedResource: () => true,
            getResourceServerInfo: () => ({ scope: 'hub', audience: resource, accessTokenFormat: 'jwt', accessTokenTTL: accessTokenSeconds, jwt: { sign: { alg: 'RS256' } } }),
          },
        },
        findAccount: async (_ctx, sub) => (accounts[sub] ? { accountId: sub, claims: async () => ({ sub }) } : undefined),
        extraTokenClaims: async (_ctx, token) => accounts[token.accountId] ?? {},
      });
      handler = provider.callback();
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

module.exports = { startTestProvider };
