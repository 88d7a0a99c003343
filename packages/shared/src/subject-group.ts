import type { Vocabulary } from './label.js';

/** Why a cadre is subject to Regulation 622 (nhóm đối tượng), per its "Who" clause. */
export const SUBJECT_GROUPS = {
  STANDING_COMMITTEE_MEMBER: {
    vi: 'Ủy viên Ban Thường vụ Tỉnh ủy',
    en: 'Member of the Provincial Standing Committee',
  },
  PROVINCIAL_COMMITTEE_MEMBER: { vi: 'Tỉnh ủy viên', en: 'Member of the Provincial Committee' },
  DEPARTMENT_DIRECTOR: { vi: 'Giám đốc sở và tương đương', en: 'Department director' },
  PROVINCIAL_AGENCY_HEAD: {
    vi: 'Người đứng đầu cơ quan, ban, ngành, MTTQ và tổ chức chính trị - xã hội tỉnh',
    en: 'Head of a provincial agency, the Front or a mass organisation',
  },
  PARTY_SECRETARY: {
    vi: 'Bí thư cấp ủy địa phương, đảng ủy trực thuộc',
    en: 'Secretary of a local or subordinate party committee',
  },
  COUNCIL_CHAIR: { vi: 'Chủ tịch HĐND', en: "Chair of a People's Council" },
  PEOPLES_COMMITTEE_CHAIR: { vi: 'Chủ tịch UBND', en: "Chair of a People's Committee" },
  ROTATED_CADRE: {
    vi: 'Cán bộ luân chuyển do BTV Tỉnh ủy quản lý',
    en: 'Rotated cadre managed by the Standing Committee',
  },
} as const satisfies Vocabulary<string>;
export type SubjectGroup = keyof typeof SUBJECT_GROUPS;
