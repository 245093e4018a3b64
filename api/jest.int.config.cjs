/** Integration tests: the real API against a real (embedded) PostgreSQL, one fresh database per test file. */
const { moduleNameMapper, transform, transformIgnorePatterns } = require('./jest.shared.cjs');

module.exports = {
  displayName: 'integration',
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/api/test'],
  testMatch: ['**/*.int-spec.ts'],
  globalSetup: '<rootDir>/api/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/api/test/setup/global-teardown.mjs',
  moduleNameMapper,
  transform,
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 30000,
};
