import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'explorer', include: ['src/**/*.test.ts'], environment: 'node' },
});
