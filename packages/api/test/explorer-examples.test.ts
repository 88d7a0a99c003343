import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { limitViolation, measureOperation } from '../src/graphql/limits.js';
import { createSchema } from '../src/graphql/schema.js';

/** The explorer's example operations stay valid and within the limits as the schema evolves. */
const examplesDir = path.resolve(__dirname, '../../explorer/src/examples');
const files = readdirSync(examplesDir).filter((name) => name.endsWith('.graphql'));
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await createSchema();
});

describe('explorer example operations', () => {
  it('exist for the analysts’ questions', () => {
    expect(files.sort()).toEqual(
      ['cadre-dossier', 'compare-localities', 'drill-down', 'find-cadre', 'late-at-stage'].map(
        (name) => `${name}.graphql`,
      ),
    );
  });

  it.each(files)('%s is one named query, valid against the schema and within the limits', (file) => {
    const document = parse(readFileSync(path.join(examplesDir, file), 'utf8'));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations).toHaveLength(1);
    expect(operations[0]!.name?.value).toMatch(/^[A-Z]\w+$/);
    expect(limitViolation(measureOperation(schema, document, operations[0]!, {}))).toBeNull();
  });
});
