const { join } = require('path');

module.exports = {
  moduleNameMapper: {
    '^@inbreng/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@inbreng/questionnaire$': '<rootDir>/libs/questionnaire/src/index.ts',
    '^@inbreng/text-nl$': '<rootDir>/libs/text-nl/src/index.ts',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.spec.json') }],
  },
  transformIgnorePatterns: ['/node_modules/'],
};
