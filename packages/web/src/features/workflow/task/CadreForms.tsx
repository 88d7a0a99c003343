import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { KEY_TASK_OUTCOMES, codesOf } from '@nvtt/shared';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from '../../../app/i18n';
import { z } from 'zod/mini';
import { type ProgressStatus, type WfTaskDetailFragment, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfPlanFileDocument, WfProgressReportDocument, WfSelfAssessDocument } from '../graphql/task-forms.documents';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList } from '../components/feedback';
import { readNumber } from '../my-tasks/draft-form';
import { milestoneInputs, periodMilestones, planSchema, type MilestoneRow } from './plan';
import { OutputActualFields, actualInputs, actualsSchema, blankActuals, type ActualValues } from './OutputActualFields';

type Task = WfTaskDetailFragment;
const refetch = { refetchQueries: 'active' as const, awaitRefetchQueries: true };

/** Errors of a react-hook-form field, as text. */
function message(error: { message?: string | undefined } | undefined): string | undefined {
  return error?.message;
}

export function PlanForm({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const schema = planSchema({
    required: t('workflow.common.required'),
    dateInvalid: t('workflow.common.dateInvalid'),
    needOne: t('workflow.plan.needOne'),
  });
  const form = useForm<{ milestones: MilestoneRow[] }>({
    resolver: zodResolver(schema),
    defaultValues: { milestones: [] },
    mode: 'onBlur',
  });
  const rows = useFieldArray({ control: form.control, name: 'milestones' });
  const [file, { loading }] = useMutation(WfPlanFileDocument, refetch);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const generate = (kind: 'MONTH' | 'QUARTER') => {
    if (!task.startsOn || !task.endsOn) return;
    rows.replace(periodMilestones(task.startsOn, task.endsOn, kind));
  };
  const submit = form.handleSubmit(async (values) => {
    const result = (await file({ variables: { id: task.id, milestones: milestoneInputs(values.milestones) } })).data
      ?.planFile;
    setErrors(result?.userErrors ?? []);
    if (result && result.userErrors.length === 0) onDone(t('workflow.plan.done'));
  });
  const rowErrors = form.formState.errors.milestones;
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.plan.heading')}</h3>
      <p className="muted">{t('workflow.plan.intro')}</p>
      <div className="row-actions">
        <button type="button" className="button button--ghost" onClick={() => generate('MONTH')}>
          {t('workflow.plan.monthly')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => generate('QUARTER')}>
          {t('workflow.plan.quarterly')}
        </button>
      </div>
      {message(rowErrors?.root ?? (rowErrors as { message?: string } | undefined)) && (
        <p className="field__error" role="alert">
          {message(rowErrors?.root ?? (rowErrors as { message?: string } | undefined))}
        </p>
      )}
      {rows.fields.map((item, index) => (
        <fieldset key={item.id} className="wf-subfieldset">
          <legend>{t('workflow.plan.milestoneN', { n: index + 1 })}</legend>
          <div className="wf-row">
            <Field label={t('workflow.plan.kind')}>
              {(props) => (
                <select {...props} {...form.register(`milestones.${index}.periodKind`)}>
                  <option value="MONTH">{t('workflow.plan.monthly')}</option>
                  <option value="QUARTER">{t('workflow.plan.quarterly')}</option>
                  <option value="YEAR">{String(task.cycle.year)}</option>
                </select>
              )}
            </Field>
            <Field label={t('workflow.plan.label')} error={message(rowErrors?.[index]?.periodLabel)}>
              {(props) => <input {...props} {...form.register(`milestones.${index}.periodLabel`)} />}
            </Field>
            <Field label={t('workflow.plan.due')} error={message(rowErrors?.[index]?.dueOn)}>
              {(props) => (
                <input
                  inputMode="numeric"
                  placeholder="dd/mm/yyyy"
                  {...props}
                  {...form.register(`milestones.${index}.dueOn`)}
                />
              )}
            </Field>
          </div>
          <Field label={t('workflow.plan.expected')} error={message(rowErrors?.[index]?.expectedOutput)}>
            {(props) => <input {...props} {...form.register(`milestones.${index}.expectedOutput`)} />}
          </Field>
          <button type="button" className="link-button" onClick={() => rows.remove(index)}>
            {t('workflow.plan.remove', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--ghost"
        onClick={() => rows.append({ periodKind: 'MONTH', periodLabel: '', dueOn: '', expectedOutput: '' })}
      >
        {t('workflow.plan.add')}
      </button>
      <UserErrorList errors={errors} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.plan.submit')}
      </button>
    </form>
  );
}

const PROGRESS_STATUSES: readonly ProgressStatus[] = ['ON_TRACK', 'AT_RISK', 'DELAYED', 'DONE'];
const PROGRESS_LABELS: Record<ProgressStatus, { vi: string; en: string }> = {
  ON_TRACK: { vi: 'Đúng tiến độ', en: 'On track' },
  AT_RISK: { vi: 'Có nguy cơ chậm', en: 'At risk' },
  DELAYED: { vi: 'Chậm tiến độ', en: 'Delayed' },
  DONE: { vi: 'Hoàn thành', en: 'Done' },
};

interface ProgressValues extends ActualValues {
  milestone: string;
  status: ProgressStatus;
  percent: string;
  note: string;
}

export function ProgressForm({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const schema = z.object({
    milestone: z.string(),
    status: z.enum(['ON_TRACK', 'AT_RISK', 'DELAYED', 'DONE']),
    percent: z.string().check(
      z.refine(
        (text) => {
          const value = readNumber(text);
          return value === null || (value !== 'invalid' && value >= 0 && value <= 100);
        },
        { error: t('workflow.progress.percentRange') },
      ),
    ),
    note: z.string().check(z.trim(), z.minLength(1, { error: t('workflow.common.required') })),
    actuals: actualsSchema({
      invalid: t('workflow.common.numberInvalid'),
      negative: t('workflow.progress.actualNegative'),
    }),
  });
  const firstOpen = task.milestones.findIndex((milestone) => milestone.doneOn === null);
  const form = useForm<ProgressValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      milestone: firstOpen >= 0 ? String(firstOpen + 1) : '',
      status: 'ON_TRACK',
      percent: '',
      note: '',
      actuals: blankActuals(task.outputs),
    },
  });
  const [report, { loading }] = useMutation(WfProgressReportDocument, refetch);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const submit = form.handleSubmit(async (values) => {
    const percent = readNumber(values.percent);
    const result = (
      await report({
        variables: {
          id: task.id,
          input: {
            milestoneNumber: values.milestone === '' ? null : Number(values.milestone),
            status: values.status,
            percentComplete: typeof percent === 'number' ? percent : null,
            note: values.note.trim(),
            actuals: actualInputs(task.outputs, values.actuals),
          },
        },
      })
    ).data?.milestoneReport;
    setErrors(result?.userErrors ?? []);
    if (result && result.userErrors.length === 0) {
      form.reset({ ...values, note: '', percent: '', actuals: blankActuals(task.outputs) });
      onDone(t('workflow.progress.done'));
    }
  });
  const { errors: fieldErrors } = form.formState;
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.progress.heading')}</h3>
      <div className="wf-row">
        <Field label={t('workflow.progress.milestone')}>
          {(props) => (
            <select {...props} {...form.register('milestone')}>
              <option value="">{t('workflow.progress.wholeTask')}</option>
              {task.milestones.map((milestone, index) => (
                <option key={`${milestone.periodLabel}-${index}`} value={String(index + 1)}>
                  {milestone.periodLabel} — {milestone.expectedOutput}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('workflow.progress.status')} hint={t('workflow.progress.doneHint')}>
          {(props) => (
            <select {...props} {...form.register('status')}>
              {PROGRESS_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {label(PROGRESS_LABELS, status)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('workflow.progress.percent')} error={message(fieldErrors.percent)}>
          {(props) => <input inputMode="decimal" {...props} {...form.register('percent')} />}
        </Field>
      </div>
      <OutputActualFields
        outputs={task.outputs}
        registerValue={(index) => form.register(`actuals.${index}.value`)}
        errors={fieldErrors.actuals}
      />
      <Field label={t('workflow.progress.note')} error={message(fieldErrors.note)}>
        {(props) => <textarea rows={2} {...props} {...form.register('note')} />}
      </Field>
      <UserErrorList errors={errors} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.progress.submit')}
      </button>
    </form>
  );
}

interface SelfAssessValues {
  outcome: string;
  summary: string;
  actuals: Array<{ value: string }>;
}

export function SelfAssessForm({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const schema = z.object({
    outcome: z
      .string()
      .check(z.refine((value) => value in KEY_TASK_OUTCOMES, { error: t('workflow.common.required') })),
    summary: z.string().check(z.trim(), z.minLength(1, { error: t('workflow.common.required') })),
    actuals: z.array(
      z.object({
        value: z
          .string()
          .check(z.refine((text) => readNumber(text) !== 'invalid', { error: t('workflow.common.numberInvalid') })),
      }),
    ),
  });
  const form = useForm<SelfAssessValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      outcome: '',
      summary: '',
      actuals: task.outputs.map((output) => ({ value: output.actual === null ? '' : String(output.actual) })),
    },
  });
  const [assess, { loading }] = useMutation(WfSelfAssessDocument, refetch);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const submit = form.handleSubmit(async (values) => {
    const actuals = values.actuals.flatMap((entry, index) => {
      const value = readNumber(entry.value);
      return typeof value === 'number' ? [{ output: index + 1, actual: value }] : [];
    });
    const outcome = codesOf(KEY_TASK_OUTCOMES).find((code) => code === values.outcome)!;
    const result = (
      await assess({ variables: { id: task.id, input: { outcome, summary: values.summary.trim(), actuals } } })
    ).data?.selfAssessmentSubmit;
    setErrors(result?.userErrors ?? []);
    if (result && result.userErrors.length === 0) onDone(t('workflow.selfAssess.done'));
  });
  const { errors: fieldErrors } = form.formState;
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.selfAssess.heading')}</h3>
      <Field label={t('workflow.common.outcome')} error={message(fieldErrors.outcome)}>
        {(props) => (
          <select {...props} {...form.register('outcome')}>
            <option value="">{t('workflow.common.chooseOutcome')}</option>
            {codesOf(KEY_TASK_OUTCOMES).map((code) => (
              <option key={code} value={code}>
                {label(KEY_TASK_OUTCOMES, code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {task.outputs.map((output, index) => (
        <Field
          key={output.ordinal}
          label={
            output.unit
              ? t('workflow.selfAssess.actual', { name: output.name, unit: output.unit })
              : t('workflow.selfAssess.actualNoUnit', { name: output.name })
          }
          error={message(fieldErrors.actuals?.[index]?.value)}
        >
          {(props) => <input inputMode="decimal" {...props} {...form.register(`actuals.${index}.value`)} />}
        </Field>
      ))}
      <Field label={t('workflow.selfAssess.summary')} error={message(fieldErrors.summary)}>
        {(props) => <textarea rows={3} {...props} {...form.register('summary')} />}
      </Field>
      <UserErrorList errors={errors} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.selfAssess.submit')}
      </button>
    </form>
  );
}
