import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSortedSchema } from '../graphql/emit-schema.js';

/** Writes packages/api/schema.graphql, the schema other tools read and reviewers diff. */
const target = path.resolve(__dirname, '../../schema.graphql');
void printSortedSchema().then((sdl) => {
  writeFileSync(target, sdl);
  process.stdout.write(`Wrote ${target}\n`);
});
