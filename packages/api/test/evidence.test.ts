import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { toGlobalId } from '../src/graphql/relay.js';
import { evidenceWorld, type EvidenceWorld } from './support/evidence-world.js';
import { operations } from './support/key-task-ops.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let taskGid: string;
let concludedGid: string;
let actors: EvidenceWorld['actors'];
let concludedCadre: Actor;
const { mutate, expectRefused } = operations(() => app);

beforeAll(async () => {
  app = await startTestApp();
  ({ taskGid, actors } = await evidenceWorld(app));
  const [concluded] = await app.dataSource.query(
    `SELECT id, cadre_id FROM key_task WHERE state = 'CONCLUDED' ORDER BY id LIMIT 1`,
  );
  concludedGid = toGlobalId('KeyTask', concluded.id);
  concludedCadre = { userId: 'd', label: 'Cán bộ khác', cadreId: concluded.cadre_id, memberships: [] };
});
afterAll(() => app.close());

const ADD = `mutation($task: ID!, $input: DocumentEvidenceInput!) { evidenceAdd(keyTask: $task, input: $input) {
  evidence { id target outputOrdinal title documentNumber documentDate issuer verification addedByLabel } userErrors { code field } } }`;
const VERIFY = `mutation($id: Int!, $verdict: EvidenceVerdict!, $note: String) { evidenceVerify(id: $id, verdict: $verdict, note: $note) {
  evidence { verification verificationNote verifiedByLabel } userErrors { code field } } }`;
const DOCUMENT = {
  target: 'OUTPUT',
  outputNumber: 1,
  title: 'Quyết định phê duyệt kết quả nghiệm thu',
  documentNumber: '1234/QĐ-UBND',
  documentDate: '2026-09-15',
  issuer: 'UBND tỉnh Khánh Hòa',
};

describe('evidence (minh chứng)', () => {
  let evidenceId = 0;

  it('is added by the task’s cadre as a referenced document', async () => {
    const added = await mutate<{ evidence: { id: number; verification: string; documentNumber: string } }>(
      ADD,
      { task: taskGid, input: DOCUMENT },
      actors.cadre,
    );
    expect(added.evidence).toMatchObject({ verification: 'PENDING', documentNumber: '1234/QĐ-UBND' });
    evidenceId = added.evidence.id;
  });

  it('refuses the wrong person, a missing field, an unknown output and a closed task', async () => {
    await expectRefused(ADD, { task: taskGid, input: DOCUMENT }, actors.focal, 'ACTOR_NOT_ALLOWED');
    const blank = await expectRefused(
      ADD,
      { task: taskGid, input: { ...DOCUMENT, documentNumber: ' ' } },
      actors.cadre,
      'INVALID_INPUT',
    );
    expect(blank.userErrors[0]!.field).toEqual(['documentNumber']);
    await expectRefused(ADD, { task: taskGid, input: { ...DOCUMENT, outputNumber: 19 } }, actors.cadre, 'NOT_FOUND');
    await expectRefused(ADD, { task: concludedGid, input: DOCUMENT }, concludedCadre, 'WRONG_STATE');
  });

  it('is verified or rejected by the task’s focal agency only, a rejection with a reason', async () => {
    await expectRefused(VERIFY, { id: evidenceId, verdict: 'VERIFIED' }, actors.cadre, 'ACTOR_NOT_ALLOWED');
    await expectRefused(VERIFY, { id: evidenceId, verdict: 'VERIFIED' }, actors.otherFocal, 'NOT_FOUND');
    await expectRefused(VERIFY, { id: evidenceId, verdict: 'REJECTED', note: '' }, actors.focal, 'COMMENT_REQUIRED');
    const verified = await mutate<{ evidence: { verification: string; verifiedByLabel: string } }>(
      VERIFY,
      { id: evidenceId, verdict: 'VERIFIED' },
      actors.focal,
    );
    expect(verified.evidence).toMatchObject({
      verification: 'VERIFIED',
      verifiedByLabel: 'Chuyên viên cơ quan đầu mối',
    });
  });

  it('shows on the task with its trail', async () => {
    const response = await app.graphql<{
      keyTask: { evidence: Array<{ verification: string }>; auditTrail: Array<{ action: string }> };
    }>(`query($id: ID!) { keyTask(id: $id) { evidence { verification } auditTrail { action } } }`, { id: taskGid });
    expect(response.data!.keyTask.evidence).toEqual([{ verification: 'VERIFIED' }]);
    expect(response.data!.keyTask.auditTrail.slice(-2).map((event) => event.action)).toEqual([
      'ADD_EVIDENCE',
      'VERIFY_EVIDENCE',
    ]);
  });
});
