import '../i18n-desks';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { KEY_TASK_OUTCOMES, codesOf, type KeyTaskOutcome } from '@nvtt/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../../../app/i18n';
import { z } from 'zod/mini';
import { type OpinionVerdict, type WfTaskDetailFragment, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfOpinionSubmitDocument, WfResultAppraiseDocument } from '../graphql/review.documents';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf } from '../components/feedback';

type Task = WfTaskDetailFragment;
const refetch = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
const VERDICTS: readonly OpinionVerdict[] = ['AGREE', 'AGREE_WITH_COMMENTS', 'DISAGREE'];

function outcomeOf(value: string): KeyTaskOutcome | null {
  return codesOf(KEY_TASK_OUTCOMES).find((code) => code === value) ?? null;
}

function OutcomeSelect(props: React.SelectHTMLAttributes<HTMLSelectElement>) {
  const { t } = useTranslation();
  const { label } = useLabels();
  return (
    <select {...props}>
      <option value="">{t('workflow.common.chooseOutcome')}</option>
      {codesOf(KEY_TASK_OUTCOMES).map((code) => (
        <option key={code} value={code}>
          {label(KEY_TASK_OUTCOMES, code)}
        </option>
      ))}
    </select>
  );
}

interface OpinionValues {
  verdict: OpinionVerdict;
  text: string;
  proposedOutcome: string;
}

/** An advisory agency's opinion: a verdict and a text (and an outcome on results); never edited after. */
export function OpinionForm({
  task,
  onResults,
  agencies,
  onDone,
}: {
  task: Task;
  onResults: boolean;
  agencies: ReadonlyArray<{ id: string; name: string }>;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const messageOf = useMessageOf();
  const schema = z.object({
    verdict: z.enum(['AGREE', 'AGREE_WITH_COMMENTS', 'DISAGREE']),
    text: z
      .string()
      .check(z.trim(), z.minLength(1, { error: t('workflow.common.commentRequired') }), z.maxLength(5000)),
    proposedOutcome: z.string(),
    agency: z.string(),
  });
  const form = useForm<OpinionValues & { agency: string }>({
    resolver: zodResolver(schema),
    defaultValues: { verdict: 'AGREE', text: '', proposedOutcome: '', agency: agencies[0]?.id ?? '' },
  });
  const [submitOpinion, { loading }] = useMutation(WfOpinionSubmitDocument, refetch);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const submit = form.handleSubmit(async (values) => {
    const result = (
      await submitOpinion({
        variables: {
          id: task.id,
          input: {
            verdict: values.verdict,
            text: values.text.trim(),
            proposedOutcome: onResults ? outcomeOf(values.proposedOutcome) : null,
            agency: values.agency === '' ? null : values.agency,
          },
        },
      })
    ).data?.opinionSubmit;
    setErrors(result?.userErrors ?? []);
    if (result && result.userErrors.length === 0) onDone(t('workflow.opinion.done'));
  });
  const textError =
    form.formState.errors.text?.message ?? (errorFor(errors, 'text') && messageOf(errorFor(errors, 'text')!));
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.opinion.heading')}</h3>
      {agencies.length > 1 && (
        <Field label={t('workflow.inbox.agency')}>
          {(props) => (
            <select {...props} {...form.register('agency')}>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <fieldset className="wf-radios">
        <legend>{t('workflow.opinion.verdict')}</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict}>
            <input type="radio" value={verdict} {...form.register('verdict')} />{' '}
            {t(`workflow.opinion.verdicts.${verdict}`)}
          </label>
        ))}
      </fieldset>
      {onResults && (
        <Field label={t('workflow.opinion.proposedOutcome')}>
          {(props) => <OutcomeSelect {...props} {...form.register('proposedOutcome')} />}
        </Field>
      )}
      <Field label={t('workflow.opinion.text')} error={textError} hint={t('workflow.opinion.immutable')}>
        {(props) => <textarea rows={3} {...props} {...form.register('text')} />}
      </Field>
      <UserErrorList errors={errors.filter((error) => error !== errorFor(errors, 'text'))} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.opinion.submit')}
      </button>
    </form>
  );
}

/** The focal agency appraises a self-assessment and proposes the task's outcome. */
export function ResultAppraiseForm({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const schema = z.object({
    outcome: z.string().check(z.refine((value) => outcomeOf(value) !== null, { error: t('workflow.common.required') })),
    comment: z
      .string()
      .check(z.trim(), z.minLength(1, { error: t('workflow.common.commentRequired') }), z.maxLength(5000)),
  });
  const form = useForm<{ outcome: string; comment: string }>({
    resolver: zodResolver(schema),
    defaultValues: { outcome: task.selfOutcome ?? '', comment: '' },
  });
  const [appraise, { loading }] = useMutation(WfResultAppraiseDocument, refetch);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const submit = form.handleSubmit(async (values) => {
    const result = (
      await appraise({
        variables: { id: task.id, outcome: outcomeOf(values.outcome)!, comment: values.comment.trim() },
      })
    ).data?.resultAppraise;
    setErrors(result?.userErrors ?? []);
    if (result && result.userErrors.length === 0)
      onDone(t('workflow.actions.done', { action: t('workflow.review.appraiseResult') }));
  });
  const { errors: fieldErrors } = form.formState;
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.review.resultHeading')}</h3>
      <Field label={t('workflow.opinion.proposedOutcome')} error={fieldErrors.outcome?.message}>
        {(props) => <OutcomeSelect {...props} {...form.register('outcome')} />}
      </Field>
      <Field label={t('workflow.review.resultComment')} error={fieldErrors.comment?.message}>
        {(props) => <textarea rows={3} {...props} {...form.register('comment')} />}
      </Field>
      <UserErrorList errors={errors} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.review.appraiseResult')}
      </button>
    </form>
  );
}
