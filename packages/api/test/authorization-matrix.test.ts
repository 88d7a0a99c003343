import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { printSortedSchema } from '../src/graphql/emit-schema.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Role = 'cadre' | 'otherCadre' | 'focal' | 'otherFocal' | 'advisory' | 'btc' | 'btv' | 'viewer' | 'admin';

/**
 * Who may succeed with each mutation that takes no task id (those with a task id answer
 * "not found" outside the actor's scope, which the scope tests cover). Everyone else must be refused.
 */
const MAY_SUCCEED: Readonly<Record<string, readonly Role[]>> = {
  keyTaskCreate: ['cadre', 'otherCadre'],
  assignmentDecide: ['btv'],
  conclusionRecord: ['btv'],
  qualityRatingRecord: ['btv'],
  cycleUpdate: ['btc'],
  cycleOpenDataSet: ['btc'],
  cycleOpen: ['btc'],
  focalAgencySet: ['btc'],
  deadlineExtend: ['btc'],
  accountCreate: ['admin'],
  accountUpdate: ['admin'],
  passwordReset: ['admin'],
};

function sample(type: GraphQLInputType, ids: Record<string, string>, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, ids, name);
  if (isListType(type)) return [sample(type.ofType, ids, name)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type, ids, field.name)]),
    );
  }
  if (isScalarType(named)) {
    if (named.name === 'Int') return name === 'cycleYear' || name === 'year' ? 2026 : 1;
    if (named.name === 'Float') return 80;
    if (named.name === 'Boolean') return true;
    if (named.name === 'LocalDate') return '2026-01-15';
    if (named.name === 'ID') return ids[name] ?? 'eA';
    return name === 'password' || name === 'next' ? 'mot-mat-khau-du-dai' : `Giá trị ${name}`;
  }
  return null;
}

let app: TestApp;
let mutations: Array<GraphQLField<unknown, unknown>>;
let queries: Array<GraphQLField<unknown, unknown>>;
const actors = {} as Record<Role, Actor>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  const db = app.dataSource;
  const unit = async (code: string) =>
    (await db.query('SELECT id FROM org_unit WHERE code = $1', [code]))[0].id as number;
  const [a, b] = await db.query(
    `SELECT DISTINCT t.cadre_id AS id FROM key_task t JOIN cycle c ON c.id = t.cycle_id WHERE c.year = 2027 ORDER BY 1 LIMIT 2`,
  );
  const member = (label: string, code: number, role: 'FOCAL' | 'ADVISORY' | 'CONSOLIDATOR' | 'DECIDER'): Actor => ({
    userId: userIds[Number(label) - 9001]!,
    label,
    cadreId: null,
    memberships: [{ unitId: code, role }],
  });
  // Real accounts, so that what belongs to a user (tokens, sessions) can be written.
  const users: Array<{ id: number }> = await db.query(
    `INSERT INTO app_user (username, display_name, password_hash, password_changed_at, created_at)
     SELECT 'matrix' || n, 'Kiểm thử ' || n, '$argon2id$v=19$m=65536,t=3,p=1$x$y', now(), now() FROM generate_series(1, 9) AS n RETURNING id`,
  );
  const userIds = users.map((user) => String(user.id));
  actors.cadre = { userId: userIds[0]!, label: 'Cán bộ', cadreId: a.id, memberships: [] };
  actors.otherCadre = { userId: userIds[1]!, label: 'Cán bộ khác', cadreId: b.id, memberships: [] };
  actors.focal = member('9003', await unit('DU_UBND'), 'FOCAL');
  actors.otherFocal = member('9004', await unit('DU_CQD'), 'FOCAL');
  actors.advisory = member('9005', await unit('UBKTTU'), 'ADVISORY');
  actors.btc = member('9006', await unit('BTCTU'), 'CONSOLIDATOR');
  actors.btv = member('9007', await unit('BTV'), 'DECIDER');
  actors.viewer = { userId: userIds[7]!, label: 'Xem', cadreId: null, memberships: [], globalRoles: ['VIEWER'] };
  actors.admin = { userId: userIds[8]!, label: 'Quản trị', cadreId: null, memberships: [], globalRoles: ['ADMIN'] };
  ids.cadre = Buffer.from(`Cadre:${a.id}`).toString('base64url');
  ids.focalAgency = Buffer.from(`OrgUnit:${await unit('DU_UBND')}`).toString('base64url');
  const schema = buildSchema(await printSortedSchema());
  queries = Object.values(schema.getQueryType()!.getFields());
  mutations = Object.values(schema.getMutationType()!.getFields());
});
afterAll(() => app.close());

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  // Required arguments only: optional ones (cursors, filters) would only test our samples.
  const args = field.args.filter((arg) => isNonNullType(arg.type));
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returns = getNamedType(field.type);
  const selection = isScalarType(returns) || isEnumType(returns) ? '' : ' { __typename }';
  return {
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type, ids, arg.name)])),
  };
}

describe('every root field against every role', () => {
  it('answers every query for every role without a fault, and the account list to administrators only', async () => {
    for (const field of queries) {
      for (const [role, actor] of Object.entries(actors) as Array<[Role, Actor]>) {
        const { query, variables } = operation('query', field);
        const response = await app.graphql(query, variables, actor);
        const code = response.errors?.[0]?.extensions?.code;
        if (field.name === 'accounts' && role !== 'admin') expect(code, `${field.name} as ${role}`).toBe('FORBIDDEN');
        else expect(response.errors, `${field.name} as ${role}: ${JSON.stringify(response.errors)}`).toBeUndefined();
      }
    }
  });

  it('refuses every mutation to the roles that may not take it, and never faults', async () => {
    const USER_ERRORS = `userErrors { code }`;
    for (const field of mutations) {
      for (const [role, actor] of Object.entries(actors) as Array<[Role, Actor]>) {
        const { query, variables } = operation('mutation', field);
        const withErrors = query.replace(
          ' { __typename }',
          ` { __typename ... on ${String(getNamedType(field.type))} { ${USER_ERRORS} } }`,
        );
        const hasUserErrors =
          'getFields' in getNamedType(field.type) &&
          'userErrors' in (getNamedType(field.type) as unknown as { getFields(): object }).getFields();
        const response = await app.graphql<Record<string, { userErrors?: Array<{ code: string }> } | boolean>>(
          hasUserErrors ? withErrors : query,
          variables,
          actor,
        );
        const top = response.errors?.[0]?.extensions?.code;
        expect(top, `${field.name} as ${role}: ${JSON.stringify(response.errors)}`).not.toBe('INTERNAL_SERVER_ERROR');
        const payload = response.data?.[field.name];
        const succeeded =
          top === undefined &&
          (typeof payload !== 'object' || payload === null || (payload.userErrors ?? []).length === 0);
        if (MAY_SUCCEED[field.name] && !MAY_SUCCEED[field.name]!.includes(role)) {
          expect(succeeded, `${field.name} must be refused to ${role}: ${JSON.stringify(response)}`).toBe(false);
        }
      }
    }
  });
});
