/* Browser tests: real Chromium (Debian's) driven by playwright-core against the app `npm test` starts.
   Needs WARDWATCH_URL and CHROMIUM_PATH; named so that the unit run does not pick it up. */
module.exports = {
  displayName: 'browser',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.browser-spec.ts'],
  testTimeout: 60_000,
};
