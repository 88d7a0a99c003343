import { KEY_TASK_ACTIONS, KEY_TASK_TRANSITIONS } from '@nvtt/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../app/i18n';
import type { WfUserErrorFragment } from '../../../gql/graphql';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf } from '../components/feedback';
import { useSimpleAction, type SimpleAction } from './useSimpleAction';

/** Which actions take an optional comment (the others take none, or require one). */
const OPTIONAL_COMMENT: readonly SimpleAction[] = ['APPRAISE', 'CONSOLIDATE_RESULT'];

/**
 * One simple action as a small form: a reason where the transition table requires one (checked
 * here and again by the API), an optional comment where it is kept, else a single button.
 */
export function SimpleActionForm({
  action,
  taskId,
  onDone,
}: {
  action: SimpleAction;
  taskId: string;
  onDone: (actionLabel: string) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const messageOf = useMessageOf();
  const { run, loading } = useSimpleAction();
  const [comment, setComment] = useState('');
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const required = KEY_TASK_TRANSITIONS[action].requiresComment;
  const takesComment = required || OPTIONAL_COMMENT.includes(action);
  const actionLabel = label(KEY_TASK_ACTIONS, action);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (required && comment.trim() === '') {
      setErrors([
        {
          code: 'COMMENT_REQUIRED',
          message: t('workflow.common.commentRequired'),
          messageEn: t('workflow.common.commentRequired'),
          field: ['comment'],
          rule: null,
        },
      ]);
      // The error is read with the field (aria-describedby) once focus lands there.
      commentRef.current?.focus();
      return;
    }
    const found = await run(action, taskId, takesComment && comment.trim() !== '' ? comment : null);
    setErrors(found);
    if (found.length === 0) {
      setComment('');
      onDone(actionLabel);
    }
  }

  const commentError = errorFor(errors, 'comment');
  return (
    <form
      className={`wf-action wf-action--${action.toLowerCase()}`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      {takesComment && (
        <Field
          label={
            required ? t('workflow.actions.commentFor', { action: actionLabel }) : t('workflow.actions.optionalComment')
          }
          error={commentError ? messageOf(commentError) : undefined}
        >
          {(props) => (
            <textarea
              ref={commentRef}
              rows={2}
              required={required}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              {...props}
            />
          )}
        </Field>
      )}
      <UserErrorList errors={errors.filter((error) => error !== commentError)} />
      <button
        type="submit"
        className={action === 'WITHDRAW' || action === 'SUSPEND' ? 'button button--ghost' : 'button'}
        disabled={loading}
      >
        {actionLabel}
      </button>
    </form>
  );
}
