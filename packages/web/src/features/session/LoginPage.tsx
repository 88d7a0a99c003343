import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { useNavigate, useSearchParams } from '../../app/router';
import { SignInDocument, ViewerDocument } from './session.documents';

/** Where to go after signing in: only paths of this app, never another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ids = { username: useId(), password: useId(), error: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(params.get('expired') ? t('session.expired') : null);
  const [signIn, { loading }] = useMutation(SignInDocument, {
    // The gate reads the viewer from the cache: record who is now signed in before going there.
    update(cache, { data }) {
      const viewer = data?.sessionSignIn.viewer;
      if (viewer) cache.writeQuery({ query: ViewerDocument, data: { viewer } });
    },
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('session.required'));
      return;
    }
    const { data } = await signIn({ variables: { username, password } });
    const problem = data?.sessionSignIn.userErrors[0];
    if (problem || !data?.sessionSignIn.viewer) {
      setError(problem ? (i18n.language === 'en' ? problem.messageEn : problem.message) : t('status.error'));
      setPassword('');
      return;
    }
    navigate(safeNext(params.get('next')), { replace: true });
  }

  return (
    <div className="login">
      <form
        className="card login__card"
        onSubmit={(event) => void submit(event)}
        aria-describedby={error ? ids.error : undefined}
        noValidate
      >
        <img src="/favicon.svg" alt="" width="48" height="48" />
        <h1>{t('session.title')}</h1>
        <p className="muted">{t('session.intro')}</p>
        {error && (
          <p id={ids.error} className="login__error" role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={ids.username}>{t('session.username')}</label>
          <input
            id={ids.username}
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t('session.password')}</label>
          <input
            id={ids.password}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('session.submitting') : t('session.submit')}
        </button>
      </form>
    </div>
  );
}
