import { afterAll, expect } from 'vitest';

/**
 * Fails a test file whose code ran two queries at once on one connection (a transaction's client):
 * pg 8 queues them with a deprecation warning, pg 9 will refuse them, so it is a bug today.
 */
const overlapping: string[] = [];
process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning' && /already executing a query/.test(warning.message)) {
    overlapping.push(warning.stack ?? warning.message);
  }
});

afterAll(() => {
  expect(overlapping, 'queries run side by side on one pg client').toEqual([]);
});
