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

/** The counts a comparison row carries (the API's ComparisonRow); rates are ratios of these. */
export type ComparisonCount =
  | 'cadres'
  | 'tasks'
  | 'registered'
  | 'registeredOnTime'
  | 'assigned'
  | 'assessable'
  | 'completed'
  | 'onTime'
  | 'late'
  | 'exceeded'
  | 'partial'
  | 'notCompleted'
  | 'exempt'
  | 'selfAboveConcluded'
  | 'appraisedAboveConcluded'
  | 'milestonesDue'
  | 'milestonesOnTime';

export interface MetricDefinition {
  readonly vi: string;
  readonly en: string;
  /** What is counted; a rate divides it by `of`. */
  readonly count: ComparisonCount;
  /** The denominator of a rate; absent for plain counts. */
  readonly of?: ComparisonCount;
}

/**
 * What a comparison can show (domain §5 measures). Rates leave exempt tasks out of the denominator;
 * a rate with nothing to divide by is "no data", never 0.
 */
export const COMPARISON_METRICS = {
  COMPLETION_RATE: { vi: 'Tỷ lệ hoàn thành', en: 'Completion rate', count: 'completed', of: 'assessable' },
  ON_TIME_RATE: { vi: 'Hoàn thành đúng hạn', en: 'Completed on time', count: 'onTime', of: 'assessable' },
  MILESTONE_ON_TIME_RATE: {
    vi: 'Mốc tiến độ đúng hạn',
    en: 'Milestones on time',
    count: 'milestonesOnTime',
    of: 'milestonesDue',
  },
  REGISTERED_ON_TIME_RATE: {
    vi: 'Đăng ký đúng hạn',
    en: 'Registered on time',
    count: 'registeredOnTime',
    of: 'registered',
  },
  LATE_SHARE: { vi: 'Tỷ lệ chậm tiến độ', en: 'Late share', count: 'late', of: 'assessable' },
  EXCEEDED_SHARE: { vi: 'Tỷ lệ vượt mức', en: 'Exceeded share', count: 'exceeded', of: 'assessable' },
  SELF_ABOVE_CONCLUDED_SHARE: {
    vi: 'Tự đánh giá cao hơn kết luận',
    en: 'Self-assessed above the conclusion',
    count: 'selfAboveConcluded',
    of: 'assessable',
  },
  TASKS: { vi: 'Số nhiệm vụ', en: 'Tasks', count: 'tasks' },
  CADRES: { vi: 'Số cán bộ', en: 'Cadres', count: 'cadres' },
  REGISTERED: { vi: 'Đã đăng ký', en: 'Registered', count: 'registered' },
  ASSIGNED: { vi: 'Được giao', en: 'Assigned', count: 'assigned' },
} as const satisfies Record<string, MetricDefinition>;
export type ComparisonMetric = keyof typeof COMPARISON_METRICS;

/** A metric's value for one row: a share in [0, 1] for rates (null when nothing to divide), else the count. */
export function metricValue(metric: ComparisonMetric, row: Readonly<Record<ComparisonCount, number>>): number | null {
  const definition: MetricDefinition = COMPARISON_METRICS[metric];
  if (definition.of === undefined) return row[definition.count];
  const of = row[definition.of];
  return of === 0 ? null : row[definition.count] / of;
}

export function isRateMetric(metric: ComparisonMetric): boolean {
  const definition: MetricDefinition = COMPARISON_METRICS[metric];
  return definition.of !== undefined;
}
