import type { KeyTaskState } from './key-task.js';
import type { Vocabulary } from './label.js';

/** What comparisons group key tasks by (domain §7: locality, sector, subject group, focal agency…). */
export const ANALYTICS_DIMENSIONS = {
  PROVINCE: { vi: 'Toàn tỉnh', en: 'Whole province' },
  LOCALITY: { vi: 'Địa phương, đơn vị', en: 'Locality or unit' },
  LEGACY_DISTRICT: { vi: 'Huyện cũ (so sánh trước, sau 01/7/2025)', en: 'Former district (to compare across 2025)' },
  SECTOR: { vi: 'Khối', en: 'Sector' },
  SUBJECT_GROUP: { vi: 'Nhóm đối tượng', en: 'Subject group' },
  FOCAL_AGENCY: { vi: 'Cơ quan đầu mối', en: 'Focal agency' },
  UNIT_KIND: { vi: 'Loại đơn vị', en: 'Kind of unit' },
  ALIGNMENT_AREA: { vi: 'Lĩnh vực định hướng', en: 'Goal area' },
} as const satisfies Vocabulary<string>;
export type AnalyticsDimension = keyof typeof ANALYTICS_DIMENSIONS;

/** States in which a task has been assigned by the Standing Committee (and is or was carried out). */
export const ASSIGNED_STATES: readonly KeyTaskState[] = [
  'ASSIGNED',
  'PLANNED',
  'IN_PROGRESS',
  'SELF_ASSESSED',
  'RESULT_APPRAISED',
  'RESULT_CONSULTED',
  'CONCLUDED',
  'SUSPENDED',
];
