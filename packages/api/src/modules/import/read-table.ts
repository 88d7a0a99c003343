import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { IMPORT_LIMITS, importColumnOfHeader, normalizeText, type ImportKind } from '@nvtt/shared';

/**
 * Turns an uploaded file (xlsx, CSV, or for units the province's JSON list) into rows of cells
 * keyed by column, with the row numbers people see in their spreadsheet. Formulas are never
 * evaluated: a formula cell gives the value Excel cached when the file was saved.
 */

/** A formula cell saved without a cached value (e.g. written by a tool that does not compute). */
export interface UncomputedFormula {
  readonly formula: string;
}

export type CellValue = string | number | boolean | Date | UncomputedFormula | null;

export interface TableRow {
  /** As the spreadsheet shows it (header = its row; CSV record n = row n; JSON entry n = n). */
  readonly row: number;
  readonly cells: ReadonlyMap<string, CellValue>;
}

export interface Table {
  readonly sheet: string;
  /** Column key → the header as written in the file. */
  readonly headers: ReadonlyMap<string, string>;
  readonly rows: readonly TableRow[];
}

/** The file as a whole cannot be read: nothing is previewed. */
export class ImportFileError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const XLS_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function tooManyRows(): never {
  const max = IMPORT_LIMITS.maxRows;
  throw new ImportFileError(
    `Tệp có quá nhiều dòng: tối đa ${max} dòng dữ liệu mỗi lần nhập; hãy chia nhỏ tệp.`,
    `Too many rows: at most ${max} data rows per import; split the file.`,
  );
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Finds the header row among the first rows: the one naming the most known columns. */
function tableFrom(kind: ImportKind, sheet: string, grid: ReadonlyArray<{ row: number; values: CellValue[] }>): Table {
  let best: { index: number; columns: Map<number, string>; headers: Map<string, string> } | null = null;
  grid.slice(0, IMPORT_LIMITS.maxHeaderSearchRows).forEach((line, index) => {
    const columns = new Map<number, string>();
    const headers = new Map<string, string>();
    line.values.forEach((value, position) => {
      if (typeof value !== 'string') return;
      const column = importColumnOfHeader(kind, value);
      if (column && !headers.has(column.key)) {
        columns.set(position, column.key);
        headers.set(column.key, normalizeText(value));
      }
    });
    if (columns.size > (best?.columns.size ?? 0)) best = { index, columns, headers };
  });
  const found = best as { index: number; columns: Map<number, string>; headers: Map<string, string> } | null;
  if (found === null) {
    throw new ImportFileError(
      'Không tìm thấy dòng tiêu đề: dùng tên cột như trong mẫu (xem docs/import.md).',
      'No header row found: use the column names of the template (see docs/import.md).',
    );
  }
  const rows: TableRow[] = [];
  for (const line of grid.slice(found.index + 1)) {
    const cells = new Map<string, CellValue>();
    for (const [position, key] of found.columns) cells.set(key, line.values[position] ?? null);
    if ([...cells.values()].every(isBlank)) continue;
    rows.push({ row: line.row, cells });
  }
  if (rows.length > IMPORT_LIMITS.maxRows) tooManyRows();
  return { sheet, headers: found.headers, rows };
}

/** A cell's value as stored: cached result of a formula, text of rich text and hyperlinks. */
function valueOfCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) {
      return { formula: String((value as ExcelJS.CellFormulaValue).formula ?? '') };
    }
    return typeof result === 'object' && !(result instanceof Date) ? null : result;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null;
  if ('error' in value) return null;
  return null;
}

/** Largest total an xlsx may unpack to (a small zip can expand enormously: a "zip bomb"). */
const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** Sum of the uncompressed sizes the zip's central directory declares; null when unreadable. */
export function declaredUnzippedBytes(bytes: Buffer): number | null {
  const searchFrom = Math.max(0, bytes.length - 65_557);
  let end = -1;
  for (let at = bytes.length - 22; at >= searchFrom; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const size = bytes.readUInt32LE(at + 24);
    // 0xFFFFFFFF means a ZIP64 size: more than this check allows anyway.
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

async function readXlsx(kind: ImportKind, bytes: Buffer): Promise<Table> {
  const unzipped = declaredUnzippedBytes(bytes);
  if (unzipped === null) {
    throw new ImportFileError('Không đọc được tệp Excel (.xlsx).', 'The Excel (.xlsx) file cannot be read.');
  }
  if (unzipped > MAX_UNZIPPED_BYTES) {
    throw new ImportFileError(
      'Tệp Excel giải nén ra quá lớn (trên 100 MB): hãy chia nhỏ tệp.',
      'The workbook unpacks to more than 100 MB: split the file.',
    );
  }
  // exceljs is loaded at the first .xlsx import, not with the API (about a second of its start-up).
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new ImportFileError('Không đọc được tệp Excel (.xlsx).', 'The Excel (.xlsx) file cannot be read.');
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('Tệp Excel không có trang tính nào.', 'The workbook has no worksheet.');
  if (sheet.actualRowCount > IMPORT_LIMITS.maxRows + IMPORT_LIMITS.maxHeaderSearchRows) tooManyRows();
  const grid: Array<{ row: number; values: CellValue[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      values[columnNumber - 1] = valueOfCell(cell.value);
    });
    grid.push({ row: rowNumber, values });
  });
  return tableFrom(kind, sheet.name, grid);
}

function readCsv(kind: ImportKind, bytes: Buffer): Table {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ImportFileError(
      'Tệp CSV phải mã hóa UTF-8 (trong Excel: Lưu thành “CSV UTF-8”).',
      'CSV files must be UTF-8 (in Excel: Save as “CSV UTF-8”).',
    );
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, dynamicTyping: false });
  if (parsed.data.length > IMPORT_LIMITS.maxRows + IMPORT_LIMITS.maxHeaderSearchRows + 1) tooManyRows();
  // Record n is what a spreadsheet shows as row n (a quoted cell may span lines but is one row).
  const grid = parsed.data.map((values, index) => ({ row: index + 1, values: values as CellValue[] }));
  return tableFrom(kind, 'CSV', grid);
}

/** The province's units file: `{ "units": [ { "code": …, "name": …, "roles": [...] } ] }`. */
function readUnitsJson(bytes: Buffer): Table {
  let raw: unknown;
  try {
    raw = JSON.parse(strictUtf8.decode(bytes));
  } catch {
    throw new ImportFileError('Tệp JSON không hợp lệ.', 'The JSON file is malformed.');
  }
  const entries = Array.isArray(raw) ? raw : (raw as { units?: unknown } | null)?.units;
  if (!Array.isArray(entries)) {
    throw new ImportFileError('Tệp JSON không có danh sách "units".', 'The JSON file has no "units" list.');
  }
  if (entries.length > IMPORT_LIMITS.maxRows) tooManyRows();
  const headers = new Map<string, string>();
  const rows = entries.map((entry: unknown, index): TableRow => {
    const cells = new Map<string, CellValue>();
    for (const [field, value] of Object.entries(typeof entry === 'object' && entry !== null ? entry : {})) {
      const column = importColumnOfHeader('UNITS', field);
      if (!column) continue;
      headers.set(column.key, field);
      const cell = Array.isArray(value) ? value.map(String).join(', ') : value;
      cells.set(
        column.key,
        typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' ? cell : null,
      );
    }
    return { row: index + 1, cells };
  });
  return { sheet: 'units', headers, rows };
}

/** Reads an uploaded file after checking its size; the type is told by the content, not the name. */
export async function readTable(kind: ImportKind, bytes: Buffer): Promise<Table> {
  if (bytes.length === 0) throw new ImportFileError('Tệp rỗng.', 'The file is empty.');
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    const megabytes = IMPORT_LIMITS.maxFileBytes / (1024 * 1024);
    throw new ImportFileError(
      `Tệp quá lớn: tối đa ${megabytes} MB.`,
      `The file is too large: at most ${megabytes} MB.`,
    );
  }
  if (bytes.subarray(0, 4).equals(XLSX_MAGIC)) return readXlsx(kind, bytes);
  if (bytes.subarray(0, 4).equals(XLS_MAGIC)) {
    throw new ImportFileError(
      'Định dạng Excel cũ (.xls) không được hỗ trợ: lưu lại thành .xlsx hoặc CSV UTF-8.',
      'Old Excel files (.xls) are not supported: save as .xlsx or CSV UTF-8.',
    );
  }
  const start = bytes
    .toString('utf8', 0, Math.min(bytes.length, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (kind === 'UNITS' && (start.startsWith('{') || start.startsWith('['))) return readUnitsJson(bytes);
  return readCsv(kind, bytes);
}
