import { useApolloClient } from '@apollo/client/react';
import { EVIDENCE_DEFAULT_MAX_BYTES, evidenceTypeOfName } from '@nvtt/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../../app/i18n';
import type { WfTaskDetailFragment } from '../../../../gql/graphql';
import { EVIDENCE_ACCEPT, uploadEvidenceFile, type UploadError } from '../../../../lib/evidence-files';
import { formatFileSize } from '../../../../lib/file-size';
import { Field } from '../../components/fields';
import { TASK_CHOICE, missingReference, targetVariables, type EvidenceChoice } from './evidence-choice';
import { EvidenceTargetPicker } from './EvidenceTargetPicker';

/**
 * The cadre attaches a file (PDF, Word, Excel, PowerPoint, PNG, JPEG) as evidence. The checks
 * here only spare a round trip; the server decides from the file's content and its own limit.
 * With `fixed`, what the file supports is given (a milestone report's own form) and not asked.
 */
export function EvidenceUpload({
  task,
  onDone,
  fixed,
}: {
  task: WfTaskDetailFragment;
  onDone: (text: string) => void;
  fixed?: EvidenceChoice;
}) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<EvidenceChoice>(TASK_CHOICE);
  const choice = fixed ?? picked;
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<readonly UploadError[]>([]);
  const [sending, setSending] = useState(false);
  const messageOf = (error: UploadError) => (i18n.language === 'en' ? error.messageEn : error.message);
  const local = (field: string, key: string, values?: Record<string, string>): UploadError => ({
    code: 'INVALID_INPUT',
    message: t(key, { ...values, lng: 'vi' }),
    messageEn: t(key, { ...values, lng: 'en' }),
    field: [field],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: UploadError[] = [];
    if (file === null) problems.push(local('file', 'workflow.evidenceFile.required'));
    else if (evidenceTypeOfName(file.name) === null) problems.push(local('file', 'workflow.evidenceFile.wrongType'));
    else if (file.size > EVIDENCE_DEFAULT_MAX_BYTES)
      problems.push(
        local('file', 'workflow.evidenceFile.tooLarge', {
          max: formatFileSize(EVIDENCE_DEFAULT_MAX_BYTES, i18n.language),
        }),
      );
    const missing = missingReference(choice);
    if (missing !== null) problems.push(local(missing, 'workflow.common.required'));
    setErrors(problems);
    if (problems.length > 0 || file === null) return;
    setSending(true);
    const result = await uploadEvidenceFile({
      keyTask: task.id,
      ...targetVariables(choice),
      title: title.trim(),
      file,
    });
    setSending(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setTitle('');
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
    await client.refetchQueries({ include: 'active' });
    onDone(t('workflow.evidenceFile.done'));
  };

  const errorOf = (field: string) => {
    const found = errors.find((error) => (error.field ?? []).join('.') === field);
    return found ? messageOf(found) : undefined;
  };
  const shown = ['file', 'title', ...(fixed ? [] : ['outputNumber', 'progressReport'])];
  const other = errors.filter((error) => !shown.includes((error.field ?? []).join('.')));
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.evidenceFile.heading')}</h3>
      {!fixed && (
        <EvidenceTargetPicker
          task={task}
          value={picked}
          onChange={setPicked}
          errors={{ outputNumber: errorOf('outputNumber'), progressReport: errorOf('progressReport') }}
        />
      )}
      <Field label={t('workflow.evidenceFile.title')} error={errorOf('title')}>
        {(props) => (
          <input {...props} value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} />
        )}
      </Field>
      <Field
        label={t('workflow.evidenceFile.file')}
        error={errorOf('file')}
        hint={t('workflow.evidenceFile.hint', { max: formatFileSize(EVIDENCE_DEFAULT_MAX_BYTES, i18n.language) })}
      >
        {(props) => (
          <input
            {...props}
            ref={fileInput}
            type="file"
            accept={EVIDENCE_ACCEPT}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      {other.length > 0 && (
        <ul className="form-error" role="alert">
          {other.map((error, index) => (
            <li key={index}>{messageOf(error)}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="button" disabled={sending}>
        {sending ? t('workflow.evidenceFile.sending') : t('workflow.evidenceFile.submit')}
      </button>
    </form>
  );
}
