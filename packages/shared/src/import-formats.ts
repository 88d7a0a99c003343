import type { Label, Vocabulary } from './label.js';
import { foldForSearch } from './text.js';

/**
 * The spreadsheet layouts Ban Tổ chức imports (docs/import.md): which columns each kind has, how
 * headers are recognised, and the size caps. The API parses with these; the dashboard shows them
 * and builds the downloadable templates from them, so both always describe the same format.
 */

export const IMPORT_KINDS = {
  UNITS: { vi: 'Cơ quan, đơn vị, địa phương', en: 'Organisation units' },
  CADRES: { vi: 'Cán bộ và chức vụ', en: 'Cadres and positions' },
  TASKS: { vi: 'Nhiệm vụ trọng tâm đã đăng ký', en: 'Registered key tasks' },
} as const satisfies Vocabulary<string>;
export type ImportKind = keyof typeof IMPORT_KINDS;

export const IMPORT_LIMITS = {
  /** Largest file accepted, in bytes. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Most data rows in one file (the province has a few hundred cadres, ~1,500 tasks a year). */
  maxRows: 5_000,
  /** Rows above the header that may hold a title (the header row is found among the first ones). */
  maxHeaderSearchRows: 10,
} as const;

export interface ImportColumn {
  /** Field key; also accepted as a header (the units file's JSON keys are these). */
  readonly key: string;
  /** Header as written in the template (Vietnamese), and in English. */
  readonly label: Label;
  readonly required: boolean;
  /** What goes in the cell. */
  readonly help: Label;
  readonly example: string;
}

function column(key: string, vi: string, en: string, required: boolean, help: Label, example: string): ImportColumn {
  return { key, label: { vi, en }, required, help, example };
}

const DATE_HELP: Label = {
  vi: 'Ngày dạng dd/mm/yyyy (hoặc yyyy-mm-dd, hoặc ô kiểu ngày của Excel).',
  en: 'A date as dd/mm/yyyy (or yyyy-mm-dd, or an Excel date cell).',
};

export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly ImportColumn[]>> = {
  UNITS: [
    column(
      'code',
      'Mã đơn vị',
      'Unit code',
      true,
      { vi: 'Chữ in hoa, số, "_" (khóa nhận diện).', en: 'Capitals, digits, "_" (the key).' },
      'SO_TC',
    ),
    column(
      'name',
      'Tên đơn vị',
      'Name',
      true,
      { vi: 'Tối đa 300 ký tự.', en: 'At most 300 characters.' },
      'Sở Tài chính',
    ),
    column(
      'kind',
      'Loại hình',
      'Kind',
      true,
      { vi: 'Mã hoặc tên loại hình (ORG_UNIT_KINDS).', en: 'Kind code or label.' },
      'DEPARTMENT',
    ),
    column(
      'parent',
      'Mã đơn vị cấp trên',
      'Parent code',
      false,
      { vi: 'Mã một đơn vị đã có hoặc có trong tệp.', en: 'Code of a unit in the database or the file.' },
      'UBND',
    ),
    column(
      'sector',
      'Khối',
      'Sector',
      true,
      { vi: 'Mã hoặc tên khối (SECTORS).', en: 'Sector code or label.' },
      'GOVERNMENT',
    ),
    column(
      'roles',
      'Vai trò',
      'Roles',
      false,
      { vi: 'FOCAL, ADVISORY, CONSOLIDATOR, DECIDER; cách nhau bởi dấu phẩy.', en: 'Comma-separated role codes.' },
      'FOCAL',
    ),
    column('validFrom', 'Hiệu lực từ', 'Valid from', false, DATE_HELP, '01/07/2025'),
    column('validTo', 'Hiệu lực đến', 'Valid to', false, DATE_HELP, ''),
    column(
      'abbreviation',
      'Tên viết tắt',
      'Abbreviation',
      false,
      { vi: 'Tối đa 30 ký tự.', en: 'At most 30 characters.' },
      'STC',
    ),
    column(
      'legacyDistrict',
      'Mã huyện cũ',
      'Former district code',
      false,
      { vi: 'Với xã, phường: mã huyện trước sắp xếp 2025.', en: 'For communes: the pre-2025 district.' },
      '',
    ),
  ],
  CADRES: [
    column(
      'cadreCode',
      'Mã cán bộ',
      'Cadre code',
      true,
      {
        vi: 'Mã hồ sơ cán bộ: chữ in hoa, số, "-", "_" (khóa nhận diện).',
        en: 'Staff code: capitals, digits, "-", "_" (the key).',
      },
      'CB-0001',
    ),
    column(
      'fullName',
      'Họ và tên',
      'Full name',
      true,
      { vi: 'Tối đa 120 ký tự.', en: 'At most 120 characters.' },
      'Nguyễn Văn An',
    ),
    column('birthYear', 'Năm sinh', 'Birth year', false, { vi: 'Từ 1940 đến 2010.', en: '1940 to 2010.' }, '1972'),
    column(
      'unitCode',
      'Mã đơn vị',
      'Unit code',
      true,
      { vi: 'Mã đơn vị công tác (đã có trong hệ thống).', en: 'Code of the unit (already in the system).' },
      'SO_TC',
    ),
    column(
      'title',
      'Chức vụ',
      'Position',
      true,
      { vi: 'Tối đa 200 ký tự.', en: 'At most 200 characters.' },
      'Giám đốc',
    ),
    column(
      'subjectGroup',
      'Nhóm đối tượng',
      'Subject group',
      true,
      { vi: 'Mã hoặc tên nhóm đối tượng (SUBJECT_GROUPS).', en: 'Subject group code or label.' },
      'DEPARTMENT_DIRECTOR',
    ),
    column('startsOn', 'Ngày bắt đầu', 'Starts on', true, DATE_HELP, '01/07/2025'),
    column('endsOn', 'Ngày kết thúc', 'Ends on', false, DATE_HELP, ''),
    column(
      'rotated',
      'Luân chuyển',
      'Rotated',
      false,
      { vi: '"có"/"không" (để trống: không).', en: '"yes"/"no" (blank: no).' },
      'không',
    ),
  ],
  TASKS: [
    column(
      'cadreCode',
      'Mã cán bộ',
      'Cadre code',
      true,
      { vi: 'Mã cán bộ đã có trong hệ thống.', en: 'Code of a cadre already in the system.' },
      'CB-0001',
    ),
    column('year', 'Năm', 'Year', true, { vi: 'Năm của kỳ giao nhiệm vụ.', en: 'The cycle’s year.' }, '2027'),
    column(
      'ordinal',
      'Số thứ tự nhiệm vụ',
      'Task number',
      true,
      { vi: 'Nhiệm vụ thứ mấy của cán bộ trong năm (1, 2, 3…).', en: 'The task’s number for the cadre that year.' },
      '1',
    ),
    column(
      'title',
      'Tên nhiệm vụ',
      'Title',
      true,
      { vi: 'Tối đa 300 ký tự.', en: 'At most 300 characters.' },
      'Hoàn thành quy hoạch chung đô thị Cam Lâm',
    ),
    column(
      'description',
      'Mô tả',
      'Description',
      false,
      { vi: 'Tối đa 5000 ký tự.', en: 'At most 5000 characters.' },
      '',
    ),
    column(
      'spillOverNote',
      'Tính lan tỏa',
      'Spill-over',
      false,
      { vi: 'Tối đa 2000 ký tự.', en: 'At most 2000 characters.' },
      '',
    ),
    column('startsOn', 'Ngày bắt đầu', 'Starts on', false, DATE_HELP, '01/01/2027'),
    column('endsOn', 'Ngày kết thúc', 'Ends on', false, DATE_HELP, '31/12/2027'),
    column(
      'multiYear',
      'Nhiều năm',
      'Multi-year',
      false,
      { vi: '"có"/"không" (để trống: không).', en: '"yes"/"no" (blank: no).' },
      'không',
    ),
    column(
      'alignments',
      'Căn cứ, định hướng',
      'Alignments',
      false,
      {
        vi: 'NGUỒN[:LĨNH_VỰC][ (trích dẫn)], cách nhau bởi ";".',
        en: 'SOURCE[:AREA][ (reference)], separated by ";".',
      },
      'NQ09_TW_2022:TOURISM_SERVICES; NQ55_QH15_2022',
    ),
    column(
      'unitCode',
      'Mã đơn vị',
      'Unit code',
      false,
      { vi: 'Chức vụ ở đơn vị nào (để trống: chức vụ hiện tại).', en: 'Which post (blank: the current one).' },
      '',
    ),
    column(
      'outputName',
      'Sản phẩm đầu ra',
      'Output',
      false,
      {
        vi: 'Mỗi dòng một sản phẩm; các dòng cùng cán bộ, năm, số thứ tự là một nhiệm vụ.',
        en: 'One output per row; rows with the same cadre, year and number form one task.',
      },
      'Quyết định phê duyệt quy hoạch',
    ),
    column(
      'outputUnit',
      'Đơn vị tính',
      'Output unit',
      false,
      { vi: 'Tối đa 50 ký tự.', en: 'At most 50 characters.' },
      'quyết định',
    ),
    column('outputTarget', 'Chỉ tiêu', 'Target', false, { vi: 'Số không âm.', en: 'A non-negative number.' }, '1'),
    column('outputDueOn', 'Thời hạn', 'Due on', false, DATE_HELP, '30/09/2027'),
  ],
};

/** The column a header names (Vietnamese or English label or key; case and diacritics ignored), or null. */
export function importColumnOfHeader(kind: ImportKind, header: string): ImportColumn | null {
  const folded = foldForSearch(header);
  if (folded === '') return null;
  return (
    IMPORT_COLUMNS[kind].find(
      (candidate) =>
        foldForSearch(candidate.label.vi) === folded ||
        foldForSearch(candidate.label.en) === folded ||
        candidate.key.toLowerCase() === folded,
    ) ?? null
  );
}

/** The outcome of one row, or of one entity, in a preview. */
export const IMPORT_ACTIONS = {
  CREATE: { vi: 'Thêm mới', en: 'Create' },
  UPDATE: { vi: 'Cập nhật', en: 'Update' },
  UNCHANGED: { vi: 'Không đổi', en: 'Unchanged' },
  ERROR: { vi: 'Lỗi', en: 'Error' },
} as const satisfies Vocabulary<string>;
export type ImportAction = keyof typeof IMPORT_ACTIONS;

export const IMPORT_ENTITIES = {
  OrgUnit: { vi: 'Đơn vị', en: 'Units' },
  Cadre: { vi: 'Cán bộ', en: 'Cadres' },
  Position: { vi: 'Chức vụ', en: 'Positions' },
  KeyTask: { vi: 'Nhiệm vụ', en: 'Tasks' },
} as const satisfies Vocabulary<string>;
export type ImportEntity = keyof typeof IMPORT_ENTITIES;

/** One problem of one row: the spreadsheet's row number, the column's header, the reason. */
export interface ImportRowError {
  readonly row: number;
  /** The column's key, or null when the problem is the row as a whole. */
  readonly column: string | null;
  /** The header as written in the file (or the template's Vietnamese header). */
  readonly header: string | null;
  readonly message: string;
  readonly messageEn: string;
}

export interface ImportEntityCounts {
  readonly entity: ImportEntity;
  readonly create: number;
  readonly update: number;
  readonly unchanged: number;
}

export interface ImportRowOutcome {
  readonly row: number;
  /** The natural key, e.g. "SO_TC", "CB-0001", "CB-0001/2027/1". */
  readonly key: string;
  readonly action: ImportAction;
  /** Fields that differ from what is stored (for updates). */
  readonly changes: readonly string[];
}

/** What the preview answers: nothing has been written. */
export interface ImportPreview {
  readonly kind: ImportKind;
  readonly fileName: string;
  readonly sheet: string;
  readonly dataRows: number;
  /** Pass back to apply: it binds the apply to this file and to this exact plan. */
  readonly token: string;
  readonly counts: readonly ImportEntityCounts[];
  readonly rows: readonly ImportRowOutcome[];
  readonly errors: readonly ImportRowError[];
  /** No errors and something to change. */
  readonly canApply: boolean;
}

export interface ImportApplyResult {
  readonly kind: ImportKind;
  readonly counts: readonly ImportEntityCounts[];
  readonly auditRows: number;
}
