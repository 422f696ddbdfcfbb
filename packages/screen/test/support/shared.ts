// The reference data beside the checkout, for this package's tests (see test-support/shared-data.ts).
export { repoRoot, sharedDataDir, sharedOrSkip } from '../../../../test-support/shared-data.js';
