import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { EVIDENCE_TARGETS, isCodeOf, parseDisplayDate, type EvidenceTarget } from '@nvtt/shared';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../../../../app/i18n';
import { z } from 'zod/mini';
import type { WfTaskDetailFragment, WfUserErrorFragment } from '../../../../gql/graphql';
import { Field } from '../../components/fields';
import { UserErrorList, errorFor, useMessageOf } from '../../components/feedback';
import { WfEvidenceAddDocument } from '../../graphql/task-forms.documents';
import { TASK_CHOICE, missingReference, targetVariables, type EvidenceChoice } from './evidence-choice';
import { EvidenceTargetPicker } from './EvidenceTargetPicker';

const refetch = { refetchQueries: 'active' as const, awaitRefetchQueries: true };

interface EvidenceValues {
  target: EvidenceTarget;
  output: string;
  report: string;
  title: string;
  documentNumber: string;
  documentDate: string;
  issuer: string;
}

/** The form's own name of the field the API calls `outputNumber` or `progressReport`. */
const FORM_FIELD = { outputNumber: 'output', progressReport: 'report' } as const;

/**
 * The cadre references an official document (number, date, issuer) as evidence. With `fixed`, what it
 * supports is given (a milestone report's own form) and not asked.
 */
export function EvidenceDocumentForm({
  task,
  onDone,
  fixed,
}: {
  task: WfTaskDetailFragment;
  onDone: (text: string) => void;
  fixed?: EvidenceChoice;
}) {
  const { t } = useTranslation();
  const messageOf = useMessageOf();
  const required = t('workflow.common.required');
  const schema = z
    .object({
      target: z.custom<EvidenceTarget>((value) => typeof value === 'string' && isCodeOf(EVIDENCE_TARGETS, value)),
      output: z.string(),
      report: z.string(),
      title: z.string().check(z.trim(), z.minLength(1, { error: required }), z.maxLength(300)),
      documentNumber: z.string().check(z.trim(), z.minLength(1, { error: required }), z.maxLength(60)),
      documentDate: z
        .string()
        .check(z.refine((text) => parseDisplayDate(text) !== null, { error: t('workflow.common.dateInvalid') })),
      issuer: z.string().check(z.trim(), z.minLength(1, { error: required }), z.maxLength(200)),
    })
    .check(
      z.superRefine((values, context) => {
        const missing = missingReference(values);
        if (missing !== null) context.addIssue({ code: 'custom', path: [FORM_FIELD[missing]], message: required });
      }),
    );
  const initial = fixed ?? TASK_CHOICE;
  const form = useForm<EvidenceValues>({
    resolver: zodResolver(schema),
    defaultValues: { ...initial, title: '', documentNumber: '', documentDate: '', issuer: '' },
  });
  const [add, { loading }] = useMutation(WfEvidenceAddDocument, refetch);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [target, output, report] = useWatch({ control: form.control, name: ['target', 'output', 'report'] });
  const submit = form.handleSubmit(async (values) => {
    const result = (
      await add({
        variables: {
          id: task.id,
          input: {
            ...targetVariables(values),
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
  const pick = (next: EvidenceChoice) => {
    form.setValue('target', next.target);
    form.setValue('output', next.output);
    form.setValue('report', next.report);
  };
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.evidence.heading')}</h3>
      {!fixed && (
        <EvidenceTargetPicker
          task={task}
          value={{ target, output, report }}
          onChange={pick}
          errors={{
            outputNumber: fieldErrors.output?.message ?? serverError('outputNumber'),
            progressReport: fieldErrors.report?.message ?? serverError('progressReport'),
          }}
        />
      )}
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
      <UserErrorList
        errors={errors.filter((error) => !error.field?.length || (fixed !== undefined && isReferenceError(error)))}
      />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.evidence.submit')}
      </button>
    </form>
  );
}

/** An error about the output or report, shown in the list when the picker that would show it is hidden. */
function isReferenceError(error: WfUserErrorFragment): boolean {
  const field = (error.field ?? []).join('.');
  return field === 'outputNumber' || field === 'progressReport';
}
