import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No pnpm workspace above ${from}`);
    dir = parent;
  }
}

/** The repository root and the bench's ignored working folder (.bench/). */
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const BENCH_DIR = path.join(ROOT, '.bench');
export const API_MAIN = path.join(ROOT, 'packages/api/dist/main.js');
export const BENCH_DIST = path.join(ROOT, 'packages/bench/dist');
