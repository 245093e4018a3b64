/** Unit tests: pure logic and services with mocked collaborators (api, libs, web logic). */
const { moduleNameMapper, transform, transformIgnorePatterns } = require('./jest.shared.cjs');

module.exports = {
  displayName: 'unit',
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/api/src', '<rootDir>/libs', '<rootDir>/web/src'],
  testMatch: ['**/*.spec.ts'],
  moduleNameMapper,
  transform,
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'json'],
};
