import type { CycleStage } from '@nvtt/shared';
import type { WfCycleInfoFragment } from '../../../gql/graphql';

/**
 * The inbox's view, kept in the URL beside `agency` and `tab`: which cycle (`cycle=2026`, all when
 * absent) and the order (`sort=deadline`: soonest deadline first; absent: as received).
 */
export type InboxSort = 'received' | 'deadline';

export interface InboxView {
  readonly cycle: number | null;
  readonly sort: InboxSort;
}

export function parseInboxView(params: URLSearchParams): InboxView {
  const year = Number(params.get('cycle'));
  return {
    // A cycle that is not a year shows every cycle rather than an empty inbox.
    cycle: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    sort: params.get('sort') === 'deadline' ? 'deadline' : 'received',
  };
}

/** The URL parameters of a view change; defaults are removed so links stay short. */
export function inboxViewParams(view: Partial<InboxView>): Record<string, string> {
  const params: Record<string, string> = {};
  if (view.cycle !== undefined) params.cycle = view.cycle === null ? '' : String(view.cycle);
  if (view.sort !== undefined) params.sort = view.sort === 'deadline' ? 'deadline' : '';
  return params;
}

/** The agency's deadline extensions as the inbox reads them from the task's cycle. */
export interface Extension {
  readonly stage: CycleStage;
  readonly until: string;
  readonly agency: { readonly id: string } | null;
}

type CycleWithExtensions = Pick<WfCycleInfoFragment, 'deadlines'> & {
  readonly deadlineExtensions: readonly Extension[];
};

/** The day the agency must act by at `stage`: the cycle's deadline, or a later extension granted to the agency. */
export function agencyDeadline(cycle: CycleWithExtensions, stage: CycleStage, agencyId: string): string | null {
  const base = cycle.deadlines.find((deadline) => deadline.stage === stage)?.dueOn ?? null;
  if (base === null) return null;
  // ISO dates compare as strings.
  return cycle.deadlineExtensions
    .filter((extension) => extension.stage === stage && extension.agency?.id === agencyId)
    .reduce((latest, extension) => (extension.until > latest ? extension.until : latest), base);
}

/**
 * Tasks soonest deadline first (overdue ones, having the earliest dates, lead); tasks without a
 * deadline last; otherwise the order received is kept.
 */
export function byDeadline<T>(tasks: readonly T[], deadlineOf: (task: T) => string | null): T[] {
  return tasks
    .map((task, index) => ({ task, index, due: deadlineOf(task) }))
    .sort((a, b) => {
      if (a.due !== b.due) {
        if (a.due === null) return 1;
        if (b.due === null) return -1;
        return a.due < b.due ? -1 : 1;
      }
      return a.index - b.index;
    })
    .map((entry) => entry.task);
}
