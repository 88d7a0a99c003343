import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ALIGNMENT_AREAS,
  ALIGNMENT_SOURCES,
  checkKeyTask,
  codesOf,
  type CycleRules,
  type RuleViolation,
} from '@nvtt/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from '../../../app/i18n';
import { type WfTaskDetailFragment, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfChangeRequestDocument, WfTaskCreateDocument, WfTaskUpdateDocument } from '../graphql/task-forms.documents';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList, useMessageOf } from '../components/feedback';
import {
  blankAlignment,
  blankOutput,
  draftFormSchema,
  draftInputOf,
  draftValuesOf,
  emptyDraftValues,
  readDraftForm,
  type DraftFormValues,
  type DraftMessages,
} from './draft-form';

interface Props {
  cycleYear: number;
  rules: CycleRules;
  /** The task being edited; none to register a new one. */
  task?: WfTaskDetailFragment;
  onSaved: (task: WfTaskDetailFragment, created: boolean) => void;
  onCancel: () => void;
  /** Propose this content as a change to the assigned `task` (with a reason) instead of saving it. */
  change?: { onSent: () => void };
}

/** Violations of the registration rules for one field path (`title`, `outputs`, `outputs.1`). */
function violationsAt(violations: readonly RuleViolation[], path: string): RuleViolation[] {
  return violations.filter((violation) => violation.field === path);
}

/**
 * A key task as the cadre writes it. The shared schema bounds what can be saved; the shared
 * registration rules are checked live and shown next to each field, in the UI language.
 */
export function TaskDraftForm({ cycleYear, rules, task, onSaved, onCancel, change }: Props) {
  const { t } = useTranslation();
  const { locale, label, short } = useLabels();
  const messageOf = useMessageOf();
  const messages: DraftMessages = useMemo(
    () => ({
      dateInvalid: t('workflow.common.dateInvalid'),
      numberInvalid: t('workflow.common.numberInvalid'),
      sourceRequired: t('workflow.common.required'),
    }),
    [t],
  );
  const form = useForm<DraftFormValues>({
    defaultValues: task ? draftValuesOf(task) : emptyDraftValues(),
    resolver: zodResolver(draftFormSchema(messages)),
    mode: 'onChange',
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const outputs = useFieldArray({ control, name: 'outputs' });
  const alignments = useFieldArray({ control, name: 'alignments' });
  const watched = useWatch({ control }) as DraftFormValues;
  const violations = useMemo(
    () => checkKeyTask(readDraftForm(watched, messages).draft, rules, cycleYear, null),
    [watched, messages, rules, cycleYear],
  );
  const [serverErrors, setServerErrors] = useState<WfUserErrorFragment[]>([]);
  const [create, created] = useMutation(WfTaskCreateDocument);
  const [update, updated] = useMutation(WfTaskUpdateDocument);
  const [requestChange, requested] = useMutation(WfChangeRequestDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const [reason, setReason] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const ruleText = (found: readonly RuleViolation[]) => found.map((violation) => violation.message[locale]).join(' ');
  const errorText = (path: string, errors: FieldErrors<DraftFormValues> = formState.errors): string | undefined => {
    const parts = path.split('.');
    let node: unknown = errors;
    for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
    const message = (node as { message?: string } | undefined)?.message;
    const rule = ruleText(violationsAt(violations, path));
    return [message, rule].filter(Boolean).join(' ') || undefined;
  };

  const save = handleSubmit(async (values) => {
    const input = draftInputOf(values, messages);
    if (change && task) {
      const sent = (await requestChange({ variables: { id: task.id, proposed: input, reason } })).data
        ?.changeRequestSubmit;
      const problems = sent?.userErrors ?? [];
      setServerErrors(problems);
      if (sent?.changeRequest && problems.length === 0) change.onSent();
      return;
    }
    const result = task
      ? (await update({ variables: { id: task.id, input } })).data?.keyTaskUpdate
      : (await create({ variables: { year: cycleYear, input } })).data?.keyTaskCreate;
    const errors = result?.userErrors ?? [];
    setServerErrors(errors.filter((error) => !error.field?.length));
    for (const error of errors) {
      if (error.field?.length) setError(error.field.join('.') as 'title', { message: messageOf(error) });
    }
    if (result?.keyTask && errors.length === 0) onSaved(result.keyTask, !task);
  });

  const busy = created.loading || updated.loading || requested.loading || formState.isSubmitting;
  return (
    <form className="card wf-draft" onSubmit={(event) => void save(event)} noValidate>
      <h2 ref={heading} tabIndex={-1}>
        {change
          ? t('workflow.change.heading')
          : task
            ? t('workflow.draft.editHeading')
            : t('workflow.draft.createHeading', { year: cycleYear })}
      </h2>
      {change && <p className="muted">{t('workflow.change.intro')}</p>}
      <Field label={t('workflow.draft.title')} error={errorText('title')}>
        {(props) => <input {...props} {...register('title')} />}
      </Field>
      <Field label={t('workflow.draft.description')} error={errorText('description')}>
        {(props) => <textarea rows={3} {...props} {...register('description')} />}
      </Field>
      <Field label={t('workflow.draft.spillOver')}>
        {(props) => <textarea rows={2} {...props} {...register('spillOverNote')} />}
      </Field>
      <div className="wf-row">
        <Field label={t('workflow.draft.startsOn')} error={errorText('startsOn')}>
          {(props) => <input inputMode="numeric" placeholder="dd/mm/yyyy" {...props} {...register('startsOn')} />}
        </Field>
        <Field label={t('workflow.draft.endsOn')} error={errorText('endsOn')}>
          {(props) => <input inputMode="numeric" placeholder="dd/mm/yyyy" {...props} {...register('endsOn')} />}
        </Field>
      </div>
      <label className="wf-check">
        <input type="checkbox" {...register('multiYear')} /> {t('workflow.draft.multiYear', { year: cycleYear })}
      </label>

      <fieldset className="wf-fieldset" aria-describedby="wf-outputs-rules">
        <legend>{t('workflow.draft.outputs')}</legend>
        <RuleNote id="wf-outputs-rules" text={ruleText(violationsAt(violations, 'outputs'))} />
        {outputs.fields.map((item, index) => (
          <OutputRow
            key={item.id}
            index={index}
            register={register}
            errorText={errorText}
            onRemove={() => outputs.remove(index)}
          />
        ))}
        <button type="button" className="button button--ghost" onClick={() => outputs.append(blankOutput())}>
          {t('workflow.draft.addOutput')}
        </button>
      </fieldset>

      <fieldset className="wf-fieldset" aria-describedby="wf-alignment-rules">
        <legend>{t('workflow.draft.alignments')}</legend>
        <RuleNote id="wf-alignment-rules" text={ruleText(violationsAt(violations, 'alignments'))} />
        {alignments.fields.map((item, index) => (
          <fieldset key={item.id} className="wf-subfieldset">
            <legend>{t('workflow.draft.alignmentN', { n: index + 1 })}</legend>
            <div className="wf-row">
              <Field label={t('workflow.draft.source')} error={errorText(`alignments.${index}.source`)}>
                {(props) => (
                  <select {...props} {...register(`alignments.${index}.source`)}>
                    <option value="">{t('workflow.common.choose')}</option>
                    {codesOf(ALIGNMENT_SOURCES).map((code) => (
                      <option key={code} value={code}>
                        {short(ALIGNMENT_SOURCES, code)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('workflow.draft.area')}>
                {(props) => (
                  <select {...props} {...register(`alignments.${index}.area`)}>
                    <option value="">{t('workflow.draft.noArea')}</option>
                    {codesOf(ALIGNMENT_AREAS).map((code) => (
                      <option key={code} value={code}>
                        {label(ALIGNMENT_AREAS, code)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field label={t('workflow.draft.referenceText')}>
              {(props) => <input {...props} {...register(`alignments.${index}.referenceText`)} />}
            </Field>
            <button type="button" className="link-button" onClick={() => alignments.remove(index)}>
              {t('workflow.draft.removeAlignment', { n: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="button button--ghost" onClick={() => alignments.append(blankAlignment())}>
          {t('workflow.draft.addAlignment')}
        </button>
      </fieldset>

      <section className="wf-rules" aria-labelledby="wf-rules-title" aria-live="polite">
        <h3 id="wf-rules-title">{t('workflow.draft.rulesTitle')}</h3>
        {violations.length === 0 ? (
          <p className="form-ok">{t('workflow.draft.rulesOk')}</p>
        ) : (
          <ul className="wf-violations">
            {violations.map((violation, index) => (
              <li key={`${violation.code}-${index}`}>{violation.message[locale]}</li>
            ))}
          </ul>
        )}
        <p className="muted">{t('workflow.draft.rulesNote')}</p>
      </section>

      {change && (
        <Field label={t('workflow.change.reason')}>
          {(props) => (
            <textarea rows={2} {...props} value={reason} onChange={(event) => setReason(event.target.value)} />
          )}
        </Field>
      )}
      <UserErrorList errors={serverErrors} />
      <div className="row-actions">
        <button type="submit" className="button" disabled={busy}>
          {change ? t('workflow.change.submit') : t('workflow.draft.saveDraft')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('workflow.common.cancel')}
        </button>
      </div>
    </form>
  );
}

function RuleNote({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className={text ? 'field__error' : 'visually-hidden'}>
      {text}
    </p>
  );
}

function OutputRow({
  index,
  register,
  errorText,
  onRemove,
}: {
  index: number;
  register: UseFormRegister<DraftFormValues>;
  errorText: (path: string) => string | undefined;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const rowError = errorText(`outputs.${index}`);
  return (
    <fieldset className="wf-subfieldset">
      <legend>{t('workflow.draft.outputN', { n: index + 1 })}</legend>
      {rowError && <p className="field__error">{rowError}</p>}
      <Field label={t('workflow.draft.outputName')} error={errorText(`outputs.${index}.name`)}>
        {(props) => <input {...props} {...register(`outputs.${index}.name`)} />}
      </Field>
      <div className="wf-row">
        <Field label={t('workflow.draft.outputUnit')} error={errorText(`outputs.${index}.unit`)}>
          {(props) => <input {...props} {...register(`outputs.${index}.unit`)} />}
        </Field>
        <Field label={t('workflow.draft.outputTarget')} error={errorText(`outputs.${index}.target`)}>
          {(props) => <input inputMode="decimal" {...props} {...register(`outputs.${index}.target`)} />}
        </Field>
        <Field label={t('workflow.draft.outputDue')} error={errorText(`outputs.${index}.dueOn`)}>
          {(props) => (
            <input inputMode="numeric" placeholder="dd/mm/yyyy" {...props} {...register(`outputs.${index}.dueOn`)} />
          )}
        </Field>
      </div>
      <button type="button" className="link-button" onClick={onRemove}>
        {t('workflow.draft.removeOutput', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
