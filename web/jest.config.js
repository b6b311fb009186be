/** Unit tests next to the code in lib/ and i18n/, and the browser tests in test/ (need `next build` first). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/lib', '<rootDir>/i18n', '<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '/.next/'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 120_000,
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
      },
    ],
  },
};
