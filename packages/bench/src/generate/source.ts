import {
  CYCLE_STAGES,
  DEFAULT_CYCLE_RULES,
  DEFAULT_RATING_SCHEME_CODE,
  RATING_SCHEMES,
  codesOf,
  defaultCycleDeadlines,
  foldForSearch,
  isWithinValidity,
  type SubjectGroup,
} from '@nvtt/shared';
import { CATALOG, type PostFamily } from '@nvtt/api/dist/db/seed/demo/catalog.js';
import { REGISTRATION_OPINIONS, descriptionOf } from '@nvtt/api/dist/db/seed/demo/task-content.js';
import { parseUnitList, type UnitRecord } from '@nvtt/api/dist/db/seed/reference-units.js';

/**
 * Everything the SQL generator reads besides the tier: cycles, units, task templates and names,
 * prepared here (with their search folding) and passed to PostgreSQL as JSON parameters.
 */

export const YEARS = [2022, 2023, 2024, 2025, 2026] as const;
export const FIRST_YEAR = YEARS[0];
/** The day the data describes (as the demo's): late November 2026, 2026 tasks under way. */
export const BENCH_TODAY = '2026-11-27';
/** Bump when the generated data changes shape: a stored database with another version is rebuilt. */
export const GENERATOR_VERSION = 3;

// Invented people: common Vietnamese family, middle and given names, with diacritics.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const FAMILY_RARE = ['Dương', 'Lý', 'Đinh', 'Trương', 'Lưu', 'Mai', 'Tô', 'Hà', 'Châu', 'Từ', 'Kiều', 'Thái'];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Minh', 'Quốc', 'Đức', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Trọng', 'Anh', 'Tấn'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Hồng', 'Phương', 'Bích', 'Diệu'];
const GIVEN_MALE = [
  'An',
  'Bảo',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hùng',
  'Khang',
  'Khoa',
  'Lâm',
  'Long',
  'Lộc',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quang',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Thịnh',
  'Toàn',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
];
const GIVEN_FEMALE = [
  'Anh',
  'Châu',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Hương',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phượng',
  'Quyên',
  'Tâm',
  'Thảo',
  'Thủy',
  'Trang',
  'Vân',
  'Yến',
];

export interface NamePart {
  readonly vi: string[];
  readonly folded: string[];
}

function part(words: readonly string[]): NamePart {
  return { vi: [...words], folded: words.map(foldForSearch) };
}

/** Family names: the common ones first, so that a skewed pick makes them frequent. */
export const NAMES = {
  family: part([...FAMILY, ...FAMILY_RARE]),
  familyCommon: FAMILY.length,
  middleMale: part(MIDDLE_MALE),
  middleFemale: part(MIDDLE_FEMALE),
  givenMale: part(GIVEN_MALE),
  givenFemale: part(GIVEN_FEMALE),
};

/** A commune-level unit with its former district, and how its leaders' posts are titled. */
export interface CommuneRow {
  readonly code: string;
  readonly district: string;
  readonly secretaryOld: string;
  readonly chairOld: string;
  readonly secretaryNew: string;
  readonly chairNew: string;
  readonly nameFolded: string;
  readonly districtFolded: string;
  readonly name: string;
  readonly districtName: string;
  /** Former Ninh Thuận districts complete less (the skew the comparisons should show). */
  readonly bias: number;
}

/** A provincial body whose leaders hold one post through the whole period. */
export interface ProvincialRow {
  readonly code: string;
  readonly name: string;
  readonly nameFolded: string;
  readonly title: string;
  readonly family: PostFamily;
  readonly groups: SubjectGroup[];
  readonly bias: number;
}

const bare = (name: string) => name.replace(/\s*\(.*\)$/, '');
const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function districtCommittee(name: string): string {
  const plain = bare(name);
  if (plain.startsWith('Thành phố ')) return `Thành ủy ${plain.slice('Thành phố '.length)}`;
  if (plain.startsWith('Thị xã ')) return `Thị ủy ${plain.slice('Thị xã '.length)}`;
  return `Huyện ủy ${plain.slice('Huyện '.length)}`;
}

/** Per-district skew: a fixed spread so that localities differ visibly and reproducibly. */
function districtBias(district: UnitRecord, index: number): number {
  const ninhThuan = district.name.includes('Ninh Thuận') ? -0.1 : 0;
  return ninhThuan + (((index * 37) % 11) - 5) * 0.012;
}

export function communes(units: readonly UnitRecord[]): CommuneRow[] {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const districts = units.filter((unit) => unit.kind === 'DISTRICT');
  return units
    .filter((unit) => ['COMMUNE', 'WARD', 'SPECIAL_ZONE'].includes(unit.kind) && unit.legacyDistrict !== null)
    .map((unit) => {
      const district = byCode.get(unit.legacyDistrict!)!;
      const name = bare(district.name);
      return {
        code: unit.code,
        district: district.code,
        secretaryOld: `Bí thư ${districtCommittee(district.name)}`,
        chairOld: `Chủ tịch UBND ${lowerFirst(name)}`,
        secretaryNew: `Bí thư Đảng ủy ${lowerFirst(unit.name)}`,
        chairNew: `Chủ tịch UBND ${lowerFirst(unit.name)}`,
        name: unit.name,
        nameFolded: foldForSearch(unit.name),
        districtName: name,
        districtFolded: foldForSearch(name),
        bias: districtBias(district, districts.indexOf(district)),
      };
    });
}

const PROVINCIAL: ReadonlyArray<{ code: string; title: string; family: PostFamily; groups: SubjectGroup[] }> = [
  {
    code: 'BTCTU',
    title: 'Phó Trưởng Ban Tổ chức Tỉnh ủy',
    family: 'PARTY_BODY',
    groups: ['PROVINCIAL_COMMITTEE_MEMBER'],
  },
  {
    code: 'UBKTTU',
    title: 'Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
    family: 'PARTY_BODY',
    groups: ['PROVINCIAL_AGENCY_HEAD'],
  },
  {
    code: 'BNCTU',
    title: 'Phó Trưởng Ban Nội chính Tỉnh ủy',
    family: 'PARTY_BODY',
    groups: ['PROVINCIAL_AGENCY_HEAD'],
  },
  { code: 'VPTU', title: 'Phó Chánh Văn phòng Tỉnh ủy', family: 'PARTY_BODY', groups: ['PROVINCIAL_AGENCY_HEAD'] },
  {
    code: 'TCT',
    title: 'Phó Hiệu trưởng Trường Chính trị tỉnh',
    family: 'PARTY_BODY',
    groups: ['PROVINCIAL_AGENCY_HEAD'],
  },
  { code: 'DU_CA', title: 'Phó Bí thư Đảng ủy Công an tỉnh', family: 'DEFENSE', groups: ['PARTY_SECRETARY'] },
  { code: 'DU_QS', title: 'Phó Bí thư Đảng ủy Quân sự tỉnh', family: 'DEFENSE', groups: ['PARTY_SECRETARY'] },
  { code: 'HDND', title: 'Trưởng Ban HĐND tỉnh', family: 'PROVINCE_LEADER', groups: ['COUNCIL_CHAIR'] },
  { code: 'UBND', title: 'Giám đốc sở thuộc UBND tỉnh', family: 'DEPARTMENT', groups: ['DEPARTMENT_DIRECTOR'] },
  {
    code: 'MTTQ',
    title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    family: 'FRONT',
    groups: ['PROVINCIAL_AGENCY_HEAD'],
  },
  { code: 'TINHDOAN', title: 'Phó Bí thư Tỉnh đoàn', family: 'FRONT', groups: ['PROVINCIAL_AGENCY_HEAD'] },
  {
    code: 'HLHPN',
    title: 'Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh',
    family: 'FRONT',
    groups: ['PROVINCIAL_AGENCY_HEAD'],
  },
  { code: 'HND', title: 'Phó Chủ tịch Hội Nông dân tỉnh', family: 'FRONT', groups: ['PROVINCIAL_AGENCY_HEAD'] },
  { code: 'HCCB', title: 'Phó Chủ tịch Hội Cựu chiến binh tỉnh', family: 'FRONT', groups: ['PROVINCIAL_AGENCY_HEAD'] },
  { code: 'LDLD', title: 'Phó Chủ tịch Liên đoàn Lao động tỉnh', family: 'FRONT', groups: ['PROVINCIAL_AGENCY_HEAD'] },
];

/** Sector skew as in the demo: government bodies complete more, front and mass organisations less. */
const SECTOR_BIAS: Readonly<Record<string, number>> = { GOVERNMENT: 0.06, FRONT_MASS_ORG: -0.04 };

export function provincialBodies(units: readonly UnitRecord[]): ProvincialRow[] {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  return PROVINCIAL.map((post) => {
    const unit = byCode.get(post.code);
    if (!unit || unit.validFrom !== null || unit.validTo !== null)
      throw new Error(`bench: ${post.code} is not a unit valid through ${FIRST_YEAR}–2026`);
    return { ...post, name: unit.name, nameFolded: foldForSearch(unit.name), bias: SECTOR_BIAS[unit.sector] ?? 0 };
  });
}

/** Task templates of the demo catalogue, numbered within each family. */
export function templates() {
  return Object.entries(CATALOG).flatMap(([family, list]) =>
    list.map((template, index) => ({
      family,
      idx: index,
      count: list.length,
      title: template.title,
      titleFolded: foldForSearch(template.title),
      area: template.area,
      source: template.source,
      outputs: template.outputs.map((output) =>
        'deliverableMonth' in output
          ? { name: output.name, unit: null, min: null, max: null, month: output.deliverableMonth }
          : { name: output.name, unit: output.unit, min: output.min, max: output.max, month: null },
      ),
    })),
  );
}

/** Focal agency per subject group: before the 2025 reform, and after it (as the demo routes them). */
function focalCodeFor(group: SubjectGroup, year: number): string {
  const afterReform = year >= 2026;
  switch (group) {
    case 'DEPARTMENT_DIRECTOR':
    case 'PEOPLES_COMMITTEE_CHAIR':
      return afterReform ? 'DU_UBND' : 'BCSD_UBND';
    case 'COUNCIL_CHAIR':
    case 'PROVINCIAL_AGENCY_HEAD':
      return afterReform ? 'DU_CQD' : group === 'COUNCIL_CHAIR' ? 'DD_HDND' : 'BTCTU';
    case 'STANDING_COMMITTEE_MEMBER':
    case 'PROVINCIAL_COMMITTEE_MEMBER':
    case 'PARTY_SECRETARY':
    case 'ROTATED_CADRE':
      return 'BTCTU';
    default: {
      const unreachable: never = group;
      return unreachable;
    }
  }
}

const GROUPS: readonly SubjectGroup[] = [
  'STANDING_COMMITTEE_MEMBER',
  'PROVINCIAL_COMMITTEE_MEMBER',
  'DEPARTMENT_DIRECTOR',
  'PROVINCIAL_AGENCY_HEAD',
  'PARTY_SECRETARY',
  'COUNCIL_CHAIR',
  'PEOPLES_COMMITTEE_CHAIR',
  'ROTATED_CADRE',
];

/** The cycles with their deadlines, focal routing and the advisory agencies in office at each review. */
export function cycles(units: readonly UnitRecord[]) {
  const advisoryAt = (day: string) =>
    units
      .filter((unit) => unit.roles.includes('ADVISORY') && unit.code !== 'BTCTU')
      .filter((unit) => isWithinValidity(day, unit.validFrom, unit.validTo))
      .map((unit) => unit.code);
  return YEARS.map((year) => ({
    year,
    phase: year === 2026 ? 'IMPLEMENTATION' : 'CLOSED',
    deadlines: codesOf(CYCLE_STAGES).map((stage) => ({ stage, dueOn: defaultCycleDeadlines(year)[stage] })),
    focal: GROUPS.map((group) => ({ group, unit: focalCodeFor(group, year) })),
    advisoryRegistration: advisoryAt(`${year - 1}-11-20`),
    advisoryResults: advisoryAt(`${year + 1}-01-20`),
  }));
}

export const CYCLE_RULES = {
  ...DEFAULT_CYCLE_RULES,
  ratingScheme: JSON.stringify(RATING_SCHEMES[DEFAULT_RATING_SCHEME_CODE]),
  scaleVersion: RATING_SCHEMES[DEFAULT_RATING_SCHEME_CODE].scaleVersion,
};

/** The description the demo gives every task: its title followed by this. */
export const DESCRIPTION_SUFFIX = descriptionOf('');
export const DESCRIPTION_SUFFIX_FOLDED = foldForSearch(`x${descriptionOf('')}`).slice(1);
export const OPINION_TEXTS = [...REGISTRATION_OPINIONS];

export function unitList(): UnitRecord[] {
  return parseUnitList();
}
