import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { toGlobalId } from '../src/graphql/relay.js';
import { download } from './support/files.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
const YEAR = 2026;
const btc: Actor = {
  userId: 'btc',
  label: 'Ban Tổ chức',
  cadreId: null,
  memberships: [{ unitId: -1, role: 'CONSOLIDATOR' }],
};
const btv: Actor = {
  userId: 'btv',
  label: 'Ban Thường vụ',
  cadreId: null,
  memberships: [{ unitId: -1, role: 'DECIDER' }],
};
const viewer: Actor = { userId: 'xem', label: 'Người xem', cadreId: null, memberships: [], globalRoles: ['VIEWER'] };
let cadre: Actor;
let otherCadre: Actor;
let cadreGid: string;
let decision: { document_number: string; signed_on: string };
let assignedTitles: string[];
let cadreName: string;

async function workbook(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

/** The text values of a sheet's rows below its header (row 3), as arrays of cell texts. */
function bodyRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 3)
      rows.push(
        (row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value))),
      );
  });
  return rows;
}

beforeAll(async () => {
  app = await startTestApp();
  const [row] = await app.dataSource.query(
    `SELECT t.cadre_id, c.full_name, d.document_number, to_char(d.signed_on, 'YYYY-MM-DD') AS signed_on
     FROM key_task t JOIN cycle y ON y.id = t.cycle_id JOIN cadre c ON c.id = t.cadre_id
     JOIN assignment_decision_task dt ON dt.key_task_id = t.id AND dt.result = 'ASSIGNED'
     JOIN assignment_decision d ON d.id = dt.decision_id
     WHERE y.year = $1 ORDER BY t.cadre_id LIMIT 1`,
    [YEAR],
  );
  const titles = await app.dataSource.query(
    `SELECT t.title FROM key_task t JOIN cycle y ON y.id = t.cycle_id
     JOIN assignment_decision_task dt ON dt.key_task_id = t.id AND dt.result = 'ASSIGNED'
     WHERE y.year = $1 AND t.cadre_id = $2 ORDER BY t.ordinal`,
    [YEAR, row.cadre_id],
  );
  const [other] = await app.dataSource.query(
    'SELECT DISTINCT cadre_id FROM key_task WHERE cadre_id <> $1 ORDER BY cadre_id LIMIT 1',
    [row.cadre_id],
  );
  cadreGid = toGlobalId('Cadre', row.cadre_id);
  cadreName = row.full_name;
  decision = row;
  assignedTitles = titles.map((task: { title: string }) => task.title);
  cadre = { userId: 'c', label: cadreName, cadreId: row.cadre_id, memberships: [] };
  otherCadre = { userId: 'o', label: 'Cán bộ khác', cadreId: other.cadre_id, memberships: [] };
});
afterAll(() => app.close());

describe('consolidated list (xlsx)', () => {
  it('lists every task past its draft, as the database has them', async () => {
    const answer = await download(app, `/exports/cycles/${YEAR}/consolidated.xlsx`, btc);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheet = await workbook(answer.bytes);
    expect(String(sheet.getCell('A1').value)).toBe(`Danh sách tổng hợp nhiệm vụ trọng tâm năm ${YEAR}`);
    const rows = bodyRows(sheet);
    const expected = await app.dataSource.query(
      `SELECT c.full_name, t.ordinal, t.title, f.name AS focal,
              (SELECT count(*)::int FROM opinion o WHERE o.key_task_id = t.id AND o.stage = 'REGISTRATION') AS opinions
       FROM key_task t JOIN cycle y ON y.id = t.cycle_id JOIN cadre c ON c.id = t.cadre_id
       JOIN org_unit f ON f.id = t.focal_unit_id WHERE y.year = $1 AND t.state <> 'DRAFT'`,
      [YEAR],
    );
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(10);
    const key = (name: string, ordinal: number | string, title: string, focal: string, opinions: number | string) =>
      [name, String(ordinal), title, focal, String(opinions)].join(' | ');
    expect(rows.map((cells) => key(cells[1]!, cells[4]!, cells[5]!, cells[9]!, cells[12]!)).sort()).toEqual(
      expected
        .map((task: { full_name: string; ordinal: number; title: string; focal: string; opinions: number }) =>
          key(task.full_name, task.ordinal, task.title, task.focal, task.opinions),
        )
        .sort(),
    );
  });

  it('is for BTC and BTV only: a viewer sees no names, a cadre neither', async () => {
    expect((await download(app, `/exports/cycles/${YEAR}/consolidated.xlsx`, btv)).status).toBe(200);
    expect((await download(app, `/exports/cycles/${YEAR}/consolidated.xlsx`, viewer)).status).toBe(403);
    expect((await download(app, `/exports/cycles/${YEAR}/consolidated.xlsx`, cadre)).status).toBe(403);
    expect((await download(app, `/exports/cycles/${YEAR}/consolidated.xlsx`, null)).status).toBe(401);
    expect((await download(app, '/exports/cycles/1999/consolidated.xlsx', btc)).status).toBe(404);
  });
});

describe('comparison (xlsx)', () => {
  it('holds the comparison query’s rows, for viewers too', async () => {
    const answer = await download(app, `/exports/comparison.xlsx?years=2025,${YEAR}&dimension=SECTOR`, viewer);
    expect(answer.status).toBe(200);
    const rows = bodyRows(await workbook(answer.bytes));
    const expected = await app.dataSource.query(
      `SELECT y.year, count(*)::int AS tasks FROM key_task t JOIN cycle y ON y.id = t.cycle_id
       WHERE y.year = ANY($1) GROUP BY y.year ORDER BY y.year`,
      [[2025, YEAR]],
    );
    for (const { year, tasks } of expected as Array<{ year: number; tasks: number }>) {
      const total = rows.filter((cells) => cells[0] === String(year)).reduce((sum, cells) => sum + Number(cells[3]), 0);
      expect(total, String(year)).toBe(tasks);
    }
    // Sector codes are written as their Vietnamese labels.
    expect(rows.map((cells) => cells[1])).toContain('Khối Đảng');
  });

  it('refuses cadres, bad dimensions and matrices of one dimension', async () => {
    expect((await download(app, `/exports/comparison.xlsx?years=${YEAR}&dimension=SECTOR`, cadre)).status).toBe(403);
    expect((await download(app, `/exports/comparison.xlsx?years=${YEAR}&dimension=NOPE`, btc)).status).toBe(400);
    expect((await download(app, `/exports/comparison.xlsx?years=${YEAR}&dimension=SECTOR&by=SECTOR`, btc)).status).toBe(
      400,
    );
    expect((await download(app, `/exports/comparison.xlsx?years=abc&dimension=SECTOR`, btc)).status).toBe(400);
  });
});

describe('assignment notice (docx)', () => {
  it('has the Party document’s header blocks, number, date line, title and the assigned tasks', async () => {
    const answer = await download(app, `/exports/cadres/${cadreGid}/${YEAR}/notice.docx`, cadre);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const xml = await (await JSZip.loadAsync(answer.bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      'ĐẢNG BỘ TỈNH KHÁNH HÒA',
      'BAN THƯỜNG VỤ TỈNH ỦY',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      `Số ${decision.document_number}`,
      'THÔNG BÁO',
      `giao nhiệm vụ trọng tâm năm ${YEAR}`,
      'Nơi nhận:',
      'T/M BAN THƯỜNG VỤ',
      cadreName.normalize('NFC'),
      ...assignedTitles.map((title) => title.normalize('NFC')),
    ]) {
      expect(text, expected).toContain(expected);
    }
    const [year, month, day] = decision.signed_on.split('-');
    const dateLine = `Khánh Hòa, ngày ${day} tháng ${month} năm ${year}`;
    expect(text).toContain(dateLine);
    // The date line is in italics, the text in Times New Roman, and nothing is decomposed (NFD).
    const dateRun = new RegExp(`<w:r>(?:(?!</w:r>).)*<w:i/>(?:(?!</w:r>).)*${dateLine}`);
    expect(xml).toMatch(dateRun);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('follows dossier access: another cadre gets 404', async () => {
    expect((await download(app, `/exports/cadres/${cadreGid}/${YEAR}/notice.docx`, otherCadre)).status).toBe(404);
    expect((await download(app, `/exports/cadres/${cadreGid}/${YEAR}/notice.docx`, btv)).status).toBe(200);
    expect((await download(app, `/exports/cadres/not-an-id/${YEAR}/notice.docx`, btc)).status).toBe(404);
  });
});

describe('dossier (PDF)', () => {
  it('prints the cadre’s name and task titles in Vietnamese', async () => {
    const answer = await download(app, `/exports/cadres/${cadreGid}/${YEAR}/dossier.pdf`, btc);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    const parser = new PDFParse({ data: new Uint8Array(answer.bytes) });
    const { text } = await parser.getText();
    await parser.destroy();
    const flat = text.normalize('NFC').replace(/\s+/g, ' ');
    expect(flat).toContain(`HỒ SƠ NHIỆM VỤ TRỌNG TÂM NĂM ${YEAR}`);
    expect(flat).toContain(cadreName.normalize('NFC'));
    for (const title of assignedTitles)
      expect(flat).toContain(title.normalize('NFC').replace(/\s+/g, ' ').slice(0, 40));
  });

  it('answers 404 out of scope', async () => {
    expect((await download(app, `/exports/cadres/${cadreGid}/${YEAR}/dossier.pdf`, otherCadre)).status).toBe(404);
    expect((await download(app, `/exports/cadres/${cadreGid}/${YEAR}/dossier.pdf`, viewer)).status).toBe(404);
  });
});
