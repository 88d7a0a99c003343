import ExcelJS from 'exceljs';
import type { ImportApplyResult, ImportPreview, ImportRowError } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../src/auth/actor.js';

export interface ImportErrorBody {
  readonly error: { code: string; message: string; messageEn: string; errors?: ImportRowError[] };
}

export type Kind = 'units' | 'cadres' | 'tasks';

/** Ban Tổ chức, as the import route sees it (any unit in the consolidator role). */
export const BTC: Actor = {
  userId: 'btc-import',
  label: 'Chuyên viên Ban Tổ chức (kiểm thử nhập liệu)',
  cadreId: null,
  memberships: [{ unitId: -1, role: 'CONSOLIDATOR' }],
};

async function post(
  url: string,
  body: Buffer | string,
  actor: Actor | null,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      ...(actor ? { 'x-test-actor': Buffer.from(JSON.stringify(actor)).toString('base64url') } : {}),
    },
    body: new Uint8Array(typeof body === 'string' ? Buffer.from(body, 'utf8') : body),
  });
  return { status: response.status, body: await response.json() };
}

export async function preview(
  baseUrl: string,
  kind: Kind,
  file: Buffer | string,
  actor: Actor | null = BTC,
  name = `${kind}.xlsx`,
): Promise<{ status: number; body: ImportPreview & ImportErrorBody }> {
  const answer = await post(`${baseUrl}/api/import/${kind}/preview?name=${encodeURIComponent(name)}`, file, actor);
  return answer as { status: number; body: ImportPreview & ImportErrorBody };
}

export async function apply(
  baseUrl: string,
  kind: Kind,
  file: Buffer | string,
  token: string,
  actor: Actor | null = BTC,
): Promise<{ status: number; body: ImportApplyResult & ImportErrorBody }> {
  const answer = await post(`${baseUrl}/api/import/${kind}/apply?token=${token}`, file, actor);
  return answer as { status: number; body: ImportApplyResult & ImportErrorBody };
}

/** A workbook with one sheet: a header row, then the rows. */
export async function workbook(
  headers: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
  sheetName = 'Dữ liệu',
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row] as ExcelJS.CellValue[]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Row counts and the newest ids of what an import may write: equal fingerprints, nothing written. */
export async function fingerprint(db: DataSource): Promise<Record<string, string>> {
  const [row] = await db.query(`
    SELECT (SELECT count(*) FROM org_unit)::text AS units, (SELECT max(id) FROM org_unit)::text AS unit_max,
           (SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM org_unit u) AS units_md5,
           (SELECT count(*) FROM cadre)::text AS cadres, (SELECT md5(string_agg(c::text, '|' ORDER BY id)) FROM cadre c) AS cadres_md5,
           (SELECT count(*) FROM position)::text AS positions,
           (SELECT md5(string_agg(p::text, '|' ORDER BY id)) FROM position p) AS positions_md5,
           (SELECT count(*) FROM key_task)::text AS tasks, (SELECT count(*) FROM output_product)::text AS outputs,
           (SELECT count(*) FROM alignment)::text AS alignments,
           (SELECT count(*) FROM audit_event)::text AS audit`);
  return row;
}
