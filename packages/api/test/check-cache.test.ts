import { Kind, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedMeasure, cachedTextViolation } from '../src/graphql/check-cache.js';
import { inputTextViolation } from '../src/graphql/input-text.js';
import { OPERATION_LIMITS, limitViolation, measureOperation } from '../src/graphql/limits.js';
import { MAX_PAGE_SIZE } from '../src/graphql/relay.js';
import { createSchema } from '../src/graphql/schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function parsed(query: string): { document: DocumentNode; operation: OperationDefinitionNode } {
  const document = parse(query, { maxTokens: OPERATION_LIMITS.maxTokens });
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return { document, operation };
}

const PAGE = `query Page($year: Int!, $first: Int, $inner: Int) {
  drillDown(cycleYear: $year, first: $first) {
    nodes { cadre { fullName } tasks { title milestones { dueOn } } }
  }
  keyTasks(first: $inner) { ...Tasks }
}
fragment Tasks on KeyTaskConnection { nodes { title opinions { text } } }`;

describe('hardening checks remembered per document', () => {
  it('measures as the uncached check does, for every value of the page-size variables', () => {
    const { document, operation } = parsed(PAGE);
    const cases: Array<Record<string, unknown>> = [
      { year: 2025, first: 10, inner: 5 },
      { year: 2024, first: 10, inner: 5 },
      { year: 2025, first: 100, inner: 100 },
      { year: 2025, first: MAX_PAGE_SIZE + 1, inner: 5 },
      { year: 2025, first: -1 },
      { year: 2025 },
      { year: 2025, first: 10, inner: 5 },
    ];
    for (const variables of cases) {
      const cached = cachedMeasure(schema, document, operation, variables);
      expect(cached).toEqual(measureOperation(schema, document, operation, variables));
      // Asked twice: the remembered answer is the same.
      expect(cachedMeasure(schema, document, operation, variables)).toEqual(cached);
    }
    // A page size out of range is refused even after the same document was accepted.
    expect(limitViolation(cachedMeasure(schema, document, operation, { year: 2025, first: 10 }))).toBeNull();
    expect(
      limitViolation(cachedMeasure(schema, document, operation, { year: 2025, first: MAX_PAGE_SIZE + 1 }))?.extensions
        .code,
    ).toBe('BAD_USER_INPUT');
  });

  it('keeps a bounded number of variable combinations per operation, still measuring each right', () => {
    const { document, operation } = parsed(PAGE);
    for (let first = 0; first <= MAX_PAGE_SIZE; first += 1) {
      const variables = { year: 2025, first, inner: first };
      expect(cachedMeasure(schema, document, operation, variables).cost).toBe(
        measureOperation(schema, document, operation, variables).cost,
      );
    }
  });

  it('checks the variables’ text on every request and the document’s text once', () => {
    const good = parsed(`query($q: String) { cadres(search: $q, first: 5) { nodes { fullName } } }`).document;
    expect(cachedTextViolation(good, { q: 'Nguyễn' })).toBeNull();
    expect(cachedTextViolation(good, { q: 'a\u0000b' })?.extensions.code).toBe('INVALID_CHARACTER');
    expect(cachedTextViolation(good, { q: 'x'.repeat(10_001) })?.extensions.code).toBe('INPUT_TOO_LONG');
    expect(cachedTextViolation(good, { q: 'Nguyễn' })).toBeNull();

    const bad = parsed(`{ cadres(search: "a\\u0000b", first: 5) { nodes { fullName } } }`).document;
    for (let i = 0; i < 2; i++) {
      expect(cachedTextViolation(bad, {})?.extensions.code).toBe('INVALID_CHARACTER');
      expect(cachedTextViolation(bad, {})?.message).toBe(inputTextViolation(bad, {})?.message);
    }
  });
});
