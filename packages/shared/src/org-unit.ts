import type { Vocabulary } from './label.js';

/** Kinds of organisation units (cơ quan, đơn vị, địa phương), pre- and post-2025 reform. */
export const ORG_UNIT_KINDS = {
  PROVINCIAL_PARTY_COMMITTEE: { vi: 'Tỉnh ủy', en: 'Provincial Party Committee' },
  PARTY_STANDING_COMMITTEE: {
    vi: 'Ban Thường vụ Tỉnh ủy',
    en: 'Provincial Party Standing Committee',
    abbr: 'BTV',
  },
  PARTY_PERMANENT_BOARD: { vi: 'Thường trực Tỉnh ủy', en: 'Permanent Board', abbr: 'TTTU' },
  PARTY_COMMISSION: { vi: 'Ban, Ủy ban của Tỉnh ủy', en: 'Party commission' },
  PARTY_OFFICE: { vi: 'Văn phòng Tỉnh ủy', en: 'Party Committee Office', abbr: 'VPTU' },
  PARTY_COMMITTEE: { vi: 'Đảng ủy trực thuộc Tỉnh ủy', en: 'Subordinate party committee' },
  PARTY_SCHOOL: { vi: 'Trường Chính trị', en: 'Political school' },
  PARTY_AFFAIRS_BOARD: { vi: 'Ban cán sự đảng', en: 'Party affairs board' },
  PARTY_DELEGATION: { vi: 'Đảng đoàn', en: 'Party delegation' },
  BLOC_PARTY_COMMITTEE: { vi: 'Đảng ủy khối', en: 'Bloc party committee' },
  PEOPLES_COUNCIL: { vi: 'Hội đồng nhân dân', en: "People's Council", abbr: 'HĐND' },
  PEOPLES_COMMITTEE: { vi: 'Ủy ban nhân dân', en: "People's Committee", abbr: 'UBND' },
  DEPARTMENT: { vi: 'Sở, ngành', en: 'Department' },
  AGENCY: { vi: 'Cơ quan', en: 'Agency' },
  MANAGEMENT_BOARD: { vi: 'Ban quản lý', en: 'Management board' },
  FATHERLAND_FRONT: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front', abbr: 'MTTQ' },
  MASS_ORGANIZATION: { vi: 'Tổ chức chính trị - xã hội', en: 'Mass organisation' },
  DISTRICT: { vi: 'Huyện, thị xã, thành phố (cũ)', en: 'District (before 07/2025)' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  WARD: { vi: 'Phường', en: 'Ward' },
  SPECIAL_ZONE: { vi: 'Đặc khu', en: 'Special zone' },
} as const satisfies Vocabulary<string>;
export type OrgUnitKind = keyof typeof ORG_UNIT_KINDS;

/** Commune-level kinds: the localities compared on dashboards since 1-7-2025. */
export const COMMUNE_LEVEL_KINDS: readonly OrgUnitKind[] = ['COMMUNE', 'WARD', 'SPECIAL_ZONE'];

/** The field a unit works in (khối), one of the comparison dimensions. */
export const SECTORS = {
  PARTY: { vi: 'Khối Đảng', en: 'Party' },
  GOVERNMENT: { vi: 'Khối chính quyền', en: 'Government' },
  COUNCIL: { vi: 'Khối dân cử (HĐND)', en: 'Elected councils' },
  FRONT_MASS_ORG: { vi: 'Mặt trận và đoàn thể', en: 'Front and mass organisations' },
  ECONOMY: { vi: 'Khối kinh tế', en: 'Economy' },
  DEFENSE_SECURITY: { vi: 'Quốc phòng – an ninh', en: 'Defence and security' },
  LOCALITY: { vi: 'Địa phương', en: 'Localities' },
} as const satisfies Vocabulary<string>;
export type Sector = keyof typeof SECTORS;

/** What a unit may do in the key-task cycle. */
export const UNIT_ROLES = {
  FOCAL: { vi: 'Cơ quan đầu mối', en: 'Focal agency' },
  ADVISORY: { vi: 'Cơ quan tham mưu, giúp việc Tỉnh ủy', en: 'Advisory agency' },
  CONSOLIDATOR: { vi: 'Cơ quan tổng hợp (Ban Tổ chức Tỉnh ủy)', en: 'Consolidator', abbr: 'BTC' },
  DECIDER: { vi: 'Cơ quan quyết định (Thường trực, BTV)', en: 'Decision body', abbr: 'BTV' },
} as const satisfies Vocabulary<string>;
export type UnitRole = keyof typeof UNIT_ROLES;
