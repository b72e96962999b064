/** One suite, every tier: unit, subgraphs, federation (real HTTP) and schema, on a real PostgreSQL. */
module.exports = {
  testEnvironment: '<rootDir>/tests/support/environment.js',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': '@swc/jest' },
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/tests/support/quiet-logs.ts'],
  // Generous: a hub starts in seconds on a quiet machine, but CI may share it (timing lives in bench/).
  testTimeout: 120000,
  maxWorkers: 2,
};
