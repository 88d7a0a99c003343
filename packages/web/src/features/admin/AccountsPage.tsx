import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { ACCESS_ROLES, UNIT_ROLES, formatProvinceDateTime } from '@nvtt/shared';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { type AccountsQuery } from '../../gql/graphql';
import { AccountUpdateDocument, AccountsDocument, PasswordResetDocument } from './admin.documents';
import { useLabels } from '../../lib/vocabulary';
import { agenciesOf } from '../account/AccountPage';
import { CreateAccountForm } from './CreateAccountForm';
import './admin.css';

type Account = AccountsQuery['accounts'][number];

/** Administrators manage sign-in accounts: who they are, which agencies and roles, enabled or not. */
export default function AccountsPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { data, previousData, error, refetch } = useQuery(AccountsDocument, { variables: { search: search || null } });
  const [update] = useMutation(AccountUpdateDocument, { refetchQueries: [AccountsDocument] });
  const [reset] = useMutation(PasswordResetDocument);
  const accounts = (data ?? previousData)?.accounts;

  async function resetPassword(account: Account) {
    const next = window.prompt(t('admin.resetPrompt', { username: account.username }));
    if (!next) return;
    const { data: result } = await reset({ variables: { id: account.id, next } });
    const problem = result?.passwordReset.userErrors[0];
    setNotice(
      problem
        ? i18n.language === 'en'
          ? problem.messageEn
          : problem.message
        : t('admin.resetDone', { username: account.username }),
    );
  }

  async function changeEmail(account: Account) {
    const next = window.prompt(t('admin.emailPrompt', { username: account.username }), account.email ?? '');
    if (next === null) return;
    const { data: result } = await update({ variables: { id: account.id, input: { email: next } } });
    const problem = result?.accountUpdate.userErrors[0];
    setNotice(
      problem
        ? i18n.language === 'en'
          ? problem.messageEn
          : problem.message
        : t('admin.emailDone', { username: account.username }),
    );
  }

  const lastSignIn = (account: Account) =>
    account.lastSignInAt ? formatProvinceDateTime(new Date(account.lastSignInAt)) : '—';

  const roleText = (account: Account) =>
    [
      ...account.globalRoles.map((role) => labels.label(ACCESS_ROLES, role)),
      ...(account.cadreCode ? [`${labels.label(ACCESS_ROLES, 'CADRE')} (${account.cadreCode})`] : []),
      ...agenciesOf(account.memberships, (role) => labels.short(UNIT_ROLES, role)),
      ...(account.memberships.some((membership) => membership.head) ? [t('admin.head')] : []),
    ].join('; ');

  return (
    <>
      <header className="page-header">
        <h1>{t('admin.heading')}</h1>
      </header>
      <div className="account-layout">
        <section className="card account-layout__wide accounts-card" aria-labelledby="accounts-list">
          <h2 id="accounts-list" className="visually-hidden">
            {t('admin.heading')}
          </h2>
          <div className="field field--grow">
            <label htmlFor={searchId}>{t('admin.search')}</label>
            <input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </div>
          {notice && (
            <p role="status" className="form-ok">
              {notice}
            </p>
          )}
          {error && !accounts && <ErrorState onRetry={() => void refetch()} />}
          {!accounts && !error && <Loading />}
          {accounts && accounts.length === 0 && <Empty>{t('admin.empty')}</Empty>}
          {accounts && accounts.length > 0 && (
            // A keyboard user can focus the box to scroll it when the table is wider than the screen.
            <div
              className="table-scroll accounts-table__scroll"
              tabIndex={0}
              role="region"
              aria-labelledby="accounts-list"
            >
              <table className="table accounts-table">
                <thead>
                  <tr>
                    {(['username', 'name', 'roles', 'lastSignIn', 'status'] as const).map((column) => (
                      <th key={column} scope="col" className={`accounts-table__col-${column}`}>
                        {t(`admin.columns.${column}`)}
                      </th>
                    ))}
                    <th scope="col">
                      <span className="visually-hidden">{t('admin.reset')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {accounts.map((account) => (
                    <tr key={account.id}>
                      <th scope="row">
                        <code>{account.username}</code>
                        {/* Shown in place of the last-sign-in column where the screen is too narrow for it. */}
                        <small className="accounts-table__signin-inline">
                          {t('admin.columns.lastSignIn')}: <span className="nowrap">{lastSignIn(account)}</span>
                        </small>
                      </th>
                      <td>
                        {account.displayName}
                        {account.email && (
                          <>
                            <br />
                            <small>{account.email}</small>
                          </>
                        )}
                      </td>
                      <td className="accounts-table__roles">{roleText(account) || '—'}</td>
                      <td className="accounts-table__signin">{lastSignIn(account)}</td>
                      <td className="accounts-table__status">
                        {account.disabled ? t('admin.disabled') : t('admin.enabled')}
                      </td>
                      <td className="accounts-table__actions">
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button button--ghost"
                            onClick={() => void resetPassword(account)}
                          >
                            {t('admin.reset')}
                          </button>
                          <button
                            type="button"
                            className="button button--ghost"
                            onClick={() => void changeEmail(account)}
                          >
                            {t('admin.email')}
                          </button>
                          <button
                            type="button"
                            className="button button--ghost"
                            onClick={() =>
                              void update({ variables: { id: account.id, input: { disabled: !account.disabled } } })
                            }
                          >
                            {account.disabled ? t('admin.enable') : t('admin.disable')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="card" aria-labelledby="account-create">
          <h2 id="account-create" className="card__title">
            {t('admin.create')}
          </h2>
          <CreateAccountForm />
        </section>
      </div>
    </>
  );
}
