import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { EVIDENCE_TARGETS, codesOf, parseDisplayDate, type EvidenceTarget } from '@nvtt/shared';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../../../app/i18n';
import { z } from 'zod';
import { type WfTaskDetailFragment, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfEvidenceAddDocument } from '../graphql/task.documents';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf } from '../components/feedback';

// Its own module: the form (react-hook-form, zod) loads only when the viewer may add evidence.
type Task = WfTaskDetailFragment;
const refetch = { refetchQueries: 'active' as const, awaitRefetchQueries: true };

interface EvidenceValues {
  target: EvidenceTarget;
  output: string;
  title: string;
  documentNumber: string;
  documentDate: string;
  issuer: string;
}

export function AddEvidence({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
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
