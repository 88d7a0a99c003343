import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { formatError } from '../src/graphql/faults.js';
import { OPERATION_LIMITS } from '../src/graphql/limits.js';
import { MAX_INPUT_TEXT_LENGTH } from '../src/graphql/input-text.js';
import { VALID_DRAFT, lifecycleWorld } from './support/fixtures.js';
import {
  actorHeader,
  databaseFingerprint,
  postOperation,
  rawRequest,
  startHardenedApp,
  type HardenedApp,
  type RawResponse,
} from './support/hardened-app.js';

/**
 * Every bad input of quality-targets.md, sent to the API as it runs in production: each answers
 * with a 4xx, a JSON GraphQL error with a stable code (never HTML, never a stack, never a "did
 * you mean"), and leaves every table of the database exactly as it was.
 */

let app: HardenedApp;
let cadre: Actor;
const BODY_LIMIT = 64 * 1024;

beforeAll(async () => {
  app = await startHardenedApp({ production: true, limits: { bodyLimitBytes: BODY_LIMIT } });
  ({
    actors: { a: cadre },
  } = await lifecycleWorld(app.dataSource));
});
afterAll(() => app.close());

const BTC: Actor = { userId: 'btc', label: 'Ban Tổ chức (kiểm thử)', cadreId: null, memberships: [] };
const CREATE = `mutation($input: KeyTaskDraftInput!) { keyTaskCreate(cycleYear: 2030, input: $input) {
  keyTask { id title } userErrors { code field } } }`;

const json = (value: unknown) => JSON.stringify(value);
const asCadre = () => ({ 'content-type': 'application/json', ...actorHeader(cadre) });

/** Sends a bad request and checks the answer's shape and that nothing changed anywhere. */
async function expectRefused(send: () => Promise<RawResponse>, status: number, code: string): Promise<RawResponse> {
  const before = await databaseFingerprint(app.dataSource);
  const response = await send();
  expect({ status: response.status, code: response.json?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expect(response.contentType).toMatch(/^application\/(graphql-response\+)?json; charset=utf-8$/);
  expect(response.text).not.toMatch(/<html|<!DOCTYPE|stacktrace|\n\s+at /i);
  expect(response.text).not.toMatch(/did you mean/i);
  expect(response.json?.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
  expect(await databaseFingerprint(app.dataSource)).toEqual(before);
  return response;
}

describe('malformed requests', () => {
  it('malformed JSON', () =>
    expectRefused(
      () => rawRequest(app.url, { body: '{"query": "{ viewer {', headers: asCadre() }),
      400,
      'INVALID_JSON',
    ));

  it('a GraphQL syntax error', () =>
    expectRefused(() => postOperation(app.url, '{ viewer { ', {}, actorHeader(BTC)), 400, 'GRAPHQL_PARSE_FAILED'));

  it('an unknown field, without "did you mean" in production', async () => {
    const response = await expectRefused(
      () => postOperation(app.url, '{ viewr { displayName } }', {}, actorHeader(BTC)),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(response.json?.errors?.[0]?.message).toContain('viewr');
  });

  it('wrong variable types', () =>
    expectRefused(
      () => postOperation(app.url, CREATE, { input: { ...VALID_DRAFT, title: 5, outputs: 'x' } }, actorHeader(cadre)),
      400,
      'BAD_USER_INPUT',
    ));

  it('batched arrays of operations', () =>
    expectRefused(
      () =>
        rawRequest(app.url, {
          body: json([
            { query: CREATE, variables: { input: VALID_DRAFT } },
            { query: CREATE, variables: { input: VALID_DRAFT } },
          ]),
          headers: asCadre(),
        }),
      400,
      'BATCHING_NOT_SUPPORTED',
    ));

  it('a body over the size limit (413)', () =>
    expectRefused(
      () =>
        rawRequest(app.url, {
          body: json({ query: CREATE, variables: { input: { ...VALID_DRAFT, description: 'x'.repeat(BODY_LIMIT) } } }),
          headers: asCadre(),
        }),
      413,
      'PAYLOAD_TOO_LARGE',
    ));

  it('invalid UTF-8 in the body', () => {
    const body = Buffer.from(json({ query: CREATE, variables: { input: { ...VALID_DRAFT, title: 'AXB' } } }));
    body[body.indexOf('AXB') + 1] = 0xff; // never valid in UTF-8
    return expectRefused(() => rawRequest(app.url, { body, headers: asCadre() }), 400, 'INVALID_UTF8');
  });

  it('a mutation over GET', () =>
    expectRefused(
      () =>
        rawRequest(app.url, {
          method: 'GET',
          search: `?query=${encodeURIComponent('mutation { sessionSignOut }')}`,
          headers: { 'apollo-require-preflight': 'true', ...actorHeader(cadre) },
        }),
      405,
      'METHOD_NOT_ALLOWED',
    ));

  it('other methods', () =>
    expectRefused(
      () => rawRequest(app.url, { method: 'PUT', body: '{}', headers: asCadre() }),
      405,
      'METHOD_NOT_ALLOWED',
    ));

  it('cross-site requests without the CSRF header: form posts and plain GETs', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      await expectRefused(
        () =>
          rawRequest(app.url, {
            body: json({ query: CREATE, variables: { input: VALID_DRAFT } }),
            headers: { 'content-type': contentType, ...actorHeader(cadre) },
          }),
        400,
        'CSRF_PREVENTED',
      );
    }
    await expectRefused(
      () =>
        rawRequest(app.url, {
          method: 'GET',
          search: `?query=${encodeURIComponent('{ viewer { displayName } }')}`,
          headers: {},
        }),
      400,
      'CSRF_PREVENTED',
    );
  });

  it('a content type other than JSON, even with the preflight header', () =>
    expectRefused(
      () =>
        rawRequest(app.url, {
          body: '<query/>',
          headers: { 'content-type': 'application/xml', 'apollo-require-preflight': '1', ...actorHeader(cadre) },
        }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ));
});

describe('operations over the limits', () => {
  const asBtc =
    (query: string, variables: Record<string, unknown> = {}) =>
    () =>
      postOperation(app.url, query, variables, actorHeader(BTC));

  it('too deep', () => {
    const deep = `{ orgUnits { nodes { ${'parent { '.repeat(OPERATION_LIMITS.maxDepth)}name${' }'.repeat(OPERATION_LIMITS.maxDepth)} } } }`;
    return expectRefused(asBtc(deep), 400, 'QUERY_TOO_DEEP');
  });

  it('too wide', () =>
    expectRefused(
      asBtc(`{ orgUnits(first: 100) { nodes { ${'name code '.repeat(300)} } } }`),
      400,
      'QUERY_TOO_COMPLEX',
    ));

  it('an alias bomb', () => {
    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: cycles { year }`);
    return expectRefused(asBtc(`{ ${aliases.join(' ')} }`), 400, 'TOO_MANY_ALIASES');
  });

  it('a fragment bomb', () => {
    const fragments = Array.from({ length: 25 }, (_, i) =>
      i === 0 ? 'fragment F0 on Query { cycles { year } }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`,
    );
    return expectRefused(asBtc(`{ ...F24 } ${fragments.join(' ')}`), 400, 'QUERY_TOO_COMPLEX');
  });

  it('a directive flood', () => {
    const fields = Array.from({ length: OPERATION_LIMITS.maxDirectives + 1 }, () => 'year @include(if: true)');
    return expectRefused(asBtc(`{ cycles { ${fields.join(' ')} } }`), 400, 'TOO_MANY_DIRECTIVES');
  });

  it('too many tokens', () =>
    expectRefused(asBtc(`{ cycles { ${'year '.repeat(OPERATION_LIMITS.maxTokens)} } }`), 400, 'TOO_MANY_TOKENS'));

  it('`first` over the cap, written or as a variable', async () => {
    await expectRefused(asBtc('{ keyTasks(first: 101) { totalCount } }'), 400, 'BAD_USER_INPUT');
    await expectRefused(
      asBtc('query($n: Int) { cadres(first: $n) { totalCount } }', { n: 10_000 }),
      400,
      'BAD_USER_INPUT',
    );
  });
});

describe('introspection in production', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';
  const ADMIN: Actor = { userId: 'admin', label: 'Quản trị', cadreId: null, memberships: [], globalRoles: ['ADMIN'] };

  it('is refused to everyone else: anonymous, BTC, a token without the scope, an admin’s token without it', async () => {
    await expectRefused(() => postOperation(app.url, INTROSPECT), 403, 'INTROSPECTION_DISABLED');
    await expectRefused(() => postOperation(app.url, INTROSPECT, {}, actorHeader(BTC)), 403, 'INTROSPECTION_DISABLED');
    await expectRefused(
      () => postOperation(app.url, '{ __type(name: "KeyTask") { name } }', {}, actorHeader(BTC)),
      403,
      'INTROSPECTION_DISABLED',
    );
    const tokenWithout = { ...ADMIN, tokenScopes: ['DOSSIERS' as const] };
    await expectRefused(
      () => postOperation(app.url, INTROSPECT, {}, actorHeader(tokenWithout)),
      403,
      'INTROSPECTION_DISABLED',
    );
  });

  it('is answered for an administrator’s session and for a token with the INTROSPECTION scope', async () => {
    for (const actor of [ADMIN, { ...BTC, tokenScopes: ['INTROSPECTION' as const] }]) {
      const response = await postOperation(app.url, INTROSPECT, {}, actorHeader(actor));
      expect(response.status).toBe(200);
      expect(response.json?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    }
  });

  it('never blocks __typename', async () => {
    const response = await postOperation(app.url, '{ cycles { __typename } }', {}, actorHeader(BTC));
    expect(response.status).toBe(200);
  });
});

describe('text that cannot be stored', () => {
  const create = (title: string) => () =>
    postOperation(app.url, CREATE, { input: { ...VALID_DRAFT, title } }, actorHeader(cadre));

  it('NUL, in a variable or written in the document', async () => {
    await expectRefused(create('Nhiệm vụ\u0000'), 400, 'INVALID_CHARACTER');
    await expectRefused(
      () =>
        postOperation(app.url, '{ keyTasks(filter: { search: "a\\u0000b" }) { totalCount } }', {}, actorHeader(BTC)),
      400,
      'INVALID_CHARACTER',
    );
  });

  it('lone surrogates (they have no UTF-8 form)', async () => {
    await expectRefused(create('Nhiệm vụ \uD800 một'), 400, 'INVALID_CHARACTER');
    await expectRefused(create('\uDFFF'), 400, 'INVALID_CHARACTER');
  });

  it(`strings over ${MAX_INPUT_TEXT_LENGTH} characters, wherever they are`, () =>
    expectRefused(create('a'.repeat(MAX_INPUT_TEXT_LENGTH + 1)), 400, 'INPUT_TOO_LONG'));

  it('strings over a field’s own limit: a user error naming the field, nothing saved', async () => {
    const before = await databaseFingerprint(app.dataSource);
    const response = await create('a'.repeat(301))();
    expect(response.status).toBe(200);
    expect(response.json?.data).toMatchObject({
      keyTaskCreate: { keyTask: null, userErrors: [{ code: 'INVALID_INPUT', field: ['title'] }] },
    });
    expect(await databaseFingerprint(app.dataSource)).toEqual(before);
  });
});

describe('errors never leak internals in production', () => {
  it('masks unexpected errors (their text could hold SQL); outside production they stay readable', () => {
    const internal = { message: 'relation "key_task" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(formatError(true)(internal)).toEqual({
      message: 'Lỗi hệ thống; vui lòng thử lại. (Internal error; please try again.)',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatError(false)(internal)).toEqual(internal);
  });

  it('answers with the request id a proxy gave, or a fresh one', async () => {
    const given = await rawRequest(app.url, {
      body: json({ query: '{ viewer { displayName } }' }),
      headers: { 'content-type': 'application/json', 'x-request-id': 'support-case-42' },
    });
    expect(given.headers.get('x-request-id')).toBe('support-case-42');
    const odd = await rawRequest(app.url, {
      body: json({ query: '{ nope }' }),
      headers: { 'content-type': 'application/json', 'x-request-id': '<script>' },
    });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(odd.json?.errors?.[0]?.extensions?.requestId).toBe(odd.headers.get('x-request-id'));
  });
});
