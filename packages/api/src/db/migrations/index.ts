import { Foundation1764201600000 } from './1764201600000-foundation.js';
import { KeyTaskCycle1764288000000 } from './1764288000000-key-task-cycle.js';
import { Evidence1764374400000 } from './1764374400000-evidence.js';
import { Access1764460800000 } from './1764460800000-access.js';
import { AnalyticsIndexes1764547200000 } from './1764547200000-analytics-indexes.js';
import { TextLimits1764633600000 } from './1764633600000-text-limits.js';
import { AuditHashChain1764720000000 } from './1764720000000-audit-hash-chain.js';
import { SavedViews1764806400000 } from './1764806400000-saved-views.js';
import { EvidenceFiles1764979200000 } from './1764979200000-evidence-files.js';
import { MilestoneTally1765411200000 } from './1765411200000-milestone-tally.js';
import { OpenData1765411300000 } from './1765411300000-open-data.js';
import { ChangeFeed1765324800000 } from './1765324800000-change-feed.js';
import { Notifications1765152000000 } from './1765152000000-notifications.js';
import { MilestoneReportEvidence1765500000000 } from './1765500000000-milestone-report-evidence.js';
import { ProgressOutputValues1765510000000 } from './1765510000000-progress-output-values.js';
import { ComparisonSummary1765520000000 } from './1765520000000-comparison-summary.js';
import { ComparisonOpenCycle1765530000000 } from './1765530000000-comparison-open-cycle.js';

/** Every migration, oldest first. A new migration is added here and never edited after release. */
export const MIGRATIONS = [
  Foundation1764201600000,
  KeyTaskCycle1764288000000,
  Evidence1764374400000,
  Access1764460800000,
  AnalyticsIndexes1764547200000,
  TextLimits1764633600000,
  AuditHashChain1764720000000,
  SavedViews1764806400000,
  EvidenceFiles1764979200000,
  MilestoneTally1765411200000,
  OpenData1765411300000,
  ChangeFeed1765324800000,
  Notifications1765152000000,
  MilestoneReportEvidence1765500000000,
  ProgressOutputValues1765510000000,
  ComparisonSummary1765520000000,
  ComparisonOpenCycle1765530000000,
];
