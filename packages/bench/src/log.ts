import { performance } from 'node:perf_hooks';

/** Progress lines on stderr, so the results table on stdout stays clean. */
export function say(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

/** Runs `work`, then reports how long it took. */
export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  say(`${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
