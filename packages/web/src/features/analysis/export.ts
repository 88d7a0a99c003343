/** Downloads a table as CSV or xlsx; the libraries load only when the user exports. */
export async function downloadCsv(fileName: string, header: string[], body: Array<Array<string | number | null>>) {
  const { unparse } = await import('papaparse');
  // A byte-order mark lets Excel open the UTF-8 file with its Vietnamese letters intact.
  const csv = '\uFEFF' + unparse({ fields: header, data: body });
  save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

export async function downloadXlsx(
  fileName: string,
  sheetName: string,
  header: string[],
  body: Array<Array<string | number | null>>,
  rateColumns: readonly number[],
) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'NVTT';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const line of body) sheet.addRow(line);
  for (const column of rateColumns) sheet.getColumn(column + 1).numFmt = '0.0%';
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 40 : 18;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  save(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    `${fileName}.xlsx`,
  );
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
