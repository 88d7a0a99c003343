// Moves imports of a library to the app's own module that wraps it, so that pages import routing
// (and translation) from one place and the library behind it can change without touching them.
// Idempotent: run it again after merging web changes written against the old imports.
//
//   node packages/web/scripts/codemods/imports.mjs            # every codemod, whole src/
//   node packages/web/scripts/codemods/imports.mjs router     # one codemod
//   node packages/web/scripts/codemods/imports.mjs --check    # exit 1 if a file still needs it
//
// It rewrites only the module specifier (`from 'react-router'` → `from '../../app/router'`); the
// wrapper modules keep the names and call shapes pages use, so nothing else has to change.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const src = path.join(web, 'src');

/** codemod name → library specifiers and the app module (from src/, no extension) replacing them. */
const CODEMODS = {
  router: { libraries: ['react-router', 'react-router-dom'], module: 'app/router' },
  i18n: { libraries: ['react-i18next', 'i18next'], module: 'app/i18n' },
};

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' ? [] : filesUnder(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function specifierFrom(file, module) {
  const target = path.join(src, module);
  let relative = path.relative(path.dirname(file), target).split(path.sep).join('/');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return relative;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const args = process.argv.slice(2);
const check = args.includes('--check');
const names = args.filter((arg) => !arg.startsWith('--'));
for (const name of names) {
  if (!(name in CODEMODS)) {
    console.error(`Unknown codemod "${name}"; known: ${Object.keys(CODEMODS).join(', ')}`);
    process.exit(2);
  }
}
const chosen = names.length > 0 ? names : Object.keys(CODEMODS);

let changed = 0;
for (const file of filesUnder(src)) {
  const before = readFileSync(file, 'utf8');
  let after = before;
  for (const name of chosen) {
    const { libraries, module } = CODEMODS[name];
    // The wrapper itself imports the library it wraps.
    if (path.resolve(file).replace(/\.(ts|tsx)$/, '') === path.join(src, module)) continue;
    const specifier = specifierFrom(file, module);
    for (const library of libraries) {
      // `from 'lib'`, `import 'lib'`, `import('lib')`, `vi.mock('lib'…)`: the specifier as a whole string only.
      const pattern = new RegExp(`(from\\s+|import\\s*\\(\\s*|import\\s+|mock\\(\\s*)(['"])${escape(library)}\\2`, 'g');
      after = after.replace(pattern, (_match, lead, quote) => `${lead}${quote}${specifier}${quote}`);
    }
  }
  if (after !== before) {
    changed += 1;
    console.log(`${check ? 'needs' : 'rewrote'} ${path.relative(web, file)}`);
    if (!check) writeFileSync(file, after);
  }
}
console.log(`${changed} file(s) ${check ? 'still import a wrapped library directly' : 'rewritten'}.`);
if (check && changed > 0) process.exit(1);
