import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import type { WfUserErrorFragment } from '../../../gql/graphql';

/** A userError in the UI language (the API sends Vietnamese and English). */
export function useMessageOf() {
  const { i18n } = useTranslation();
  return useCallback(
    (error: Pick<WfUserErrorFragment, 'message' | 'messageEn'>) =>
      i18n.language === 'en' ? error.messageEn : error.message,
    [i18n.language],
  );
}

/** The first error for a field path (`title`, `outputs.0.target`), as the API names it. */
export function errorFor(errors: readonly WfUserErrorFragment[], path: string): WfUserErrorFragment | undefined {
  return errors.find((error) => (error.field ?? []).join('.') === path);
}

export type Notice = { kind: 'ok' | 'error'; text: string };

/**
 * A polite live region for the result of an action: success is announced as status, failure as
 * an alert; it takes focus so keyboard users land on what happened.
 */
export function FeedbackMessage({ notice }: { notice: Notice | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      className={notice.kind === 'error' ? 'form-error' : 'form-ok'}
    >
      {notice.text}
    </p>
  );
}

export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  return { notice, setNotice, ok: (text: string) => setNotice({ kind: 'ok', text }) };
}

/** The API's refusals listed together, each in the UI language (for errors without a field shown). */
export function UserErrorList({ errors }: { errors: readonly WfUserErrorFragment[] }) {
  const { t } = useTranslation();
  const messageOf = useMessageOf();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="form-error wf-errors">
      <p>{t('workflow.common.errorsTitle')}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.code}-${index}`}>{messageOf(error)}</li>
        ))}
      </ul>
    </div>
  );
}
