import {
  viewExportTable,
  viewTableHeadings,
  viewTableLines,
  type AnalyticsView,
  type Locale,
  type ViewTableRow,
} from '@nvtt/shared';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';

/**
 * An analyst's view (the analysis page's address) as a file: the rows and measures the page shows,
 * shaped by the shared table functions, so the file and the screen cannot differ. Headings are in
 * the reader's language (Vietnamese unless asked otherwise); rates are fractions formatted as %.
 */
export interface AnalysisTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly body: ReadonlyArray<ReadonlyArray<string | number | null>>;
  readonly rateColumns: readonly number[];
}

const TITLE: Readonly<Record<Locale, (view: AnalyticsView) => string>> = {
  vi: (view) => `Phân tích so sánh — năm ${view.years.join(', ')}`,
  en: (view) => `Comparative analysis — ${view.years.join(', ')}`,
};

export function analysisTable(rows: readonly ViewTableRow[], view: AnalyticsView, locale: Locale): AnalysisTable {
  const lines = viewTableLines(rows, view, locale);
  const { header, body, rateColumns } = viewExportTable(lines, view, locale, viewTableHeadings(view, locale));
  return { title: TITLE[locale](view), header, body, rateColumns };
}

/** The file name (ASCII, as before on the page): the rows' dimension and the years. */
export function analysisFileName(view: AnalyticsView, extension: 'csv' | 'xlsx'): string {
  return `nvtt-${view.dimension.toLowerCase()}-${view.years.join('-')}.${extension}`;
}

/** Streams the table as an xlsx: header bold and frozen, rates as percentages. */
export async function writeAnalysisXlsx(table: AnalysisTable, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.creator = 'NVTT — Khánh Hòa';
  const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.header.map((_, index) => ({
    width: index === 0 ? 40 : 18,
    style: table.rateColumns.includes(index) ? { numFmt: '0.0%' } : {},
  }));
  const header = sheet.addRow([...table.header]);
  header.font = { bold: true };
  header.commit();
  for (const line of table.body) sheet.addRow([...line]).commit();
  sheet.commit();
  await workbook.commit();
}

/**
 * One CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break. A name that a
 * spreadsheet would run as a formula (=, +, -, @) is kept as text with a leading apostrophe.
 */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV text, with a byte-order mark so that Excel reads the UTF-8 Vietnamese letters. */
export function analysisCsv(table: AnalysisTable): string {
  const lines = [table.header, ...table.body].map((line) => line.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
