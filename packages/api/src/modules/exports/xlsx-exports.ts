import { KEY_TASK_STATES, isCodeOf, type AnalyticsDimension } from '@nvtt/shared';
import ExcelJS from 'exceljs';
import type { ComparisonRow } from '../analytics/analytics.service.js';
import type { ConsolidatedRow } from './consolidated-list.service.js';
import { dimensionLabel, dimensionValueLabel, vnDate } from './labels.js';

const APPRAISAL_VERDICTS: Readonly<Record<string, string>> = {
  ACCEPTED: 'Đồng ý (đạt yêu cầu)',
  RETURNED: 'Trả lại để hoàn thiện',
};
const DECISION_RESULTS: Readonly<Record<string, string>> = { ASSIGNED: 'Giao', REJECTED: 'Không giao' };

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'NVTT — Khánh Hòa';
  return workbook;
}

/** A title line, a subtitle, then the header row (bold, frozen, filtered). Returns the header's row number. */
function head(sheet: ExcelJS.Worksheet, title: string, subtitle: string, headers: readonly string[]): number {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([subtitle]).font = { italic: true };
  const header = sheet.addRow([...headers]);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: headers.length } };
  return header.number;
}

function rate(count: number, of: number): number | null {
  return of === 0 ? null : count / of;
}

export interface ComparisonExport {
  readonly cycleYears: readonly number[];
  readonly dimension: AnalyticsDimension;
  readonly by: AnalyticsDimension | null;
  readonly rows: readonly ComparisonRow[];
  readonly generatedOn: string;
}

/** The comparison as a table: one row per cycle and dimension value (and second value in a matrix). */
export async function comparisonWorkbook(input: ComparisonExport): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('So sánh');
  const dimensions = [dimensionLabel(input.dimension), ...(input.by ? [dimensionLabel(input.by)] : [])];
  const headers = [
    'Năm',
    ...dimensions,
    'Số cán bộ',
    'Số nhiệm vụ',
    'Đã đăng ký',
    'Đăng ký đúng hạn',
    'Được giao',
    'Được đánh giá',
    'Hoàn thành',
    'Hoàn thành đúng hạn',
    'Hoàn thành chậm',
    'Vượt mức',
    'Hoàn thành một phần',
    'Không hoàn thành',
    'Miễn trừ',
    'Tỷ lệ hoàn thành',
    'Tỷ lệ đúng hạn',
    'Mốc đến hạn',
    'Mốc đúng hạn',
  ];
  head(
    sheet,
    `So sánh kết quả thực hiện nhiệm vụ trọng tâm theo ${dimensions.join(' × ').toLowerCase()}`,
    `Năm: ${input.cycleYears.join(', ')} — số liệu đến ngày ${vnDate(input.generatedOn)}`,
    headers,
  );
  for (const row of input.rows) {
    const added = sheet.addRow([
      row.cycleYear,
      dimensionValueLabel(input.dimension, row.label),
      ...(input.by ? [dimensionValueLabel(input.by, row.label2 ?? '')] : []),
      row.cadres,
      row.tasks,
      row.registered,
      row.registeredOnTime,
      row.assigned,
      row.assessable,
      row.completed,
      row.onTime,
      row.late,
      row.exceeded,
      row.partial,
      row.notCompleted,
      row.exempt,
      rate(row.completed, row.assessable),
      rate(row.onTime, row.assessable),
      row.milestonesDue,
      row.milestonesOnTime,
    ]);
    const firstRate = headers.indexOf('Tỷ lệ hoàn thành') + 1;
    added.getCell(firstRate).numFmt = '0.0%';
    added.getCell(firstRate + 1).numFmt = '0.0%';
  }
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 8 : index <= dimensions.length ? 36 : 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function stateLabel(state: string): string {
  return isCodeOf(KEY_TASK_STATES, state) ? KEY_TASK_STATES[state].vi : state;
}

function outputsText(row: ConsolidatedRow): string {
  return row.outputs
    .map((output) => {
      const target =
        output.target === null
          ? ''
          : `: ${Number(output.target).toLocaleString('vi-VN')}${output.unit ? ` ${output.unit}` : ''}`;
      const due = output.dueOn ? ` (hạn ${vnDate(output.dueOn)})` : '';
      return `${output.ordinal}. ${output.name}${target}${due}`;
    })
    .join('\n');
}

/** The consolidated list (danh sách tổng hợp) Ban Tổ chức submits to the Standing Committee: one row per task. */
export async function consolidatedWorkbook(
  cycleYear: number,
  rows: readonly ConsolidatedRow[],
  generatedOn: string,
): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(`Tổng hợp ${cycleYear}`);
  const headers = [
    'STT',
    'Cán bộ',
    'Đơn vị',
    'Chức vụ',
    'Nhiệm vụ số',
    'Tên nhiệm vụ trọng tâm',
    'Sản phẩm đầu ra',
    'Bắt đầu',
    'Hoàn thành',
    'Cơ quan đầu mối',
    'Ý kiến thẩm định của cơ quan đầu mối',
    'Nội dung thẩm định',
    'Số ý kiến tham gia',
    'Đồng ý',
    'Đồng ý, có góp ý',
    'Không đồng ý',
    'Trạng thái',
    'Quyết định giao',
  ];
  head(
    sheet,
    `Danh sách tổng hợp nhiệm vụ trọng tâm năm ${cycleYear}`,
    `Ban Tổ chức Tỉnh ủy trình Ban Thường vụ Tỉnh ủy — lập ngày ${vnDate(generatedOn)}`,
    headers,
  );
  rows.forEach((row, index) => {
    const added = sheet.addRow([
      index + 1,
      row.cadreName,
      row.unitName,
      row.positionTitle,
      row.ordinal,
      row.title,
      outputsText(row),
      vnDate(row.startsOn),
      vnDate(row.endsOn),
      row.focalAgency,
      row.appraisalVerdict ? (APPRAISAL_VERDICTS[row.appraisalVerdict] ?? row.appraisalVerdict) : 'Chưa thẩm định',
      row.appraisalComment ?? '',
      row.opinions,
      row.opinionsAgree,
      row.opinionsWithComments,
      row.opinionsDisagree,
      stateLabel(row.state),
      row.decisionNumber
        ? `${DECISION_RESULTS[row.decisionResult ?? ''] ?? ''} — ${row.decisionNumber}`.replace(/^ — /, '')
        : '',
    ]);
    added.alignment = { vertical: 'top', wrapText: true };
  });
  const widths = [6, 26, 30, 30, 8, 48, 48, 12, 12, 30, 22, 36, 10, 8, 10, 10, 22, 20];
  sheet.columns.forEach((column, index) => {
    column.width = widths[index] ?? 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
