import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { PasswordChangeDocument } from './account.documents';

export function PasswordForm() {
  const { t, i18n } = useTranslation();
  const ids = { current: useId(), next: useId(), confirm: useId() };
  const [values, setValues] = useState({ current: '', next: '', confirm: '' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [change, { loading }] = useMutation(PasswordChangeDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (values.next !== values.confirm) {
      setMessage({ kind: 'error', text: t('account.mismatch') });
      return;
    }
    const { data } = await change({ variables: { current: values.current, next: values.next } });
    const problem = data?.passwordChange.userErrors[0];
    setMessage(
      problem
        ? { kind: 'error', text: i18n.language === 'en' ? problem.messageEn : problem.message }
        : { kind: 'ok', text: t('account.changed') },
    );
    if (!problem) setValues({ current: '', next: '', confirm: '' });
  }

  const field = (name: keyof typeof values, label: string, autoComplete: string) => (
    <div className="field">
      <label htmlFor={ids[name]}>{label}</label>
      <input
        id={ids[name]}
        type="password"
        autoComplete={autoComplete}
        value={values[name]}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      />
    </div>
  );

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {field('current', t('account.current'), 'current-password')}
      {field('next', t('account.next'), 'new-password')}
      {field('confirm', t('account.confirm'), 'new-password')}
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'form-error' : 'form-ok'}
        >
          {message.text}
        </p>
      )}
      <button type="submit" className="button" disabled={loading || !values.current || !values.next}>
        {t('account.change')}
      </button>
    </form>
  );
}
