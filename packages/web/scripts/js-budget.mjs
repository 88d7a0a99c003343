// The JavaScript budget of ../shared quality targets, checked on the production build:
// each page's first screen (the entry, its static imports and the page's own chunk with its static
// imports; lazily loaded charts and forms excluded) ≤ 150 KB gzip, all JavaScript ≤ 350 KB gzip,
// every chunk counted (exports are written by the API, so no spreadsheet library is left to exclude).
// Usage: node scripts/js-budget.mjs [distDir]  (after `vite build`); exits 1 when over.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const FIRST_SCREEN_BUDGET_KB = 150;
const TOTAL_BUDGET_KB = 350;

const dist = path.resolve(process.argv[2] ?? 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gzipKb = new Map();
function sizeOf(file) {
  if (!gzipKb.has(file)) gzipKb.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024);
  return gzipKb.get(file);
}
/** A chunk and everything it imports statically (what the browser must load before running it). */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entry = closure(entryKey);
const pages = Object.keys(manifest).filter((key) => /(Page)\.tsx$/.test(key));
const rows = pages.map((key) => {
  const files = closure(key, new Set(entry));
  const kb = [...files].reduce((sum, file) => sum + sizeOf(file), 0);
  return { page: path.basename(key, '.tsx'), kb };
});
rows.sort((a, b) => b.kb - a.kb);
const allJs = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file, index, files) => file.endsWith('.js') && files.indexOf(file) === index);
const total = allJs.reduce((sum, file) => sum + sizeOf(file), 0);
const entryKb = [...entry].reduce((sum, file) => sum + sizeOf(file), 0);

console.log(`JavaScript, KB gzip (budget: first screen ${FIRST_SCREEN_BUDGET_KB}, total ${TOTAL_BUDGET_KB})`);
console.log(`  entry and its imports      ${entryKb.toFixed(1).padStart(6)}`);
for (const row of rows) console.log(`  first screen: ${row.page.padEnd(18)} ${row.kb.toFixed(1).padStart(6)}`);
console.log(`  total, every chunk         ${total.toFixed(1).padStart(6)}`);
const over = rows.filter((row) => row.kb > FIRST_SCREEN_BUDGET_KB);
if (over.length > 0 || total > TOTAL_BUDGET_KB) {
  console.error(`Over budget: ${over.map((row) => row.page).join(', ') || 'total'}`);
  process.exit(1);
}
