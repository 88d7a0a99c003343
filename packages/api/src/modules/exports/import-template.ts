import { IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind, type Locale } from '@nvtt/shared';
import ExcelJS from 'exceljs';

// Written by the API (`/exports/import-templates/<kind>.xlsx`), so the dashboard carries no spreadsheet library.
export const IMPORT_TEMPLATE_FILE_NAMES: Readonly<Record<ImportKind, string>> = {
  UNITS: 'mau-nhap-don-vi.xlsx',
  CADRES: 'mau-nhap-can-bo.xlsx',
  TASKS: 'mau-nhap-nhiem-vu.xlsx',
};

/**
 * The template of a kind as an xlsx: the data sheet (headers in Vietnamese, one example row)
 * and a guide sheet with each column's meaning. Built from the same column list the API reads.
 */
export async function importTemplateWorkbook(kind: ImportKind, locale: Locale): Promise<Buffer> {
  const columns = IMPORT_COLUMNS[kind];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'NVTT';
  const data = workbook.addWorksheet(locale === 'en' ? 'Data' : 'Dữ liệu');
  data.addRow(columns.map((column) => column.label.vi)).font = { bold: true };
  data.addRow(columns.map((column) => column.example));
  data.columns.forEach((column) => {
    column.width = 22;
  });
  data.views = [{ state: 'frozen', ySplit: 1 }];
  const guide = workbook.addWorksheet(locale === 'en' ? 'Guide' : 'Hướng dẫn');
  guide.addRow([IMPORT_KINDS[kind][locale]]).font = { bold: true };
  guide.addRow(
    locale === 'en' ? ['Column', 'Required', 'Content', 'Example'] : ['Cột', 'Bắt buộc', 'Nội dung', 'Ví dụ'],
  ).font = { bold: true };
  for (const column of columns) {
    guide.addRow([
      column.label.vi,
      column.required ? (locale === 'en' ? 'yes' : 'có') : '',
      column.help[locale],
      column.example,
    ]);
  }
  guide.columns.forEach((column, index) => {
    column.width = index === 2 ? 70 : 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
