import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { printSortedSchema } from '../src/graphql/emit-schema.js';
import { createSchema } from '../src/graphql/schema.js';
import { undocumentedSchemaElements } from '../src/graphql/schema-docs.js';

describe('schema.graphql', () => {
  it('is committed as the code defines it (run `pnpm --filter @nvtt/api schema:emit` after changing it)', async () => {
    const committed = readFileSync(path.join(__dirname, '../schema.graphql'), 'utf8');
    expect(await printSortedSchema()).toBe(committed);
  });

  it('describes every type, field, argument, input field and enum value', async () => {
    expect(undocumentedSchemaElements(await createSchema())).toEqual([]);
  });

  it('finds what is left undescribed (so the check above can fail)', () => {
    const schema = buildSchema(`
      "Reads." type Query { "A cadre." cadre(id: ID!): Cadre, "Described." ok(
        "Described." x: Int
      ): Int }
      type Cadre { name: String }
      "An input." input Filter { "Described." a: Int, b: Int }
      "A kind." enum Kind { "Described." A B }
    `);
    expect(undocumentedSchemaElements(schema).sort()).toEqual(
      ['Cadre', 'Cadre.name', 'Filter.b', 'Kind.B', 'Query.cadre(id)'].sort(),
    );
  });
});
