import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkSchemaChange, formatSchemaCheck, parseAcknowledgements } from '../graphql/schema-compat.js';

/**
 * `pnpm schema:check [--base <git ref>] [--release]`: compares the committed schema.graphql with the
 * baseline (schema.baseline.graphql, the schema of the last release; or the file at a git ref such
 * as origin/main) and fails on breaking changes not listed in schema-breaking-acknowledged.json.
 * `--release` makes the current schema the new baseline and empties the acknowledgements.
 */
const apiDir = path.resolve(__dirname, '../..');
const files = {
  current: path.join(apiDir, 'schema.graphql'),
  baseline: path.join(apiDir, 'schema.baseline.graphql'),
  acknowledged: path.join(apiDir, 'schema-breaking-acknowledged.json'),
};

function baseSdl(args: readonly string[]): { label: string; sdl: string } {
  const at = args.indexOf('--base');
  if (at === -1) return { label: 'schema.baseline.graphql', sdl: readFileSync(files.baseline, 'utf8') };
  const ref = args[at + 1];
  if (!ref || ref.startsWith('--')) throw new Error('--base needs a git ref, e.g. --base origin/main');
  const sdl = execFileSync('git', ['show', `${ref}:packages/api/schema.graphql`], { cwd: apiDir, encoding: 'utf8' });
  return { label: `${ref}:packages/api/schema.graphql`, sdl };
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--release')) {
    copyFileSync(files.current, files.baseline);
    writeFileSync(files.acknowledged, `${JSON.stringify({ acknowledged: [] }, null, 2)}\n`);
    process.stdout.write('schema.baseline.graphql now holds the current schema; acknowledgements emptied.\n');
    return 0;
  }
  const base = baseSdl(args);
  const acknowledgements = parseAcknowledgements(readFileSync(files.acknowledged, 'utf8'));
  const check = await checkSchemaChange(base.sdl, readFileSync(files.current, 'utf8'), acknowledgements);
  process.stdout.write(`Schema check: ${base.label} → schema.graphql\n${formatSchemaCheck(check)}\n`);
  return check.unacknowledged.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
