import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

/** The schema as SDL, sorted so diffs show real changes only. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

if (require.main === module) {
  void printSortedSchema().then((sdl) => writeFileSync(SCHEMA_FILE, sdl));
}
