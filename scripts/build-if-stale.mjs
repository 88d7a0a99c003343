// `pnpm start` builds only when a source changed since the last build, so a second start is quick.
// The fingerprint covers every file that goes into a build (path, size, modification time).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', 'dist', '.turbo', 'coverage']);
const OUTPUTS = [
  'packages/shared/dist/index.js',
  'packages/api/dist/main.js',
  'packages/web/dist/index.html',
  'packages/explorer/dist/index.html',
];
const stampFile = path.join(root, 'node_modules/.cache/nvtt/build-fingerprint');

function collect(dir, into) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) collect(full, into);
    else if (entry.isFile()) into.push(full);
  }
  return into;
}

function fingerprint() {
  const files = [
    ...collect(path.join(root, 'packages'), []),
    ...['package.json', 'pnpm-lock.yaml', 'tsconfig.base.json'].map((name) => path.join(root, name)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const stat = statSync(file);
    hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const current = fingerprint();
const built = OUTPUTS.every((output) => existsSync(path.join(root, output)));
const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
if (built && previous === current) {
  process.stdout.write('Build is up to date.\n');
} else {
  const result = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  mkdirSync(path.dirname(stampFile), { recursive: true });
  // Fingerprint again: the build itself may touch inputs (e.g. generated files).
  writeFileSync(stampFile, fingerprint());
}
