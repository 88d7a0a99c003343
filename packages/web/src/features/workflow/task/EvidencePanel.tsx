import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { EVIDENCE_TARGETS, EVIDENCE_VERIFICATIONS, codesOf, parseDisplayDate, type EvidenceTarget } from '@nvtt/shared';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../../../app/i18n';
import { z } from 'zod';
import { type WfTaskDetailFragment, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfEvidenceVerifyDocument } from '../graphql/review.documents';
import { WfEvidenceAddDocument } from '../graphql/task.documents';
import { EvidenceFileLink } from '../../../components/EvidenceFileLink';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf } from '../components/feedback';
import { date, dateTime } from '../components/labels';
import { EvidenceUpload } from './EvidenceUpload';

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
      {task.viewerCanAddEvidence && <AddEvidence task={task} onDone={onDone} />}
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

interface EvidenceValues {
  target: EvidenceTarget;
  output: string;
  title: string;
  documentNumber: string;
  documentDate: string;
  issuer: string;
}

function AddEvidence({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const messageOf = useMessageOf();
  const required = t('workflow.common.required');
  const schema = z
    .object({
      target: z.enum(['TASK', 'OUTPUT', 'SELF_ASSESSMENT']),
      output: z.string(),
      title: z.string().trim().min(1, { error: required }).max(300),
      documentNumber: z.string().trim().min(1, { error: required }).max(60),
      documentDate: z
        .string()
        .refine((text) => parseDisplayDate(text) !== null, { error: t('workflow.common.dateInvalid') }),
      issuer: z.string().trim().min(1, { error: required }).max(200),
    })
    .refine((values) => values.target !== 'OUTPUT' || values.output !== '', { path: ['output'], error: required });
  const form = useForm<EvidenceValues>({
    resolver: zodResolver(schema),
    defaultValues: { target: 'TASK', output: '', title: '', documentNumber: '', documentDate: '', issuer: '' },
  });
  const [add, { loading }] = useMutation(WfEvidenceAddDocument, refetch);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const target = useWatch({ control: form.control, name: 'target' });
  const submit = form.handleSubmit(async (values) => {
    const result = (
      await add({
        variables: {
          id: task.id,
          input: {
            target: values.target,
            outputNumber: values.target === 'OUTPUT' ? Number(values.output) : null,
            title: values.title.trim(),
            documentNumber: values.documentNumber.trim(),
            documentDate: parseDisplayDate(values.documentDate)!,
            issuer: values.issuer.trim(),
          },
        },
      })
    ).data?.evidenceAdd;
    setErrors(result?.userErrors ?? []);
    if (result && result.userErrors.length === 0) {
      form.reset();
      onDone(t('workflow.evidence.done'));
    }
  });
  const { errors: fieldErrors } = form.formState;
  const serverError = (path: string) => {
    const found = errorFor(errors, path);
    return found ? messageOf(found) : undefined;
  };
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.evidence.heading')}</h3>
      <div className="wf-row">
        <Field label={t('workflow.evidence.target')}>
          {(props) => (
            <select {...props} {...form.register('target')}>
              {codesOf(EVIDENCE_TARGETS).map((code) => (
                <option key={code} value={code}>
                  {label(EVIDENCE_TARGETS, code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {target === 'OUTPUT' && (
          <Field label={t('workflow.evidence.output')} error={fieldErrors.output?.message}>
            {(props) => (
              <select {...props} {...form.register('output')}>
                <option value="">{t('workflow.common.choose')}</option>
                {task.outputs.map((output) => (
                  <option key={output.ordinal} value={String(output.ordinal)}>
                    {output.ordinal}. {output.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <Field label={t('workflow.evidence.title')} error={fieldErrors.title?.message ?? serverError('title')}>
        {(props) => <input {...props} {...form.register('title')} />}
      </Field>
      <div className="wf-row">
        <Field
          label={t('workflow.evidence.number')}
          error={fieldErrors.documentNumber?.message ?? serverError('documentNumber')}
        >
          {(props) => <input {...props} {...form.register('documentNumber')} />}
        </Field>
        <Field
          label={t('workflow.evidence.date')}
          error={fieldErrors.documentDate?.message ?? serverError('documentDate')}
        >
          {(props) => (
            <input inputMode="numeric" placeholder="dd/mm/yyyy" {...props} {...form.register('documentDate')} />
          )}
        </Field>
        <Field label={t('workflow.evidence.issuer')} error={fieldErrors.issuer?.message ?? serverError('issuer')}>
          {(props) => <input {...props} {...form.register('issuer')} />}
        </Field>
      </div>
      <UserErrorList errors={errors.filter((error) => !error.field?.length)} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.evidence.submit')}
      </button>
    </form>
  );
}
