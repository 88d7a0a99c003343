import { readdir } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { toGlobalId } from '../src/graphql/relay.js';
import { evidenceWorld, type EvidenceWorld } from './support/evidence-world.js';
import { PDF, download, uploadEvidence } from './support/files.js';
import { operations } from './support/key-task-ops.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let world: EvidenceWorld;
/** A progress report filed on the task's first milestone, one on the task as a whole, one of another task. */
let milestoneReport: number;
let taskWideReport: number;
let othersReport: number;
let otherTaskGid: string;
let otherTaskCadre: Actor;
const { mutate, expectRefused } = operations(() => app);

const REPORT = `mutation($task: ID!, $input: ProgressInput!) { milestoneReport(keyTask: $task, input: $input) {
  progressReport { id milestoneNumber } userErrors { code field } } }`;
const ADD = `mutation($task: ID!, $input: DocumentEvidenceInput!) { evidenceAdd(keyTask: $task, input: $input) {
  evidence { id target progressReportId verification } userErrors { code field } } }`;
const VERIFY = `mutation($id: Int!, $verdict: EvidenceVerdict!, $note: String) { evidenceVerify(id: $id, verdict: $verdict, note: $note) {
  evidence { verification verificationNote } userErrors { code field } } }`;
const document = (progressReport: number | null, target = 'MILESTONE_REPORT') => ({
  target,
  progressReport,
  title: 'Biên bản nghiệm thu mốc tiến độ quý III',
  documentNumber: '88/BB-SKHĐT',
  documentDate: '2026-10-02',
  issuer: 'Sở Kế hoạch và Đầu tư',
});

async function report(task: string, actor: Actor, milestoneNumber: number | null): Promise<number> {
  const filed = await mutate<{ progressReport: { id: number; milestoneNumber: number | null } }>(
    REPORT,
    { task, input: { milestoneNumber, status: 'DONE', percentComplete: 100, note: 'Đã hoàn thành mốc.' } },
    actor,
  );
  expect(filed.progressReport.milestoneNumber).toBe(milestoneNumber);
  return filed.progressReport.id;
}

async function stored(): Promise<{ rows: number; audits: number; files: string[] }> {
  const [{ rows }] = await app.dataSource.query('SELECT count(*)::int AS rows FROM evidence');
  const [{ audits }] = await app.dataSource.query('SELECT count(*)::int AS audits FROM audit_event');
  return { rows, audits, files: (await readdir(app.evidenceDir)).sort() };
}

beforeAll(async () => {
  app = await startTestApp();
  world = await evidenceWorld(app);
  const [other] = await app.dataSource.query(
    `SELECT t.id, t.cadre_id FROM key_task t WHERE t.state = 'IN_PROGRESS' AND t.cadre_id <> $1
       AND EXISTS (SELECT 1 FROM milestone m WHERE m.key_task_id = t.id) ORDER BY t.id LIMIT 1`,
    [world.actors.cadre.cadreId],
  );
  otherTaskGid = toGlobalId('KeyTask', other.id);
  otherTaskCadre = { userId: 'k', label: 'Cán bộ nhiệm vụ khác', cadreId: other.cadre_id, memberships: [] };
  milestoneReport = await report(world.taskGid, world.actors.cadre, 1);
  taskWideReport = await report(world.taskGid, world.actors.cadre, null);
  othersReport = await report(otherTaskGid, otherTaskCadre, 1);
});
afterAll(() => app.close());

describe('evidence of a milestone report', () => {
  let documentId = 0;
  let fileId = 0;

  it('is referenced by the task’s cadre, with its audit record in the same write', async () => {
    const before = await stored();
    const added = await mutate<{ evidence: { id: number; target: string; progressReportId: number } }>(
      ADD,
      { task: world.taskGid, input: document(milestoneReport) },
      world.actors.cadre,
    );
    expect(added.evidence).toMatchObject({ target: 'MILESTONE_REPORT', progressReportId: milestoneReport });
    documentId = added.evidence.id;
    const [audit] = await app.dataSource.query(
      `SELECT action, document_number, data FROM audit_event WHERE entity_type = 'KeyTask' AND entity_id = $1
       ORDER BY id DESC LIMIT 1`,
      [world.taskId],
    );
    expect(audit).toMatchObject({
      action: 'ADD_EVIDENCE',
      document_number: '88/BB-SKHĐT',
      data: { evidenceId: documentId, target: 'MILESTONE_REPORT', progressReportId: milestoneReport },
    });
    expect(await stored()).toMatchObject({ rows: before.rows + 1, audits: before.audits + 1 });
  });

  it('is named with its milestone and report date in the printed dossier', async () => {
    const [{ year, period, reported }] = await app.dataSource.query(
      `SELECT c.year, m.period_label AS period,
              to_char(r.reported_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY') AS reported
         FROM key_task t JOIN cycle c ON c.id = t.cycle_id
         JOIN progress_report r ON r.id = $2 JOIN milestone m ON m.id = r.milestone_id
        WHERE t.id = $1`,
      [world.taskId, milestoneReport],
    );
    const cadre = toGlobalId('Cadre', world.actors.cadre.cadreId!);
    const answer = await download(app, `/exports/cadres/${cadre}/${year}/dossier.pdf`, world.actors.cadre);
    expect(answer.status).toBe(200);
    const parser = new PDFParse({ data: new Uint8Array(answer.bytes) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text.normalize('NFC').replace(/\s+/g, ' ')).toContain(
      `Báo cáo mốc tiến độ ${period}, ${reported}: Biên bản nghiệm thu mốc tiến độ quý III (88/`,
    );
  });

  it('is uploaded as a file by the task’s cadre', async () => {
    const before = await stored();
    const answer = await uploadEvidence(
      app,
      world.actors.cadre,
      { name: 'Biên bản nghiệm thu.pdf', bytes: PDF },
      { keyTask: world.taskGid, target: 'MILESTONE_REPORT', progressReport: String(milestoneReport), title: '' },
    );
    expect(answer.status).toBe(201);
    fileId = answer.body.evidence!.id;
    expect(answer.body.evidence!.progressReportId).toBe(milestoneReport);
    const [row] = await app.dataSource.query(
      'SELECT target, progress_report_id, kind, title FROM evidence WHERE id = $1',
      [fileId],
    );
    expect(row).toEqual({
      target: 'MILESTONE_REPORT',
      progress_report_id: milestoneReport,
      kind: 'FILE',
      title: 'Biên bản nghiệm thu.pdf',
    });
    const [audit] = await app.dataSource.query(
      `SELECT action, data FROM audit_event WHERE entity_type = 'KeyTask' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [world.taskId],
    );
    expect(audit).toMatchObject({
      action: 'ADD_EVIDENCE',
      data: { evidenceId: fileId, progressReportId: milestoneReport },
    });
    const after = await stored();
    expect(after).toEqual({
      rows: before.rows + 1,
      audits: before.audits + 1,
      files: [...before.files, String(fileId)].sort(),
    });
  });

  it('refuses a missing or stray report, another task’s report, a task-wide report and outsiders; writes nothing', async () => {
    const { cadre, otherCadre, focal } = world.actors;
    const missing = await expectRefused(ADD, { task: world.taskGid, input: document(null) }, cadre, 'INVALID_INPUT');
    expect(missing.userErrors[0]!.field).toEqual(['progressReport']);
    const stray = await expectRefused(
      ADD,
      { task: world.taskGid, input: document(milestoneReport, 'TASK') },
      cadre,
      'INVALID_INPUT',
    );
    expect(stray.userErrors[0]!.field).toEqual(['progressReport']);
    for (const wrong of [othersReport, taskWideReport, 999999]) {
      const refused = await expectRefused(ADD, { task: world.taskGid, input: document(wrong) }, cadre, 'NOT_FOUND');
      expect(refused.userErrors[0]!.field).toEqual(['progressReport']);
    }
    // Another cadre neither reaches this task nor brings its report over to a task of their own.
    await expectRefused(ADD, { task: world.taskGid, input: document(milestoneReport) }, otherCadre, 'NOT_FOUND');
    await expectRefused(ADD, { task: otherTaskGid, input: document(milestoneReport) }, otherTaskCadre, 'NOT_FOUND');
    await expectRefused(ADD, { task: world.taskGid, input: document(milestoneReport) }, focal, 'ACTOR_NOT_ALLOWED');
  });

  it('refuses an upload naming a wrong report, leaving no row, audit record or file', async () => {
    const before = await stored();
    const send = (actor: Actor, progressReport: string, keyTask = world.taskGid) =>
      uploadEvidence(
        app,
        actor,
        { name: 'a.pdf', bytes: PDF },
        { keyTask, target: 'MILESTONE_REPORT', progressReport },
      );
    const others = await send(world.actors.cadre, String(othersReport));
    expect(others.status).toBe(404);
    expect(others.body.errors![0]!.extensions.field).toEqual(['progressReport']);
    expect((await send(world.actors.cadre, String(taskWideReport))).status).toBe(404);
    const garbled = await send(world.actors.cadre, '12a');
    expect(garbled.status).toBe(400);
    expect(garbled.body.errors![0]!.extensions.field).toEqual(['progressReport']);
    expect((await send(world.actors.otherCadre, String(milestoneReport))).status).toBe(404);
    expect((await send(otherTaskCadre, String(milestoneReport), otherTaskGid)).status).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it('cannot point at another task’s report even by writing to the table directly', async () => {
    await expect(
      app.dataSource.query(
        `INSERT INTO evidence (key_task_id, target, progress_report_id, kind, title, document_number, document_date,
                               issuer, added_by_label, added_at)
         VALUES ($1, 'MILESTONE_REPORT', $2, 'DOCUMENT', 't', 'n', '2026-10-02', 'i', 'x', now())`,
        [world.taskId, othersReport],
      ),
    ).rejects.toThrow(/evidence_progress_report_fk/);
    await expect(
      app.dataSource.query(
        `INSERT INTO evidence (key_task_id, target, kind, title, document_number, document_date, issuer, added_by_label, added_at)
         VALUES ($1, 'MILESTONE_REPORT', 'DOCUMENT', 't', 'n', '2026-10-02', 'i', 'x', now())`,
        [world.taskId],
      ),
    ).rejects.toThrow(/evidence_progress_report_target/);
  });

  it('shows on its report, in one query per kind however many reports there are', async () => {
    const QUERY = `query($id: ID!) { keyTask(id: $id) { progressReports { id milestoneNumber evidence { id target } } } }`;
    const { result, statements } = await app.countStatements(() =>
      app.graphql<{
        keyTask: {
          progressReports: Array<{ id: number; milestoneNumber: number | null; evidence: Array<{ id: number }> }>;
        };
      }>(QUERY, { id: world.taskGid }, world.actors.cadre),
    );
    const reports = result.data!.keyTask.progressReports;
    expect(reports.find((entry) => entry.id === milestoneReport)).toMatchObject({
      milestoneNumber: 1,
      evidence: [{ id: documentId }, { id: fileId }],
    });
    expect(reports.find((entry) => entry.id === taskWideReport)).toMatchObject({ milestoneNumber: null, evidence: [] });
    // Two more reports on the task must not add statements.
    await report(world.taskGid, world.actors.cadre, 1);
    await report(world.taskGid, world.actors.cadre, null);
    const again = await app.countStatements(() => app.graphql(QUERY, { id: world.taskGid }, world.actors.cadre));
    expect(again.statements).toBe(statements);
  });

  it('downloads only for readers whose scope holds the task', async () => {
    const path = `/files/evidence/${fileId}`;
    expect((await download(app, path, world.actors.focal)).bytes.equals(PDF)).toBe(true);
    expect((await download(app, path, world.actors.cadre)).status).toBe(200);
    expect((await download(app, path, world.actors.otherFocal)).status).toBe(404);
    expect((await download(app, path, world.actors.otherCadre)).status).toBe(404);
    expect((await download(app, path, null)).status).toBe(401);
  });

  it('is verified or rejected by the task’s focal agency, as any evidence', async () => {
    const { cadre, focal, otherFocal } = world.actors;
    await expectRefused(VERIFY, { id: documentId, verdict: 'VERIFIED' }, cadre, 'ACTOR_NOT_ALLOWED');
    await expectRefused(VERIFY, { id: documentId, verdict: 'VERIFIED' }, otherFocal, 'NOT_FOUND');
    const verified = await mutate<{ evidence: { verification: string } }>(
      VERIFY,
      { id: documentId, verdict: 'VERIFIED' },
      focal,
    );
    expect(verified.evidence.verification).toBe('VERIFIED');
    const rejected = await mutate<{ evidence: { verification: string; verificationNote: string } }>(
      VERIFY,
      { id: fileId, verdict: 'REJECTED', note: 'Biên bản chưa có chữ ký.' },
      focal,
    );
    expect(rejected.evidence).toEqual({ verification: 'REJECTED', verificationNote: 'Biên bản chưa có chữ ký.' });
    const [audit] = await app.dataSource.query(
      `SELECT action, data FROM audit_event WHERE entity_type = 'KeyTask' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [world.taskId],
    );
    expect(audit).toMatchObject({ action: 'VERIFY_EVIDENCE', data: { evidenceId: fileId, verdict: 'REJECTED' } });
  });
});
