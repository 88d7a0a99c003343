import { useMutation } from '@apollo/client/react';
import { EVIDENCE_TARGETS, EVIDENCE_VERIFICATIONS } from '@nvtt/shared';
import { Suspense, useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { type WfTaskDetailFragment, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfEvidenceVerifyDocument } from '../graphql/review.documents';
import { EvidenceFileLink } from '../../../components/EvidenceFileLink';
import { Loading } from '../../../components/QueryState';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf } from '../components/feedback';
import { date, dateTime } from '../components/labels';
import { EvidenceUpload } from './EvidenceUpload';
import { AddEvidence } from './lazy-forms';

type Task = WfTaskDetailFragment;
type Evidence = Task['evidence'][number];
const refetch = { refetchQueries: 'active' as const, awaitRefetchQueries: true };

/** Evidence of delivery: listed for everyone who reads the task; added by the cadre, verified by the focal agency. */
export function EvidencePanel({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  return (
    <section className="card" aria-labelledby="wf-evidence">
      <h2 id="wf-evidence">{t('workflow.task.evidence')}</h2>
      {task.evidence.length === 0 ? (
        <p className="muted">{t('workflow.task.noEvidence')}</p>
      ) : (
        <ul className="wf-entries">
          {task.evidence.map((evidence) => (
            <li key={evidence.id}>
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
              <p className="muted">
                {label(EVIDENCE_TARGETS, evidence.target)}
                {evidence.outputOrdinal !== null && ` ${evidence.outputOrdinal}`} ·{' '}
                {t('workflow.evidence.added', { who: evidence.addedByLabel, when: dateTime(evidence.addedAt) })}
              </p>
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
              {task.viewerCanVerifyEvidence && evidence.verification === 'PENDING' && (
                <VerifyEvidence evidence={evidence} onDone={onDone} />
              )}
            </li>
          ))}
        </ul>
      )}
      {task.viewerCanAddEvidence && <EvidenceUpload task={task} onDone={onDone} />}
      {task.viewerCanAddEvidence && (
        <Suspense fallback={<Loading />}>
          <AddEvidence task={task} onDone={onDone} />
        </Suspense>
      )}
    </section>
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
