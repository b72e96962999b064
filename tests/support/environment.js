const { TestEnvironment } = require('jest-environment-node');

/**
 * jest's Node environment, plus Node's own require for ESM-only packages that jest's module
 * registry cannot load (puppeteer-core, @sparticuz/chromium, oidc-provider; Node >= 20.19 can).
 */
class HubTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__nativeRequire = require;
  }
}

module.exports = HubTestEnvironment;
