import type { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../src/graphql/context.js';
import { directFieldResolversOf } from '../src/graphql/direct-resolvers.js';
import { toGlobalId } from '../src/graphql/relay.js';
import { createSchema } from '../src/graphql/schema.js';

/** Field resolvers taking only the object and the context are called without TypeGraphQL's layer. */
let schema: GraphQLSchema;
let direct: ReturnType<typeof directFieldResolversOf>;
beforeAll(async () => {
  schema = await createSchema();
  direct = directFieldResolversOf();
});

describe('direct field resolvers', () => {
  it('cover the fields of a drill-down page and leave fields with arguments to TypeGraphQL', () => {
    for (const name of ['id', 'cadre', 'milestones', 'opinions']) expect(direct.get('KeyTask')?.has(name)).toBe(true);
    expect(direct.get('Milestone')?.has('status')).toBe(true);
    expect(direct.get('Opinion')?.has('agency')).toBe(true);
    // A field resolver with an argument (the cadre's tasks of a year) keeps TypeGraphQL's resolver.
    expect(direct.get('Cadre')?.has('tasks')).toBe(false);
    expect(direct.get('ComparisonRow')?.has('tasksCounted') ?? false).toBe(false);
    // Every direct field exists in the schema and takes no argument.
    for (const [typeName, fields] of direct) {
      const type = schema.getType(typeName) as GraphQLObjectType | undefined;
      expect(type).toBeDefined();
      for (const name of fields.keys()) expect(type!.getFields()[name]?.args).toEqual([]);
    }
  });

  it('answer what the resolver method answers, from the object and the context', () => {
    const info = {} as GraphQLResolveInfo;
    const context = { today: '2026-11-27' } as unknown as RequestContext;
    expect(direct.get('KeyTask')!.get('id')!({ id: 42 }, {}, context, info)).toBe(toGlobalId('KeyTask', 42));
    const status = direct.get('Milestone')!.get('status')!;
    expect(status({ dueOn: '2026-10-31', doneOn: null }, {}, context, info)).toBe('OVERDUE');
    expect(status({ dueOn: '2026-10-31', doneOn: '2026-10-30' }, {}, context, info)).toBe('DONE_ON_TIME');
    expect(status({ dueOn: '2026-12-31', doneOn: null }, {}, context, info)).toBe('PENDING');
  });
});
