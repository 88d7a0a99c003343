import { buildSchema, Kind, validate, visit, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../api/schema.graphql?raw';

/**
 * The generated documents (scripts/codegen/shared-fragments.mjs writes each fragment once per file
 * and lets the documents share it): every document is valid against the API's committed schema and
 * carries each fragment it spreads exactly once, as the server requires.
 */
const modules = import.meta.glob<Record<string, unknown>>('../**/*.documents.ts', { eager: true });
const schema = buildSchema(schemaText);

function documentsOf(module: Record<string, unknown>): [string, DocumentNode][] {
  return Object.entries(module).filter((entry): entry is [string, DocumentNode] => entry[0].endsWith('Document'));
}

function spreadNames(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, { FragmentSpread: (node) => void names.add(node.name.value) });
  return names;
}

describe('generated GraphQL documents', () => {
  const documents = Object.values(modules).flatMap(documentsOf);

  it('finds the operations of every feature', () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it.each(documents)('%s is valid against the schema, with each fragment it spreads once', (_name, document) => {
    expect(validate(schema, document)).toEqual([]);
    const fragments = document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [],
    );
    expect(new Set(fragments).size).toBe(fragments.length);
    expect(new Set(fragments)).toEqual(spreadNames(document));
  });
});
