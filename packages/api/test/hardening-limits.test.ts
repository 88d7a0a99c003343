import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_LIMITS, limitViolation, measureOperation } from '../src/graphql/limits.js';
import { MAX_PAGE_SIZE } from '../src/graphql/relay.js';
import { createSchema } from '../src/graphql/schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query, { maxTokens: OPERATION_LIMITS.maxTokens });
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return measureOperation(schema, document, operation, variables);
}

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

/** The heaviest pages the API serves, as their tests and the benchmarks ask for them. */
const HEAVY_PAGES: Record<string, string> = {
  'drill-down, 100 cadres with tasks, milestones, opinions': `query($year: Int!) {
    drillDown(cycleYear: $year, first: 100) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes {
        cadre { fullName birthYear }
        tasks { title state milestones { dueOn doneOn status } opinions { text verdict agency { name } } }
      }
    }
  }`,
  'a page of 100 key tasks with everything around them': `{
    keyTasks(filter: { cycleYear: 2025 }, first: 100) {
      pageInfo { hasNextPage endCursor }
      nodes { title state cadre { fullName } focalAgency { name } outputs { name target actual } milestones { dueOn status }
              opinions { text agency { name } } appraisals { verdict } availableActions }
    }
  }`,
  'the organisation tree': `{
    orgUnits(first: 100, filter: { isRoot: true }) {
      nodes { code children { code parent { code } children { code } successors { code } } }
    }
  }`,
};

describe('operation limits', () => {
  it('admits every operation the dashboard sends, with every Int variable at the page-size cap', () => {
    const webSrc = path.resolve(__dirname, '../../web/src');
    const definitions: DefinitionNode[] = graphqlFiles(webSrc).flatMap(
      (file) => parse(readFileSync(file, 'utf8')).definitions,
    );
    const fragments = definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    const operations = definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.length).toBeGreaterThan(5);
    for (const operation of operations) {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, MAX_PAGE_SIZE]),
      );
      const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as const;
      const measured = measureOperation(schema, document, operation, variables);
      expect({ operation: operation.name?.value, refused: limitViolation(measured)?.message ?? null }).toEqual({
        operation: operation.name?.value,
        refused: null,
      });
    }
  });

  it('admits the heaviest pages with room to spare', () => {
    for (const [page, query] of Object.entries(HEAVY_PAGES)) {
      const measured = measure(query, { year: 2025 });
      expect({ page, violation: limitViolation(measured)?.message ?? null }).toEqual({ page, violation: null });
      expect(measured.cost).toBeLessThan(OPERATION_LIMITS.maxCost / 1.5);
    }
  });

  it('multiplies by page sizes: nested connections grow the cost, a smaller `first` shrinks it', () => {
    // Every comparison row (one per locality) with a page of its tasks and their milestones.
    const nested = (first: number) =>
      `{ comparison(cycleYears: [2025], dimension: LOCALITY) { label tasksCounted(first: ${first}) {
           totalCount nodes { title state cadre { fullName } milestones { dueOn status } } } } }`;
    const small = measure(nested(5)).cost;
    const large = measure(nested(100)).cost;
    expect(large).toBeGreaterThan(small * 15);
    expect(limitViolation(measure(nested(100)))?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(limitViolation(measure(nested(5)))).toBeNull();
    // A variable counts with its value; a missing `first` counts as the default page.
    const withVariable = measure(`query($n: Int) { cadres(first: $n) { nodes { fullName } } }`, { n: 100 });
    expect(withVariable.cost).toBe(measure(`{ cadres(first: 100) { nodes { fullName } } }`).cost);
  });

  it('measures a fragment bomb by its expanded size, in linear time', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === 0
        ? 'fragment F0 on Query { viewer { displayName } }'
        : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`,
    );
    const query = `{ ...F${levels - 1} } ${fragments.join(' ')}`;
    const started = performance.now();
    const measured = measure(query);
    expect(performance.now() - started).toBeLessThan(200);
    expect(measured.cost).toBeGreaterThan(1e8);
    expect(limitViolation(measured)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts aliases and directives as executed, and finds introspection inside fragments', () => {
    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: viewer { displayName }`);
    expect(limitViolation(measure(`{ ${aliases.join(' ')} }`))?.extensions.code).toBe('TOO_MANY_ALIASES');
    const directives = Array.from(
      { length: OPERATION_LIMITS.maxDirectives + 1 },
      () => 'displayName @include(if: true)',
    );
    expect(limitViolation(measure(`{ viewer { ${directives.join(' ')} } }`))?.extensions.code).toBe(
      'TOO_MANY_DIRECTIVES',
    );
    expect(measure('{ ...S } fragment S on Query { __schema { queryType { name } } }').introspection).toBe(true);
    expect(measure('{ viewer { __typename } }').introspection).toBe(false);
  });

  it('refuses a `first` outside 0..100, written or in a variable, under the same cap as connections', () => {
    expect(limitViolation(measure('{ cadres(first: 101) { totalCount } }'))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(limitViolation(measure('query($f: Int) { cadres(first: $f) { totalCount } }', { f: -1 }))).not.toBeNull();
    expect(limitViolation(measure(`{ cadres(first: ${MAX_PAGE_SIZE}) { totalCount } }`))).toBeNull();
  });

  it('does not count the schema description against the data limits (the standard introspection query is deep)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const measured = measure(getIntrospectionQuery());
    expect(measured.introspection).toBe(true);
    expect(limitViolation(measured)).toBeNull();
  });
});
