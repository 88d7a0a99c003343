import type { CycleStage, KeyTaskAction } from '@nvtt/shared';
import type { KeyTaskFilter, UnitRole } from '../../../gql/graphql';

export type InboxTab = 'appraise' | 'appraiseResult' | 'evidence' | 'opinion' | 'resultOpinion';

export interface InboxTabSpec {
  readonly tab: InboxTab;
  readonly role: Extract<UnitRole, 'FOCAL' | 'ADVISORY'>;
  /** The stage whose deadline the agency works to. */
  readonly stage: CycleStage | null;
  readonly filter: (agencyId: string) => KeyTaskFilter;
  /** The action taken on the task's own page, named on the link that opens it. */
  readonly openFor?: KeyTaskAction;
}

/** What waits for a focal or an advisory agency, tab by tab, as keyTasks filters. */
export const INBOX_TABS: readonly InboxTabSpec[] = [
  {
    tab: 'appraise',
    role: 'FOCAL',
    stage: 'APPRAISE_REGISTRATION',
    filter: (agency) => ({ focalAgency: agency, state: ['SUBMITTED'] }),
  },
  {
    tab: 'appraiseResult',
    role: 'FOCAL',
    stage: 'APPRAISE_RESULTS',
    filter: (agency) => ({ focalAgency: agency, state: ['SELF_ASSESSED'] }),
    openFor: 'APPRAISE_RESULT',
  },
  {
    tab: 'evidence',
    role: 'FOCAL',
    stage: null,
    filter: (agency) => ({ focalAgency: agency, evidencePending: true }),
  },
  {
    tab: 'opinion',
    role: 'ADVISORY',
    stage: 'CONSOLIDATE',
    filter: (agency) => ({ state: ['IN_CONSULTATION'], awaitingOpinion: { agency, stage: 'REGISTRATION' } }),
    openFor: 'GIVE_OPINION',
  },
  {
    tab: 'resultOpinion',
    role: 'ADVISORY',
    stage: 'ADVISORY_RESULTS',
    filter: (agency) => ({ state: ['RESULT_APPRAISED'], awaitingOpinion: { agency, stage: 'RESULT' } }),
    openFor: 'GIVE_RESULT_OPINION',
  },
];

export interface Agency {
  readonly id: string;
  readonly name: string;
  readonly role: UnitRole;
}

/** The agencies a user reviews for, once per agency and role, focal first. */
export function reviewingAgencies(
  memberships: ReadonlyArray<{ role: UnitRole; unit: { id: string; name: string } }>,
): Agency[] {
  const seen = new Set<string>();
  const agencies: Agency[] = [];
  for (const role of ['FOCAL', 'ADVISORY'] as const) {
    for (const membership of memberships) {
      const key = `${role}:${membership.unit.id}`;
      if (membership.role !== role || seen.has(key)) continue;
      seen.add(key);
      agencies.push({ id: membership.unit.id, name: membership.unit.name, role });
    }
  }
  return agencies;
}
