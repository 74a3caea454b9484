// Unit, integration, bundle and browser tests, all under test/ (browser tests need /usr/bin/chromium).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(ts|tsx|js)$': '<rootDir>/scripts/jest-esbuild-transform.js' },
  transformIgnorePatterns: ['/node_modules/(?!(preact|valibot)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Every core runs a worker: the main process only collects results (jest's default leaves one core idle).
  maxWorkers: '100%',
  // Heaviest suites first, by a recorded run, so both workers finish together on a clean clone (no timing cache).
  testSequencer: '<rootDir>/scripts/jest-sequencer.js',
};
