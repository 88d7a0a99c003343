import { IMPORT_COLUMNS, foldForSearch } from '@nvtt/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { download } from './support/files.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The analysis page's exports, written by the API from the view's address (the page carries no
// spreadsheet library): the same rows and measures as the page, scoped as the `comparison` query.
let app: TestApp;
const YEAR = 2026;
const viewer: Actor = { userId: 'xem', label: 'Người xem', cadreId: null, memberships: [], globalRoles: ['VIEWER'] };
let cadre: Actor;

const VIEW = `rows=SECTOR&metrics=TASKS,COMPLETION_RATE&chart=TASKS&years=2025,${YEAR}`;
const COMPARISON = `query ($years: [Int!]!) { comparison(cycleYears: $years, dimension: SECTOR) { cycleYear code tasks } }`;

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** Tasks per cycle year as the `comparison` query answers the same actor. */
async function tasksByYear(actor: Actor): Promise<Map<number, number>> {
  const answer = await app.graphql<{ comparison: Array<{ cycleYear: number; tasks: number }> }>(
    COMPARISON,
    { years: [2025, YEAR] },
    actor,
  );
  const totals = new Map<number, number>();
  for (const row of answer.data!.comparison) totals.set(row.cycleYear, (totals.get(row.cycleYear) ?? 0) + row.tasks);
  return totals;
}

function fileTotals(rows: unknown[][]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const [, year, tasks] of rows.slice(1))
    totals.set(Number(year), (totals.get(Number(year)) ?? 0) + Number(tasks));
  return totals;
}

beforeAll(async () => {
  app = await startTestApp();
  const [row] = await app.dataSource.query(
    `SELECT t.cadre_id, c.full_name FROM key_task t JOIN cadre c ON c.id = t.cadre_id
     JOIN cycle y ON y.id = t.cycle_id WHERE y.year = $1 ORDER BY t.cadre_id LIMIT 1`,
    [YEAR],
  );
  cadre = { userId: 'c', label: row.full_name, cadreId: row.cadre_id, memberships: [] };
});
afterAll(() => app.close());

describe('an analysis view as xlsx', () => {
  it('has the view’s columns with Vietnamese headings and the comparison’s rows', async () => {
    const answer = await download(app, `/exports/analysis.xlsx?${VIEW}`, viewer);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('spreadsheetml');
    expect(answer.headers.get('content-disposition')).toContain(`nvtt-sector-2025-${YEAR}.xlsx`);
    const sheet = await sheetOf(answer.bytes);
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual(['Khối', 'Năm', 'Số nhiệm vụ', 'Tỷ lệ hoàn thành']);
    expect(rows.slice(1).map((cells) => cells[0])).toContain('Khối Đảng');
    expect(fileTotals(rows)).toEqual(await tasksByYear(viewer));
    // Rates are fractions shown as percentages; "no data" is an empty cell, never 0.
    for (const cells of rows.slice(1)) {
      const rate = cells[3];
      if (rate !== undefined && rate !== null) expect(Number(rate)).toBeGreaterThanOrEqual(0);
      if (rate !== undefined && rate !== null) expect(Number(rate)).toBeLessThanOrEqual(1);
    }
    expect(sheet.getColumn(4).numFmt).toBe('0.0%');
  });

  it('keeps the view’s name filter and minimum size, and English headings when asked', async () => {
    const answer = await download(app, `/exports/analysis.xlsx?${VIEW}&q=dang&min=1`, viewer);
    const rows = rowsOf(await sheetOf(answer.bytes));
    expect(rows.length).toBeGreaterThan(1);
    for (const cells of rows.slice(1)) {
      expect(foldForSearch(String(cells[0]))).toContain('dang');
      expect(Number(cells[2])).toBeGreaterThanOrEqual(1);
    }
    const english = rowsOf(
      await sheetOf((await download(app, `/exports/analysis.xlsx?${VIEW}&lang=en`, viewer)).bytes),
    );
    expect(english[0]).toEqual(['Sector', 'Year', 'Tasks', 'Completion rate']);
  });

  it('covers only the reader’s own scope, as the comparison query does', async () => {
    const answer = await download(app, `/exports/analysis.xlsx?${VIEW}`, cadre);
    expect(answer.status).toBe(200);
    const totals = fileTotals(rowsOf(await sheetOf(answer.bytes)));
    expect(totals).toEqual(await tasksByYear(cadre));
    expect(totals.get(YEAR)).toBeLessThanOrEqual(3);
  });

  it('refuses the signed-out and a view without valid years', async () => {
    expect((await download(app, `/exports/analysis.xlsx?${VIEW}`, null)).status).toBe(401);
    expect((await download(app, '/exports/analysis.xlsx?rows=SECTOR', viewer)).status).toBe(400);
    expect((await download(app, '/exports/analysis.csv?rows=SECTOR&years=20x5', viewer)).status).toBe(400);
  });
});

describe('an analysis view as CSV', () => {
  it('holds the same rows as the xlsx, in UTF-8 with a byte-order mark', async () => {
    const csv = await download(app, `/exports/analysis.csv?${VIEW}`, viewer);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Khối,Năm,Số nhiệm vụ,Tỷ lệ hoàn thành');
    const xlsx = rowsOf(await sheetOf((await download(app, `/exports/analysis.xlsx?${VIEW}`, viewer)).bytes));
    expect(lines).toHaveLength(xlsx.length);
    const cells = (value: unknown) => (value === null || value === undefined ? '' : String(value));
    const quoted = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    expect(lines.slice(1)).toEqual(
      xlsx.slice(1).map((row) => [0, 1, 2, 3].map((i) => quoted(cells(row[i]))).join(',')),
    );
  });
});

describe('import templates (xlsx)', () => {
  it('has the columns the import reads, in Vietnamese, and a guide sheet', async () => {
    const answer = await download(app, '/exports/import-templates/cadres.xlsx', viewer);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain('mau-nhap-can-bo.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(answer.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Dữ liệu', 'Hướng dẫn']);
    expect(rowsOf(book.worksheets[0]!)[0]).toEqual(IMPORT_COLUMNS.CADRES.map((column) => column.label.vi));
  });

  it('answers 404 for an unknown kind and 401 signed out', async () => {
    expect((await download(app, '/exports/import-templates/nope.xlsx', viewer)).status).toBe(404);
    expect((await download(app, '/exports/import-templates/units.xlsx', null)).status).toBe(401);
  });
});
