import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The explorer's browser test on its own (`npx vitest run --config e2e/explorer.vitest.config.ts`
 * after `pnpm build`): it starts its own product. The e2e suite (`pnpm test:e2e`) can include
 * `e2e/explorer.test.ts` as is; it then uses the suite's product (the `baseUrl` it provides).
 */
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  test: {
    include: ['e2e/explorer.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
