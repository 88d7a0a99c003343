import fc from 'fast-check';
import { foldForSearch, normalizeText } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { MAX_INPUT_TEXT_LENGTH, textProblem } from '../src/graphql/input-text.js';
import { idOfType } from '../src/graphql/relay.js';
import { VALID_DRAFT, lifecycleWorld } from './support/fixtures.js';
import {
  actorHeader,
  databaseFingerprint,
  postOperation,
  startHardenedApp,
  type HardenedApp,
} from './support/hardened-app.js';

/**
 * Text at the boundary, checked on generated inputs (fast-check): whatever text arrives, the API
 * answers without a fault, stores NFC or nothing, and treats wildcards and SQL as plain data.
 */

let app: HardenedApp;
let cadre: Actor;
let taskId: string;
const BTC: Actor = {
  userId: 'btc',
  label: 'Ban Tổ chức (kiểm thử)',
  cadreId: null,
  memberships: [{ unitId: -1, role: 'CONSOLIDATOR' }],
};
const CREATE = `mutation($input: KeyTaskDraftInput!) { keyTaskCreate(cycleYear: 2030, input: $input) { keyTask { id title } userErrors { code } } }`;
const UPDATE = `mutation($id: ID!, $input: KeyTaskDraftInput!) { keyTaskUpdate(id: $id, input: $input) { keyTask { title } userErrors { code } } }`;
const SEARCH = `query($s: String) { keyTasks(filter: { cycleYear: 2030, search: $s }, first: 100) { nodes { title } } }`;

beforeAll(async () => {
  app = await startHardenedApp({ production: true });
  ({
    actors: { a: cadre },
  } = await lifecycleWorld(app.dataSource));
  const created = await postOperation(app.url, CREATE, { input: VALID_DRAFT }, actorHeader(cadre));
  taskId = (created.json?.data as { keyTaskCreate: { keyTask: { id: string } } }).keyTaskCreate.keyTask.id;
});
afterAll(() => app.close());

/** Vietnamese letters precomposed and decomposed, combining marks alone, wildcards, quotes, SQL. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', 'ă', 'â', 'đ', 'Đ', 'ệ', 'ơ', 'ư', 'Ỹ', ' ', '\t', '\n'),
      fc.constantFrom('e\u0302\u0323', 'o\u031B\u0301', 'u\u031B', 'A\u0300', '\u0301', '\u0323'),
      fc.constantFrom('%', '_', '\\', "'", '"', ';', '--', "' OR 1=1 --", 'DROP TABLE key_task;', '$1', '*'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const isWellFormed = (value: string) => Buffer.from(value, 'utf8').toString('utf8') === value;

describe('text hygiene on generated inputs', () => {
  it('classifies any string: NUL or a lone surrogate is refused, everything else is storable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const expected = value.includes('\u0000') || !isWellFormed(value) ? 'INVALID_CHARACTER' : null;
        expect(textProblem(value)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
    expect(textProblem('a'.repeat(MAX_INPUT_TEXT_LENGTH + 1))).toBe('INPUT_TOO_LONG');
  });

  it('stores any accepted title in NFC, exactly as normalised, and answers anything else with a clear refusal', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (title) => {
        const response = await postOperation(
          app.url,
          UPDATE,
          { id: taskId, input: { ...VALID_DRAFT, title } },
          actorHeader(cadre),
        );
        const refused = response.json?.errors?.[0]?.extensions?.code;
        if (response.status === 400) {
          expect(refused).toBe('INVALID_CHARACTER');
          return;
        }
        expect(response.status, response.text).toBe(200);
        expect(response.json?.errors, response.text).toBeUndefined();
        const payload = (
          response.json?.data as {
            keyTaskUpdate: { keyTask: { title: string } | null; userErrors: Array<{ code: string }> };
          }
        ).keyTaskUpdate;
        if (payload.userErrors.length > 0) {
          // A blank title is the draft schema's to refuse, at the field, not the database's.
          expect(payload.userErrors.map((error) => error.code)).toEqual(['INVALID_INPUT']);
          return;
        }
        const [stored] = await app.dataSource.query(
          'SELECT title, title IS NFC NORMALIZED AS nfc FROM key_task WHERE id = $1',
          [idOfType(taskId, 'KeyTask')],
        );
        expect(stored).toEqual({ title: normalizeText(title), nfc: true });
        expect(payload.keyTask!.title).toBe(stored.title);
      }),
      { numRuns: 40 },
    );
  });

  it('searches with any text as data: never a fault, never a change, wildcards match only themselves', async () => {
    const before = await databaseFingerprint(app.dataSource);
    await fc.assert(
      fc.asyncProperty(hostileText, async (search) => {
        const response = await postOperation(app.url, SEARCH, { s: search }, actorHeader(BTC));
        if (response.status === 400) {
          expect(response.json?.errors?.[0]?.extensions?.code).toBe('INVALID_CHARACTER');
          return;
        }
        expect(response.status).toBe(200);
        const titles = (response.json?.data as { keyTasks: { nodes: Array<{ title: string }> } }).keyTasks.nodes.map(
          (node) => node.title,
        );
        // Every word of the query appears, folded, in what was found (titles here carry the words).
        const words = foldForSearch(search).split(' ').filter(Boolean);
        for (const title of titles) {
          const [{ text }] = await app.dataSource.query(
            'SELECT search_text AS text FROM key_task WHERE title = $1 LIMIT 1',
            [title],
          );
          for (const word of words) expect(text).toContain(word);
        }
      }),
      { numRuns: 40 },
    );
    expect(await databaseFingerprint(app.dataSource)).toEqual(before);
  });
});

describe('Vietnamese text and hostile strings, end to end', () => {
  it('stores decomposed Vietnamese as NFC and finds it typed either way, with or without diacritics', async () => {
    const nfd = 'Phát triển kinh tế biển Khánh Hòa'.normalize('NFD');
    const created = await postOperation(app.url, CREATE, { input: { ...VALID_DRAFT, title: nfd } }, actorHeader(cadre));
    expect((created.json?.data as { keyTaskCreate: { keyTask: { title: string } } }).keyTaskCreate.keyTask.title).toBe(
      'Phát triển kinh tế biển Khánh Hòa',
    );
    for (const query of ['kinh tế biển', 'kinh tế biển'.normalize('NFD'), 'kinh te bien khanh hoa', 'KHÁNH HÒA']) {
      const found = await postOperation(app.url, SEARCH, { s: query }, actorHeader(BTC));
      const titles = (found.json?.data as { keyTasks: { nodes: Array<{ title: string }> } }).keyTasks.nodes.map(
        (node) => node.title,
      );
      expect(titles).toContain('Phát triển kinh tế biển Khánh Hòa');
    }
  });

  it('keeps SQL-shaped and wildcard text as data, stored verbatim and matched literally', async () => {
    const hostile = "Robert'); DROP TABLE key_task; -- 100% _x_";
    await postOperation(app.url, CREATE, { input: { ...VALID_DRAFT, title: hostile } }, actorHeader(cadre));
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM key_task WHERE title = $1', [
      hostile,
    ]);
    expect(count).toBe(1);
    const search = async (s: string) =>
      (
        (await postOperation(app.url, SEARCH, { s }, actorHeader(BTC))).json?.data as {
          keyTasks: { nodes: Array<{ title: string }> };
        }
      ).keyTasks.nodes.map((node) => node.title);
    // Other titles (the property test's random ones) may hold the same characters: every match must hold
    // them literally, and the hostile title must be among the matches.
    for (const literal of ['100%', '_x_', '%', "'); DROP"]) {
      const found = await search(literal);
      expect(found).toContain(hostile);
      for (const title of found) expect(foldForSearch(title)).toContain(foldForSearch(literal));
    }
  });
});
