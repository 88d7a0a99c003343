import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * GraphiQL as its own small app, served by the API at /graphiql: its JS (Monaco editor, workers)
 * stays out of the dashboard's bundle. Workers are emitted as files (`?worker`), never blobs or
 * inline code, so the dashboard's Content-Security-Policy (scripts from this origin only) holds.
 */
export default defineConfig({
  base: '/graphiql/',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Monaco is large by nature; it loads on this page only.
    chunkSizeWarningLimit: 6_000,
    // Inline worker or asset data URLs would break under `script-src 'self'` / `font-src 'self'`.
    assetsInlineLimit: 0,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL ships React-compiler "use no memo" directives, meaningless once bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
