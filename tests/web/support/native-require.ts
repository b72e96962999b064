/**
 * Node's own require, outside jest's module registry (tests/support/environment.js): puppeteer-core,
 * @sparticuz/chromium and oidc-provider are ESM-only, which Node >= 20.19 can require() and jest cannot.
 */
export const nativeRequire = (name: string): any => (globalThis as any).__nativeRequire(require.resolve(name));
