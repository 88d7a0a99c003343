import {
  IMPORT_COLUMNS,
  foldForSearch,
  isLocalDate,
  normalizeText,
  parseDisplayDate,
  type ImportKind,
  type ImportRowError,
  type LocalDate,
  type Vocabulary,
} from '@nvtt/shared';
import type { CellValue, Table, TableRow, UncomputedFormula } from './read-table.js';

/** Excel's day 0 (serial dates count days from 30-12-1899). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;
const YES = new Set(['co', 'x', 'yes', 'true', '1', 'y']);
const NO = new Set(['khong', 'no', 'false', '0', 'n']);

function isFormula(value: CellValue): value is UncomputedFormula {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** A date cell as the calendar date shown: exceljs gives dates as UTC midnight of that day. */
function dateOfCell(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}

/** Sink of the per-row errors of one import, in the order found. */
export class ErrorSink {
  readonly errors: ImportRowError[] = [];

  constructor(
    private readonly kind: ImportKind,
    private readonly table: Table,
  ) {}

  headerOf(column: string): string {
    return (
      this.table.headers.get(column) ??
      IMPORT_COLUMNS[this.kind].find((candidate) => candidate.key === column)?.label.vi ??
      column
    );
  }

  add(row: number, column: string | null, vi: string, en: string): void {
    this.errors.push({
      row,
      column,
      header: column === null ? null : this.headerOf(column),
      message: vi,
      messageEn: en,
    });
  }

  rowsWithErrors(): ReadonlySet<number> {
    return new Set(this.errors.map((error) => error.row));
  }
}

/** Reads one row's cells as typed values, reporting each problem once with its column. */
export class RowReader {
  private failures = 0;

  constructor(
    readonly source: TableRow,
    private readonly sink: ErrorSink,
  ) {}

  get row(): number {
    return this.source.row;
  }

  get failed(): boolean {
    return this.failures > 0;
  }

  fail(column: string | null, vi: string, en: string): void {
    this.failures++;
    this.sink.add(this.row, column, vi, en);
  }

  has(column: string): boolean {
    return this.raw(column) !== null;
  }

  /** The cell, or null when blank; a formula without a cached value is reported. */
  private raw(column: string): Exclude<CellValue, UncomputedFormula> | null {
    const value = this.source.cells.get(column) ?? null;
    if (isFormula(value)) {
      this.fail(
        column,
        'Ô chứa công thức chưa có giá trị tính sẵn: mở tệp bằng Excel và lưu lại (hệ thống không tính công thức).',
        'The cell holds a formula without a saved value: open and save the file in Excel (formulas are not evaluated).',
      );
      return null;
    }
    if (typeof value === 'string' && normalizeText(value) === '') return null;
    return value;
  }

  private missing(column: string, required: boolean): null {
    if (required) {
      const header = this.sink.headerOf(column);
      this.fail(column, `Thiếu ${header}.`, `${header} is missing.`);
    }
    return null;
  }

  /** Text in NFC, trimmed; null when blank. */
  text(column: string, options: { required?: boolean; max?: number } = {}): string | null {
    const value = this.raw(column);
    if (value === null) return this.missing(column, options.required ?? false);
    const text = normalizeText(value instanceof Date ? dateOfCell(value) : String(value));
    if (options.max !== undefined && text.length > options.max) {
      this.fail(
        column,
        `Không quá ${options.max} ký tự (có ${text.length}).`,
        `At most ${options.max} characters (${text.length} given).`,
      );
      return null;
    }
    return text;
  }

  /** An identifier: upper-cased, checked against its pattern. */
  code(column: string, pattern: RegExp, required: boolean): string | null {
    const text = this.text(column, { required });
    if (text === null) return null;
    const code = text.toUpperCase();
    if (!pattern.test(code)) {
      this.fail(column, `Mã “${text}” không hợp lệ.`, `Code “${text}” is malformed.`);
      return null;
    }
    return code;
  }

  /** dd/mm/yyyy, yyyy-mm-dd, an Excel date cell or an Excel serial day number. */
  date(column: string, required = false): LocalDate | null {
    const value = this.raw(column);
    if (value === null) return this.missing(column, required);
    let date: LocalDate | null = null;
    if (value instanceof Date) date = Number.isNaN(value.getTime()) ? null : dateOfCell(value);
    else if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2_958_466) {
      date = new Date(EXCEL_EPOCH_MS + value * DAY_MS).toISOString().slice(0, 10);
    } else if (typeof value === 'string') {
      const iso = ISO_DATE.exec(value);
      date = iso
        ? isLocalDate(`${iso[1]}-${iso[2]}-${iso[3]}`)
          ? `${iso[1]}-${iso[2]}-${iso[3]}`
          : null
        : parseDisplayDate(value);
    }
    if (date === null) {
      this.fail(
        column,
        `“${String(value)}” không phải ngày hợp lệ (dd/mm/yyyy).`,
        `“${String(value)}” is not a valid date (dd/mm/yyyy).`,
      );
    }
    return date;
  }

  /** A whole number within bounds. */
  integer(column: string, min: number, max: number, required = false): number | null {
    const value = this.raw(column);
    if (value === null) return this.missing(column, required);
    const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
    if (!Number.isInteger(number) || number < min || number > max) {
      this.fail(
        column,
        `“${String(value)}” phải là số nguyên từ ${min} đến ${max}.`,
        `“${String(value)}” must be a whole number from ${min} to ${max}.`,
      );
      return null;
    }
    return number;
  }

  /**
   * A number as typed: "1.5" or "1,5" (Vietnamese decimal comma); range is the shared schema's
   * business. Returns undefined when unreadable (reported), null when blank.
   */
  number(column: string): number | null | undefined {
    const value = this.raw(column);
    if (value === null) return null;
    if (typeof value === 'number') return value;
    const text = String(value).trim().replace(/\s/g, '');
    const number = /^-?\d+(,\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number(text);
    if (text === '' || !Number.isFinite(number)) {
      this.fail(column, `“${String(value)}” không phải là số.`, `“${String(value)}” is not a number.`);
      return undefined;
    }
    return number;
  }

  /** có/không, yes/no, x, true/false, 1/0; blank is "no". */
  flag(column: string): boolean {
    const value = this.raw(column);
    if (value === null) return false;
    if (typeof value === 'boolean') return value;
    const folded = foldForSearch(String(value));
    if (YES.has(folded)) return true;
    if (NO.has(folded)) return false;
    this.fail(column, `“${String(value)}” phải là “có” hoặc “không”.`, `“${String(value)}” must be “yes” or “no”.`);
    return false;
  }

  /** A code of a vocabulary, written as its code or as its Vietnamese or English label. */
  oneOf<Code extends string>(column: string, vocabulary: Vocabulary<Code>, required: boolean): Code | null {
    const text = this.text(column, { required });
    return text === null ? null : this.codeOf(column, vocabulary, text);
  }

  /** Several codes of a vocabulary, separated by commas, semicolons or line breaks. */
  manyOf<Code extends string>(column: string, vocabulary: Vocabulary<Code>): Code[] | null {
    const text = this.text(column);
    if (text === null) return [];
    const codes = text
      .split(/[,;\n]/)
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => this.codeOf(column, vocabulary, part));
    return codes.some((code) => code === null) ? null : [...new Set(codes as Code[])];
  }

  private codeOf<Code extends string>(column: string, vocabulary: Vocabulary<Code>, text: string): Code | null {
    const folded = foldForSearch(text);
    const found = (Object.keys(vocabulary) as Code[]).find(
      (code) =>
        code.toLowerCase() === folded ||
        foldForSearch(vocabulary[code].vi) === folded ||
        foldForSearch(vocabulary[code].en) === folded,
    );
    if (found === undefined) {
      this.fail(column, `“${text}” không có trong danh mục.`, `“${text}” is not a known value.`);
      return null;
    }
    return found;
  }
}
