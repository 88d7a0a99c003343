import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSortedSchema } from '../src/graphql/emit-schema.js';
import { HttpClient } from './support/http-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Every root field of the schema with its access rule. A new query or mutation without a line
 * here fails this suite, so nothing reaches production without a decision on who may use it.
 */
const RULES: Record<string, 'anonymous' | 'signed-in'> = {
  viewer: 'anonymous',
  sessionSignIn: 'anonymous',
  sessionSignOut: 'anonymous',
};
const SIGNED_IN_QUERIES = [
  'accounts',
  'alignmentCoverage',
  'localitiesWithoutArea',
  'comparison',
  'stageFunnel',
  'ratingDistribution',
  'drillDown',
  'savedViews',
  'myNotifications',
  'unreadNotificationCount',
  'node',
  'orgUnits',
  'orgUnit',
  'orgUnitByCode',
  'cycles',
  'cycle',
  'cadres',
  'cadre',
  'cadreDossier',
  'keyTasks',
  'keyTask',
  'apiTokens',
  'webhookSubscriptions',
  'webhookDeliveries',
];
const SIGNED_IN_MUTATIONS = [
  'savedViewSave',
  'savedViewDelete',
  'notificationsMarkRead',
  'keyTaskCreate',
  'keyTaskUpdate',
  'keyTaskSubmit',
  'keyTaskReturn',
  'keyTaskAppraise',
  'keyTaskSendForOpinions',
  'keyTaskPropose',
  'keyTaskWithdraw',
  'keyTaskSuspend',
  'keyTaskResume',
  'selfAssessmentReturn',
  'resultConsolidate',
  'opinionSubmit',
  'planFile',
  'milestoneReport',
  'selfAssessmentSubmit',
  'resultAppraise',
  'assignmentDecide',
  'changeRequestSubmit',
  'changeRequestDecide',
  'conclusionRecord',
  'qualityRatingRecord',
  'cycleUpdate',
  'cycleOpenDataSet',
  'cycleOpen',
  'focalAgencySet',
  'deadlineExtend',
  'evidenceAdd',
  'evidenceVerify',
  'sessionRevokeAll',
  'passwordChange',
  'passwordReset',
  'apiTokenCreate',
  'apiTokenRevoke',
  'accountCreate',
  'accountUpdate',
  'webhookSubscriptionCreate',
  'webhookSubscriptionRevoke',
];
for (const field of [...SIGNED_IN_QUERIES, ...SIGNED_IN_MUTATIONS]) RULES[field] = 'signed-in';

/** A value of the right type for an argument, so the call reaches the resolver. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'LocalDate':
        return '2026-01-01';
      default:
        return 'x';
    }
  }
  return null;
}

function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const args = field.args as readonly GraphQLArgument[];
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returns = getNamedType(field.type);
  const selection = isScalarType(returns) || isEnumType(returns) ? '' : ' { __typename }';
  return {
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type)])),
  };
}

let app: TestApp;
let rootFields: Array<{ kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }>;
beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
  const schema = buildSchema(await printSortedSchema());
  rootFields = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
  ];
});
afterAll(() => app.close());

describe('authorization of every root field, read from the schema', () => {
  it('has an access rule for every query and mutation', () => {
    const missing = rootFields.map(({ field }) => field.name).filter((name) => !(name in RULES));
    expect(missing).toEqual([]);
  });

  it('refuses every signed-in field to an anonymous caller, before any work', async () => {
    const anonymous = new HttpClient(app.url);
    const before = await app.dataSource.query('SELECT count(*)::int AS count FROM audit_event');
    for (const { kind, field } of rootFields) {
      if (RULES[field.name] !== 'signed-in') continue;
      const { query, variables } = operationFor(kind, field);
      const response = await anonymous.graphql(query, variables);
      expect(response.errors?.[0]?.extensions?.code, `${field.name} as anonymous`).toBe('UNAUTHENTICATED');
      expect(response.status, field.name).toBe(401);
    }
    expect(await app.dataSource.query('SELECT count(*)::int AS count FROM audit_event')).toEqual(before);
  });

  it('refuses every mutation to a token without the WRITE scope', async () => {
    const owner = new HttpClient(app.url);
    await owner.graphql(
      `mutation { sessionSignIn(username: "btc", password: "NVTT-demo-2026") { userErrors { code } } }`,
    );
    const created = await owner.graphql<{ apiTokenCreate: { token: string } }>(
      `mutation { apiTokenCreate(name: "Chỉ đọc", scopes: [DOSSIERS, AGGREGATES], expiresInDays: 7) { token } }`,
    );
    const tool = new HttpClient(app.url, { authorization: `Bearer ${created.data!.apiTokenCreate.token}` });
    for (const { kind, field } of rootFields) {
      if (kind !== 'mutation' || RULES[field.name] !== 'signed-in') continue;
      const { query, variables } = operationFor(kind, field);
      const response = await tool.graphql<Record<string, { userErrors?: Array<{ code: string }> }>>(query, variables);
      const refused =
        response.errors?.[0]?.extensions?.code === 'FORBIDDEN' ||
        response.data?.[field.name]?.userErrors?.[0]?.code === 'ACTOR_NOT_ALLOWED';
      expect(refused, `${field.name} with a read-only token: ${JSON.stringify(response)}`).toBe(true);
    }
  });
});
