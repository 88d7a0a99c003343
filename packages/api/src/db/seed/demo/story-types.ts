import type { CycleStage, KeyTaskOutcome } from '@nvtt/shared';
import type { TaskTemplate } from './catalog.js';

export interface Agency {
  readonly id: number;
  readonly reviewer: string;
}

export interface DemoCycle {
  readonly id: number;
  readonly year: number;
  readonly deadlines: Readonly<Partial<Record<CycleStage, string | null>>>;
  readonly decisionId: number | null;
  readonly decisionNumber: string;
  readonly decisionDay: string;
  readonly advisoryAtRegistration: readonly Agency[];
  readonly advisoryAtResults: readonly Agency[];
}

/** How far a task's story goes. */
export type Fate =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RETURNED'
  | 'APPRAISED'
  | 'IN_CONSULTATION'
  | 'PROPOSED'
  | 'ASSIGNED'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'PLANNED'
  | 'IN_PROGRESS'
  | 'SUSPENDED'
  | 'SELF_ASSESSED'
  | 'RESULT_APPRAISED'
  | 'RESULT_CONSULTED'
  | 'CONCLUDED'
  | 'CONCLUDED_PARTIAL';

export const MAIN_PATH: readonly Fate[] = [
  'DRAFT',
  'SUBMITTED',
  'APPRAISED',
  'IN_CONSULTATION',
  'PROPOSED',
  'ASSIGNED',
  'PLANNED',
  'IN_PROGRESS',
  'SELF_ASSESSED',
  'RESULT_APPRAISED',
  'RESULT_CONSULTED',
  'CONCLUDED',
];

/** The furthest point of the main path a fate passes through. */
export function furthest(fate: Fate): Fate {
  switch (fate) {
    case 'RETURNED':
    case 'WITHDRAWN':
      return 'SUBMITTED';
    case 'REJECTED':
      return 'PROPOSED';
    case 'SUSPENDED':
    case 'CONCLUDED_PARTIAL':
      return 'IN_PROGRESS';
    default:
      return fate;
  }
}

export interface TaskPlan {
  readonly cycle: DemoCycle;
  readonly cadreId: number;
  readonly cadreLabel: string;
  readonly positionId: number;
  readonly focal: Agency;
  readonly consolidator: Agency;
  readonly decider: Agency;
  readonly ordinal: number;
  readonly template: TaskTemplate;
  readonly unitName: string;
  readonly fate: Fate;
  /** The task's true outcome, from which actuals, milestones and assessments follow. */
  readonly outcome: KeyTaskOutcome;
  readonly parentTaskId: number | null;
  /** Tasks ending mid-year can already be evaluated in the current year. */
  readonly endsMidYear: boolean;
}
