// The JavaScript budget of ../shared quality targets, checked on the production build, per page as
// performance budgets are set: what the browser loads for one page.
// - First screen ≤ 150 KB gzip: the entry and its static imports, then the page's chunk and its static
//   imports (what must arrive before the page can render; charts and forms load later).
// - Total ≤ 350 KB gzip: the first screen plus everything the page can load later (its charts, its
//   lazy forms, each feature's English strings and the app's own).
// The sum of every chunk of the build (every page of every role, both languages) is printed too; no
// single user loads it all, so it is reported, not budgeted.
// Usage: node scripts/js-budget.mjs [distDir]  (after `vite build`); exits 1 when over.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const FIRST_SCREEN_BUDGET_KB = 150;
const PAGE_TOTAL_BUDGET_KB = 350;

const dist = path.resolve(process.argv[2] ?? 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gzipKb = new Map();
function sizeOf(file) {
  if (!gzipKb.has(file)) gzipKb.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024);
  return gzipKb.get(file);
}
const isPage = (key) => /Page\.tsx$/.test(key);
const sum = (files) => [...files].reduce((total, file) => total + sizeOf(file), 0);

/** A chunk and what it imports statically, plus, with `lazy`, what it and they import on demand. */
function closure(key, seen, lazy) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen, lazy);
  // Another page is a route of its own, loaded (and budgeted) when the user goes there.
  if (lazy) for (const imported of chunk.dynamicImports ?? []) if (!isPage(imported)) closure(imported, seen, lazy);
  return seen;
}
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entry = closure(entryKey, new Set(), false);
const entryWithLazy = closure(entryKey, new Set(), true);
const rows = Object.keys(manifest)
  .filter(isPage)
  .map((key) => ({
    page: path.basename(key, '.tsx'),
    firstKb: sum(closure(key, new Set(entry), false)),
    totalKb: sum(closure(key, new Set(entryWithLazy), true)),
  }))
  .sort((a, b) => b.firstKb - a.firstKb);
const everyChunk = new Set(
  Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.js')),
);

const kb = (value) => value.toFixed(1).padStart(6);
console.log(
  `JavaScript, KB gzip (budget per page: first screen ${FIRST_SCREEN_BUDGET_KB}, total ${PAGE_TOTAL_BUDGET_KB})`,
);
console.log(`  entry and its static imports        ${kb(sum(entry))}`);
console.log(`  page                 first screen   total with lazy chunks`);
for (const row of rows) console.log(`  ${row.page.padEnd(20)} ${kb(row.firstKb)}         ${kb(row.totalKb)}`);
console.log(`  every chunk of the build (all pages, both languages; reported, not budgeted) ${kb(sum(everyChunk))}`);
const over = rows.filter((row) => row.firstKb > FIRST_SCREEN_BUDGET_KB || row.totalKb > PAGE_TOTAL_BUDGET_KB);
if (over.length > 0) {
  console.error(`Over budget: ${over.map((row) => row.page).join(', ')}`);
  process.exit(1);
}
