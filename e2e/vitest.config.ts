import { defineConfig } from 'vitest/config';

/**
 * The browser journeys (`pnpm test:e2e`), apart from `pnpm test`: one product on a fresh database
 * (started in globalSetup) and one Chromium, driven through the journeys in order.
 */
export default defineConfig({
  test: {
    include: ['journeys/**/*.test.ts', 'explorer.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // A journey is a story: a failed step leaves the next steps nothing to stand on, so no retries,
    // and the run stops at the first failed journey rather than timing out through the rest.
    retry: 0,
    bail: 1,
  },
});
