import type { CycleStage } from '@nvtt/shared';
import type { KeyTaskOrder, WfCycleInfoFragment } from '../../../gql/graphql';

/**
 * The inbox's view, kept in the URL beside `agency` and `tab`: which cycle (`cycle=2026`, all when
 * absent) and the order (`sort=deadline|updated|cadre`; absent: as received). The API sorts the
 * whole list, so the order holds across "load more" pages.
 */
export const INBOX_SORTS = ['received', 'deadline', 'updated', 'cadre'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export interface InboxView {
  readonly cycle: number | null;
  readonly sort: InboxSort;
}

export function parseInboxView(params: URLSearchParams): InboxView {
  const year = Number(params.get('cycle'));
  const sort = INBOX_SORTS.find((candidate) => candidate === params.get('sort')) ?? 'received';
  return {
    // A cycle that is not a year shows every cycle rather than an empty inbox.
    cycle: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    sort,
  };
}

/** The URL parameters of a view change; defaults are removed so links stay short. */
export function inboxViewParams(view: Partial<InboxView>): Record<string, string> {
  const params: Record<string, string> = {};
  if (view.cycle !== undefined) params.cycle = view.cycle === null ? '' : String(view.cycle);
  if (view.sort !== undefined) params.sort = view.sort === 'received' ? '' : view.sort;
  return params;
}

/**
 * The `keyTasks` order of a sort: soonest deadline first (the API's DEADLINE: the viewer's own
 * deadline for the step the task waits at, extensions included; overdue ones have the earliest
 * dates), latest change first, cadres A–Z; as received is the API's id order (no variables).
 */
export function inboxOrder(sort: InboxSort): { orderBy: KeyTaskOrder; descending: boolean } | null {
  switch (sort) {
    case 'received':
      return null;
    case 'deadline':
      return { orderBy: 'DEADLINE', descending: false };
    case 'updated':
      return { orderBy: 'UPDATED_AT', descending: true };
    case 'cadre':
      return { orderBy: 'CADRE_NAME', descending: false };
    default: {
      const unreachable: never = sort;
      throw new Error(`Unknown inbox order: ${String(unreachable)}`);
    }
  }
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
