import './badges.css';
import {
  EVIDENCE_VERIFICATIONS,
  KEY_TASK_OUTCOMES,
  KEY_TASK_STATES,
  MILESTONE_STATUSES,
  type EvidenceVerification,
  type KeyTaskOutcome,
  type KeyTaskState,
  type MilestoneStatus,
} from '@nvtt/shared';
import { useLabels } from '../../lib/vocabulary';

/**
 * Small labelled marks for states and outcomes. The words carry the meaning; colour and the symbol
 * only help, so they read the same in black-and-white print and to screen readers.
 */

export function StateBadge({ state }: { state: KeyTaskState }) {
  const { label } = useLabels();
  return <span className={`nv-badge nv-badge--state-${state.toLowerCase()}`}>{label(KEY_TASK_STATES, state)}</span>;
}

export function OutcomeBadge({ outcome, empty }: { outcome: KeyTaskOutcome | null; empty: string }) {
  const { label } = useLabels();
  if (outcome === null) return <span className="nv-badge nv-badge--none">{empty}</span>;
  return (
    <span className={`nv-badge nv-badge--outcome-${outcome.toLowerCase()}`}>{label(KEY_TASK_OUTCOMES, outcome)}</span>
  );
}

const MILESTONE_SYMBOLS: Record<MilestoneStatus, string> = {
  DONE_ON_TIME: '✓',
  DONE_LATE: '!',
  OVERDUE: '✗',
  PENDING: '○',
};

export function MilestoneMark({ status }: { status: MilestoneStatus }) {
  const { label } = useLabels();
  return (
    <span className={`nv-badge nv-badge--milestone-${status.toLowerCase()}`}>
      <span aria-hidden="true">{MILESTONE_SYMBOLS[status]} </span>
      {label(MILESTONE_STATUSES, status)}
    </span>
  );
}

export function VerificationBadge({ verification }: { verification: EvidenceVerification }) {
  const { label } = useLabels();
  return (
    <span className={`nv-badge nv-badge--evidence-${verification.toLowerCase()}`}>
      {label(EVIDENCE_VERIFICATIONS, verification)}
    </span>
  );
}
