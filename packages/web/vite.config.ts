import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiUrl = process.env.NVTT_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // In development the dashboard talks to the API process as it will in production: same origin.
    proxy: { '/graphql': apiUrl, '/health': apiUrl, '/files': apiUrl, '/exports': apiUrl, '/api': apiUrl },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Read by scripts/js-budget.mjs to check each page's first-screen JavaScript.
    manifest: true,
    modulePreload: { polyfill: false },
  },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // Rendering tests wait on jsdom; on a busy 2-core CI machine 5 s is not always enough.
    testTimeout: 15_000,
  },
});
