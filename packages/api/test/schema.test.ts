import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printSortedSchema } from '../src/graphql/emit-schema.js';

describe('schema.graphql', () => {
  it('is committed as the code defines it (run `pnpm --filter @nvtt/api schema:emit` after changing it)', async () => {
    const committed = readFileSync(path.join(__dirname, '../schema.graphql'), 'utf8');
    expect(await printSortedSchema()).toBe(committed);
  });

  it('describes every type and field', async () => {
    const sdl = await printSortedSchema();
    const { buildSchema, isObjectType, isInputObjectType, isEnumType } = await import('graphql');
    const schema = buildSchema(sdl);
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
