import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceWorld, type EvidenceWorld } from './support/evidence-world.js';
import { PDF, download, uploadEvidence } from './support/files.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MAX_BYTES = 256 * 1024;
let app: TestApp;
let taskGid: string;
let taskId: number;
let actors: EvidenceWorld['actors'];

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(
    '0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a4ba0000000049454e44ae426082',
    'hex',
  ),
]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512, 0)]);

async function docxBytes(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo kết quả')] }] }));
}

async function xlsxBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Số liệu').addRow(['Chỉ tiêu', 12]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A zip that is no Office document: a text file and a [Content_Types].xml declaring nothing. */
async function plainZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file('word/document.xml', 'not really');
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function state(): Promise<{ rows: number; audits: number; files: string[] }> {
  const [{ rows }] = await app.dataSource.query('SELECT count(*)::int AS rows FROM evidence');
  const [{ audits }] = await app.dataSource.query('SELECT count(*)::int AS audits FROM audit_event');
  return { rows, audits, files: (await readdir(app.evidenceDir)).sort() };
}

const fields = () => ({ keyTask: taskGid, target: 'TASK', title: 'Báo cáo kết quả quý III' });

beforeAll(async () => {
  app = await startTestApp({ evidenceMaxBytes: MAX_BYTES });
  ({ taskId, taskGid, actors } = await evidenceWorld(app));
});
afterAll(() => app.close());

describe('evidence uploads refused change nothing', () => {
  const refusals: Array<[string, () => Promise<{ name: string; bytes: Buffer }>, number, string]> = [
    ['a PNG named .pdf', async () => ({ name: 'bao-cao.pdf', bytes: PNG }), 415, 'UNSUPPORTED_FILE_TYPE'],
    ['a Windows program named .pdf', async () => ({ name: 'bao-cao.pdf', bytes: EXE }), 415, 'UNSUPPORTED_FILE_TYPE'],
    [
      'text posing as a Word document',
      async () => ({ name: 'bao-cao.docx', bytes: Buffer.from('Đây là văn bản thuần, không phải docx.') }),
      415,
      'UNSUPPORTED_FILE_TYPE',
    ],
    [
      'a zip that is no Office document',
      async () => ({ name: 'bao-cao.docx', bytes: await plainZip() }),
      415,
      'UNSUPPORTED_FILE_TYPE',
    ],
    [
      'a workbook named .docx',
      async () => ({ name: 'bao-cao.docx', bytes: await xlsxBytes() }),
      415,
      'UNSUPPORTED_FILE_TYPE',
    ],
    ['a PDF named .exe', async () => ({ name: 'setup.exe', bytes: PDF }), 415, 'UNSUPPORTED_FILE_TYPE'],
    [
      'a file over the size limit',
      async () => ({ name: 'lon.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(MAX_BYTES, 0x20)]) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ];

  it.each(refusals)('%s', async (_name, make, status, code) => {
    const before = await state();
    const answer = await uploadEvidence(app, actors.cadre, await make(), fields());
    expect(answer.status).toBe(status);
    expect(answer.body.errors![0]!.extensions.code).toBe(code);
    expect(answer.body.errors![0]!.message).toMatch(/[ăâđêôơư]/);
    expect(await state()).toEqual(before);
  });

  it('refuses a form without the CSRF header, an anonymous one, and the wrong person', async () => {
    const before = await state();
    const noHeader = await uploadEvidence(app, actors.cadre, { name: 'a.pdf', bytes: PDF }, fields(), {
      csrfHeader: false,
    });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors![0]!.extensions.code).toBe('CSRF_PREVENTED');
    expect((await uploadEvidence(app, null, { name: 'a.pdf', bytes: PDF }, fields())).status).toBe(401);
    const focal = await uploadEvidence(app, actors.focal, { name: 'a.pdf', bytes: PDF }, fields());
    expect(focal.status).toBe(403);
    expect(focal.body.errors![0]!.extensions.code).toBe('ACTOR_NOT_ALLOWED');
    const unknownOutput = await uploadEvidence(
      app,
      actors.cadre,
      { name: 'a.pdf', bytes: PDF },
      {
        ...fields(),
        target: 'OUTPUT',
        outputNumber: '19',
      },
    );
    expect(unknownOutput.status).toBe(404);
    expect(unknownOutput.body.errors![0]!.extensions.field).toEqual(['outputNumber']);
    expect(await state()).toEqual(before);
  });
});

describe('an accepted upload', () => {
  let pdfId = 0;

  it('stores the bytes named by id, with their SHA-256, and the audit record', async () => {
    const before = await state();
    const answer = await uploadEvidence(
      app,
      actors.cadre,
      { name: 'Báo cáo kết quả quý III.pdf', bytes: PDF },
      fields(),
    );
    expect(answer.status).toBe(201);
    const evidence = answer.body.evidence!;
    pdfId = evidence.id;
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(evidence).toMatchObject({ sha256, contentType: 'application/pdf', fileName: 'Báo cáo kết quả quý III.pdf' });
    const [row] = await app.dataSource.query('SELECT kind, sha256, file_size FROM evidence WHERE id = $1', [pdfId]);
    expect(row).toEqual({ kind: 'FILE', sha256, file_size: PDF.length });
    const after = await state();
    expect(after.rows).toBe(before.rows + 1);
    expect(after.audits).toBe(before.audits + 1);
    expect(after.files).toEqual([...before.files, String(pdfId)].sort());
  });

  it('downloads byte-identical, with its type, its UTF-8 name and nosniff', async () => {
    const answer = await download(app, `/files/evidence/${pdfId}`, actors.focal);
    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(PDF)).toBe(true);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="Bao cao ket qua quy III.pdf"; filename*=UTF-8''${encodeURIComponent('Báo cáo kết quả quý III.pdf')}`,
    );
  });

  it('accepts Office documents and images by their content', async () => {
    for (const [name, bytes, type] of [
      ['ke-hoach.docx', await docxBytes(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['so-lieu.xlsx', await xlsxBytes(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['anh.PNG', PNG, 'image/png'],
    ] as const) {
      const answer = await uploadEvidence(app, actors.cadre, { name, bytes }, { ...fields(), title: '' });
      expect(answer.status, name).toBe(201);
      expect(answer.body.evidence!.contentType).toBe(type);
      const fetched = await download(app, answer.body.evidence!.downloadUrl, actors.cadre);
      expect(fetched.bytes.equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('answers 404 to readers out of scope, 401 to anonymous ones', async () => {
    expect((await download(app, `/files/evidence/${pdfId}`, actors.otherFocal)).status).toBe(404);
    expect((await download(app, `/files/evidence/${pdfId}`, actors.otherCadre)).status).toBe(404);
    expect((await download(app, `/files/evidence/${pdfId}`, null)).status).toBe(401);
    expect((await download(app, '/files/evidence/999999', actors.cadre)).status).toBe(404);
  });

  it('shows on the task through GraphQL and is verified or rejected by the focal agency', async () => {
    const listed = await app.graphql<{
      keyTask: {
        evidence: Array<{
          id: number;
          kind: string;
          fileName: string;
          fileSize: number;
          sha256: string;
          downloadUrl: string;
        }>;
      };
    }>(
      `query($id: ID!) { keyTask(id: $id) { evidence { id kind fileName fileSize contentType sha256 downloadUrl } } }`,
      {
        id: taskGid,
      },
    );
    const file = listed.data!.keyTask.evidence.find((evidence) => evidence.id === pdfId)!;
    expect(file).toMatchObject({ kind: 'FILE', fileSize: PDF.length, downloadUrl: `/files/evidence/${pdfId}` });

    const VERIFY = `mutation($id: Int!, $verdict: EvidenceVerdict!, $note: String) { evidenceVerify(id: $id, verdict: $verdict, note: $note) {
      evidence { verification verificationNote } userErrors { code } } }`;
    const refused = await app.graphql<{ evidenceVerify: { userErrors: Array<{ code: string }> } }>(
      VERIFY,
      { id: pdfId, verdict: 'VERIFIED' },
      actors.cadre,
    );
    expect(refused.data!.evidenceVerify.userErrors[0]!.code).toBe('ACTOR_NOT_ALLOWED');
    const rejected = await app.graphql<{
      evidenceVerify: { evidence: { verification: string; verificationNote: string } };
    }>(VERIFY, { id: pdfId, verdict: 'REJECTED', note: 'Tệp không có chữ ký, đóng dấu.' }, actors.focal);
    expect(rejected.data!.evidenceVerify.evidence).toEqual({
      verification: 'REJECTED',
      verificationNote: 'Tệp không có chữ ký, đóng dấu.',
    });
    const [audit] = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'KeyTask' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [taskId],
    );
    expect(audit.action).toBe('VERIFY_EVIDENCE');
  });
});
