import { useMutation } from '@apollo/client/react';
import { EVIDENCE_TARGETS, EVIDENCE_VERIFICATIONS } from '@nvtt/shared';
import { useState } from 'react';
import { useTranslation } from '../../../../app/i18n';
import { EvidenceFileLink } from '../../../../components/EvidenceFileLink';
import type { WfTaskDetailFragment, WfUserErrorFragment } from '../../../../gql/graphql';
import { useLabels } from '../../../../lib/vocabulary';
import { Field } from '../../components/fields';
import { UserErrorList, errorFor, useMessageOf } from '../../components/feedback';
import { date, dateTime } from '../../components/labels';
import { WfEvidenceVerifyDocument } from '../../graphql/evidence.documents';
import { reportAnchor, reportLabel } from './evidence-choice';

type Task = WfTaskDetailFragment;
export type Evidence = Task['evidence'][number];
const refetch = { refetchQueries: 'active' as const, awaitRefetchQueries: true };

/** What a piece of evidence supports, in words: "Sản phẩm đầu ra 2", "Báo cáo mốc tiến độ: Quý II/2026 — …". */
export function useEvidenceSubject(task: Task): (evidence: Evidence) => string {
  const { label } = useLabels();
  return (evidence) => {
    const target = label(EVIDENCE_TARGETS, evidence.target);
    if (evidence.outputOrdinal !== null) return `${target} ${evidence.outputOrdinal}`;
    const report = task.progressReports.find((entry) => entry.id === evidence.progressReportId);
    return report ? `${target}: ${reportLabel(report, task.milestones)}` : target;
  };
}

/**
 * One piece of evidence: the document or file, who added it, its verification; the focal agency
 * verifies or rejects it here while it waits. `showSubject` is off where the context says it already;
 * `shownUnder` (a report's id) makes this a read-only copy linking to where it is verified.
 */
export function EvidenceEntry({
  task,
  evidence,
  onDone,
  showSubject = true,
  shownUnder = null,
}: {
  task: Task;
  evidence: Evidence;
  onDone: (text: string) => void;
  showSubject?: boolean;
  shownUnder?: number | null;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const subject = useEvidenceSubject(task);
  const waiting = task.viewerCanVerifyEvidence && evidence.verification === 'PENDING';
  const added = t('workflow.evidence.added', { who: evidence.addedByLabel, when: dateTime(evidence.addedAt) });
  return (
    <>
      {evidence.kind === 'FILE' ? (
        <p>
          <strong>{evidence.title}</strong> — <EvidenceFileLink file={evidence} />
        </p>
      ) : (
        <p>
          <strong>{evidence.title}</strong> — {evidence.documentNumber} ({date(evidence.documentDate)}),{' '}
          {evidence.issuer}
        </p>
      )}
      <p className="muted">{showSubject ? `${subject(evidence)} · ${added}` : added}</p>
      <p>
        <span className={`wf-tag wf-tag--${evidence.verification.toLowerCase()}`}>
          {label(EVIDENCE_VERIFICATIONS, evidence.verification)}
        </span>{' '}
        {evidence.verificationNote}
        {evidence.verifiedByLabel && (
          <span className="muted">
            {' '}
            — {evidence.verifiedByLabel}, {dateTime(evidence.verifiedAt)}
          </span>
        )}
      </p>
      {shownUnder !== null ? (
        <p>
          <a className="wf-report-link" href={`#${reportAnchor(shownUnder)}`}>
            {t(waiting ? 'workflow.reportEvidence.verifyThere' : 'workflow.reportEvidence.seeThere')}
          </a>
        </p>
      ) : (
        waiting && <VerifyEvidence evidence={evidence} onDone={onDone} />
      )}
    </>
  );
}

function VerifyEvidence({ evidence, onDone }: { evidence: Evidence; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const messageOf = useMessageOf();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [verify, { loading }] = useMutation(WfEvidenceVerifyDocument, refetch);
  const decide = async (verdict: 'VERIFIED' | 'REJECTED') => {
    const result = (await verify({ variables: { id: evidence.id, verdict, note: note.trim() || null } })).data
      ?.evidenceVerify;
    setErrors(result?.userErrors ?? []);
    if (result && result.userErrors.length === 0) onDone(t('workflow.evidence.verified'));
  };
  const noteError = errorFor(errors, 'note');
  return (
    <div className="wf-action wf-inline-action">
      <Field label={t('workflow.evidence.note')} error={noteError ? messageOf(noteError) : undefined}>
        {(props) => <input {...props} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <UserErrorList errors={errors.filter((error) => error !== noteError)} />
      <div className="row-actions">
        <button type="button" className="button" disabled={loading} onClick={() => void decide('VERIFIED')}>
          {t('workflow.evidence.verify')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          disabled={loading}
          onClick={() => void decide('REJECTED')}
        >
          {t('workflow.evidence.reject')}
        </button>
      </div>
    </div>
  );
}
