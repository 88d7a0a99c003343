import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { TOKEN_SCOPES, codesOf, formatProvinceDateTime, type TokenScope } from '@nvtt/shared';
import { type AccountQuery } from '../../gql/graphql';
import { AccountDocument, ApiTokenCreateDocument, ApiTokenRevokeDocument } from './account.documents';
import { useLabels } from '../../lib/vocabulary';

type Token = AccountQuery['apiTokens'][number];

/** Whether a token still works, at `now`. */
export function tokenStatus(
  token: Pick<Token, 'revokedAt' | 'expiresAt'>,
  now: Date,
): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt) <= now ? 'expired' : 'active';
}

export function TokenManager({ tokens }: { tokens: readonly Token[] }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const ids = { name: useId(), days: useId() };
  const [name, setName] = useState('');
  const [days, setDays] = useState(90);
  const [scopes, setScopes] = useState<TokenScope[]>(['AGGREGATES']);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(ApiTokenCreateDocument, { refetchQueries: [AccountDocument] });
  const [revoke] = useMutation(ApiTokenRevokeDocument, { refetchQueries: [AccountDocument] });
  const now = new Date();

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The form checks the range itself (noValidate): the browser's bubble would speak its own language.
    if (!Number.isInteger(days) || days < 1 || days > 366) {
      setCreated(null);
      setError(t('account.daysRange'));
      return;
    }
    const { data } = await create({ variables: { name, scopes, days } });
    const problem = data?.apiTokenCreate.userErrors[0];
    setError(problem ? (i18n.language === 'en' ? problem.messageEn : problem.message) : null);
    setCreated(data?.apiTokenCreate.token ?? null);
    if (!problem) setName('');
  }

  return (
    <div className="stack">
      <p className="muted">{t('account.tokensIntro')}</p>
      {tokens.length === 0 ? (
        <p className="muted">{t('account.noTokens')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                {(['name', 'scopes', 'created', 'expires', 'used', 'status'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`account.columns.${column}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('account.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => {
                const status = tokenStatus(token, now);
                return (
                  <tr key={token.id}>
                    <th scope="row">
                      {token.name} <code className="muted">{token.prefix}…</code>
                    </th>
                    <td>{token.scopes.map((scope) => labels.label(TOKEN_SCOPES, scope)).join('; ')}</td>
                    <td>{formatProvinceDateTime(new Date(token.createdAt))}</td>
                    <td>{formatProvinceDateTime(new Date(token.expiresAt))}</td>
                    <td>{token.lastUsedAt ? formatProvinceDateTime(new Date(token.lastUsedAt)) : '—'}</td>
                    <td>{t(`account.${status}`)}</td>
                    <td>
                      {status === 'active' && (
                        <button
                          type="button"
                          className="button button--ghost"
                          onClick={() => void revoke({ variables: { id: token.id } })}
                        >
                          {t('account.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <form className="stack token-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={ids.name}>{t('account.tokenName')}</label>
          <input id={ids.name} value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
        </div>
        <fieldset className="field checkbox-group">
          <legend>{t('account.scopes')}</legend>
          {codesOf(TOKEN_SCOPES).map((scope) => (
            <label key={scope}>
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(event) =>
                  setScopes(event.target.checked ? [...scopes, scope] : scopes.filter((entry) => entry !== scope))
                }
              />{' '}
              {labels.label(TOKEN_SCOPES, scope)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.days}>{t('account.days')}</label>
          <input
            id={ids.days}
            type="number"
            min={1}
            max={366}
            value={days}
            onChange={(event) => setDays(Number(event.target.value))}
          />
        </div>
        <button type="submit" className="button" disabled={loading || !name.trim() || scopes.length === 0}>
          {t('account.create')}
        </button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {created && (
        <div role="status" className="form-ok">
          <p>{t('account.created')}</p>
          <code className="secret">{created}</code>
        </div>
      )}
    </div>
  );
}
