import { COMMUNE_LEVEL_KINDS, type SubjectGroup } from '@nvtt/shared';
import type { UnitRecord } from '../reference-units.js';
import type { PostFamily } from './catalog.js';
import { personName } from './names.js';
import type { Prng } from './prng.js';

export interface DemoPosition {
  readonly unitCode: string;
  readonly title: string;
  readonly subjectGroup: SubjectGroup;
  readonly family: PostFamily;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly rotated: boolean;
}

export interface DemoCadre {
  readonly code: string;
  readonly fullName: string;
  readonly birthYear: number;
  readonly positions: DemoPosition[];
}

/** The day the two-tier local government started (districts abolished). */
const REFORM_DAY = '2025-07-01';
const BEFORE_REFORM = '2025-06-30';

interface ProvincialPost {
  readonly unit: string;
  readonly title: string;
  readonly group: SubjectGroup;
  readonly family: PostFamily;
}

/** Provincial posts held through the whole period (units valid 2022–2027). */
const PROVINCIAL_POSTS: readonly ProvincialPost[] = [
  { unit: 'BTCTU', title: 'Trưởng Ban Tổ chức Tỉnh ủy', group: 'STANDING_COMMITTEE_MEMBER', family: 'PARTY_BODY' },
  {
    unit: 'UBKTTU',
    title: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
    group: 'STANDING_COMMITTEE_MEMBER',
    family: 'PARTY_BODY',
  },
  { unit: 'BNCTU', title: 'Trưởng Ban Nội chính Tỉnh ủy', group: 'STANDING_COMMITTEE_MEMBER', family: 'PARTY_BODY' },
  { unit: 'VPTU', title: 'Chánh Văn phòng Tỉnh ủy', group: 'PROVINCIAL_COMMITTEE_MEMBER', family: 'PARTY_BODY' },
  { unit: 'TCT', title: 'Hiệu trưởng Trường Chính trị tỉnh', group: 'PROVINCIAL_AGENCY_HEAD', family: 'PARTY_BODY' },
  { unit: 'HDND', title: 'Chủ tịch HĐND tỉnh', group: 'COUNCIL_CHAIR', family: 'PROVINCE_LEADER' },
  { unit: 'UBND', title: 'Chủ tịch UBND tỉnh', group: 'STANDING_COMMITTEE_MEMBER', family: 'PROVINCE_LEADER' },
  { unit: 'MTTQ', title: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', group: 'PROVINCIAL_AGENCY_HEAD', family: 'FRONT' },
  { unit: 'TINHDOAN', title: 'Bí thư Tỉnh đoàn', group: 'PROVINCIAL_AGENCY_HEAD', family: 'FRONT' },
  { unit: 'HLHPN', title: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', group: 'PROVINCIAL_AGENCY_HEAD', family: 'FRONT' },
  { unit: 'HND', title: 'Chủ tịch Hội Nông dân tỉnh', group: 'PROVINCIAL_AGENCY_HEAD', family: 'FRONT' },
  { unit: 'HCCB', title: 'Chủ tịch Hội Cựu chiến binh tỉnh', group: 'PROVINCIAL_AGENCY_HEAD', family: 'FRONT' },
  { unit: 'LDLD', title: 'Chủ tịch Liên đoàn Lao động tỉnh', group: 'PROVINCIAL_AGENCY_HEAD', family: 'FRONT' },
  { unit: 'DU_CA', title: 'Bí thư Đảng ủy Công an tỉnh', group: 'PARTY_SECRETARY', family: 'DEFENSE' },
  { unit: 'DU_QS', title: 'Bí thư Đảng ủy Quân sự tỉnh', group: 'PARTY_SECRETARY', family: 'DEFENSE' },
];

/** "Thành phố Nha Trang" → ["Thành ủy", "Nha Trang"], to title a district's party secretary. */
function districtCommittee(name: string): string {
  const bare = name.replace(/\s*\(.*\)$/, '');
  if (bare.startsWith('Thành phố ')) return `Thành ủy ${bare.slice('Thành phố '.length)}`;
  if (bare.startsWith('Thị xã ')) return `Thị ủy ${bare.slice('Thị xã '.length)}`;
  return `Huyện ủy ${bare.slice('Huyện '.length)}`;
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function departmentTitle(unit: UnitRecord): string {
  if (unit.code === 'TTT') return 'Chánh Thanh tra tỉnh';
  if (unit.code === 'VPUBND') return 'Chánh Văn phòng UBND tỉnh';
  if (unit.code === 'BQLKKT') return `Trưởng ${unit.name}`;
  return `Giám đốc ${unit.name}`;
}

/**
 * The demo's people: provincial leaders, the 16 districts' secretaries and chairs who move to the
 * new communes on 1-7-2025 (a few rotated to another area), and new leaders for the other communes.
 */
export function demoCadres(rng: Prng, units: readonly UnitRecord[]): DemoCadre[] {
  const used = new Set<string>();
  const cadres: DemoCadre[] = [];
  const add = (positions: DemoPosition[]) => {
    const cadre: DemoCadre = {
      code: `CB${String(cadres.length + 1).padStart(4, '0')}`,
      fullName: personName(rng, used),
      birthYear: rng.int(1966, 1985),
      positions,
    };
    cadres.push(cadre);
    return cadre;
  };

  for (const post of PROVINCIAL_POSTS) {
    add([
      {
        unitCode: post.unit,
        title: post.title,
        subjectGroup: post.group,
        family: post.family,
        startsOn: '2021-01-01',
        endsOn: null,
        rotated: false,
      },
    ]);
  }
  for (const unit of units.filter((candidate) => candidate.kind === 'DEPARTMENT' || candidate.code === 'BQLKKT')) {
    add([
      {
        unitCode: unit.code,
        title: departmentTitle(unit),
        subjectGroup: 'DEPARTMENT_DIRECTOR',
        family: 'DEPARTMENT',
        startsOn: unit.validFrom ?? '2021-01-01',
        endsOn: null,
        rotated: false,
      },
    ]);
  }

  // Two slots per commune-level unit: party secretary and People's Committee chair.
  const communes = units.filter((unit) => COMMUNE_LEVEL_KINDS.includes(unit.kind));
  const free = new Map(communes.map((unit) => [unit.code, { secretary: true, chair: true }]));
  const localPost = (commune: UnitRecord, slot: 'secretary' | 'chair', rotated: boolean): DemoPosition => ({
    unitCode: commune.code,
    title:
      slot === 'secretary' ? `Bí thư Đảng ủy ${lowerFirst(commune.name)}` : `Chủ tịch UBND ${lowerFirst(commune.name)}`,
    subjectGroup: rotated ? 'ROTATED_CADRE' : slot === 'secretary' ? 'PARTY_SECRETARY' : 'PEOPLES_COMMITTEE_CHAIR',
    family: slot === 'secretary' ? 'LOCAL_SECRETARY' : 'LOCAL_CHAIR',
    startsOn: REFORM_DAY,
    endsOn: null,
    rotated,
  });
  const districts = units.filter((unit) => unit.kind === 'DISTRICT');
  districts.forEach((district, index) => {
    for (const slot of ['secretary', 'chair'] as const) {
      // Every fourth district sends its chair to lead a commune of another area (luân chuyển).
      const rotated = slot === 'chair' && index % 4 === 1;
      const home = rotated ? districts[(index + 5) % districts.length]! : district;
      const commune =
        communes.find((unit) => unit.legacyDistrict === home.code && free.get(unit.code)![slot]) ??
        communes.find((unit) => free.get(unit.code)![slot])!;
      free.get(commune.code)![slot] = false;
      add([
        {
          unitCode: district.code,
          title:
            slot === 'secretary'
              ? `Bí thư ${districtCommittee(district.name)}`
              : `Chủ tịch UBND ${lowerFirst(district.name.replace(/\s*\(.*\)$/, ''))}`,
          subjectGroup: slot === 'secretary' ? 'PARTY_SECRETARY' : 'PEOPLES_COMMITTEE_CHAIR',
          family: slot === 'secretary' ? 'LOCAL_SECRETARY' : 'LOCAL_CHAIR',
          startsOn: '2020-10-01',
          endsOn: BEFORE_REFORM,
          rotated: false,
        },
        localPost(commune, slot, rotated),
      ]);
    }
  });
  for (const commune of communes) {
    for (const slot of ['secretary', 'chair'] as const) {
      if (free.get(commune.code)![slot]) add([localPost(commune, slot, false)]);
    }
  }
  return cadres;
}

/** The post a cadre registered under for cycle `year` (held on 15-10 of the year before), if any. */
export function postForCycle(cadre: DemoCadre, year: number): DemoPosition | null {
  const day = `${year - 1}-10-15`;
  return cadre.positions.find((post) => post.startsOn <= day && (post.endsOn === null || post.endsOn >= day)) ?? null;
}
