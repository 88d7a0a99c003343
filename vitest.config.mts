import { defineConfig } from 'vitest/config';

/** `pnpm test` runs every package's suite; each package has its own vitest config. */
export default defineConfig({
  test: {
    projects: ['packages/shared', 'packages/api', 'packages/web', 'packages/explorer'],
  },
});
