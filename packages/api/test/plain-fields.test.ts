import { graphql, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext, createServices, type RequestContext } from '../src/graphql/context.js';
import { plainFieldsOf, propertyResolver } from '../src/graphql/plain-fields.js';
import { createSchema } from '../src/graphql/schema.js';
import { createLogger } from '../src/logger.js';
import type { DataSource } from 'typeorm';

let schema: GraphQLSchema;
let plain: Map<string, Map<string, string>>;
beforeAll(async () => {
  schema = await createSchema();
  plain = plainFieldsOf();
});

describe('plain fields read their property directly', () => {
  it('maps a renamed field to its property and leaves fields with resolvers or arguments alone', () => {
    const row = plain.get('ComparisonRow')!;
    expect(row.get('unitId')).toBe('unitGlobalId');
    expect(row.get('completionRate')).toBe('completionRate');
    // A field resolver with arguments (the drill-down behind the row) keeps TypeGraphQL's resolver.
    expect(row.has('tasksCounted')).toBe(false);
    const task = plain.get('KeyTask')!;
    expect(task.get('title')).toBe('title');
    for (const resolved of ['id', 'cadre', 'milestones', 'opinions']) expect(task.has(resolved)).toBe(false);
    // Every field kept plain exists in the schema and takes no argument.
    for (const [typeName, fields] of plain) {
      const type = schema.getType(typeName) as GraphQLObjectType | undefined;
      if (!type) continue;
      for (const name of fields.keys()) expect(type.getFields()[name]?.args ?? []).toEqual([]);
    }
  });

  it('answers a renamed field from its property, and root queries still need a sign-in', async () => {
    const info = { fieldName: 'unitId' } as GraphQLResolveInfo;
    const ctx = {} as RequestContext;
    expect(propertyResolver('unitGlobalId')({ unitGlobalId: 'T3JnVW5pdDox' }, {}, ctx, info)).toBe('T3JnVW5pdDox');
    const anonymous = createRequestContext(createServices({} as DataSource), createLogger('silent'), null);
    const result = await graphql({
      schema,
      source: '{ comparison(cycleYears: [2025], dimension: LOCALITY) { code unitId } }',
      contextValue: anonymous,
    });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('translates a database fault of a property holding a promise, as the guard does', async () => {
    const lost = Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' });
    const resolve = propertyResolver('later');
    const answer = resolve({ later: Promise.reject(lost) }, {}, {} as RequestContext, {} as GraphQLResolveInfo);
    await expect(answer).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });
});
