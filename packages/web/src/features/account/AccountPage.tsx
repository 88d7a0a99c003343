import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../app/i18n';
import { useNavigate } from '../../app/router';
import { ACCESS_ROLES, UNIT_ROLES } from '@nvtt/shared';
import { ErrorState, Loading } from '../../components/QueryState';
import { AccountDocument, SessionRevokeAllDocument } from './account.documents';
import { useLabels } from '../../lib/vocabulary';
import { PasswordForm } from './PasswordForm';
import { TokenManager } from './TokenManager';

/** "Ban Tổ chức Tỉnh ủy: BTC, Cơ quan đầu mối" — each agency once, with the roles held there. */
export function agenciesOf<Role extends string>(
  memberships: ReadonlyArray<{ role: Role; unit: { id: string; name: string } }>,
  roleLabel: (role: Role) => string,
): string[] {
  const byUnit = new Map<string, { name: string; roles: string[] }>();
  for (const membership of memberships) {
    const entry = byUnit.get(membership.unit.id) ?? { name: membership.unit.name, roles: [] };
    entry.roles.push(roleLabel(membership.role));
    byUnit.set(membership.unit.id, entry);
  }
  return [...byUnit.values()].map((entry) => `${entry.name}: ${entry.roles.join(', ')}`);
}

/** The signed-in user's roles, password, API tokens and sessions. */
export default function AccountPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(AccountDocument);
  const [revokeAll, { loading: revoking }] = useMutation(SessionRevokeAllDocument);

  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data?.viewer) return <Loading />;
  const viewer = data.viewer;

  return (
    <>
      <header className="page-header">
        <h1>{t('account.heading')}</h1>
      </header>
      <div className="account-layout">
        <section className="card" aria-labelledby="account-profile">
          <h2 id="account-profile" className="card__title">
            {t('account.profile')}
          </h2>
          <dl className="facts">
            <dt>{t('account.roles')}</dt>
            <dd>
              {viewer.accessRoles.map((role) => labels.label(ACCESS_ROLES, role)).join('; ') || t('account.none')}
            </dd>
            <dt>{t('account.agencies')}</dt>
            <dd>
              {viewer.memberships.length
                ? agenciesOf(viewer.memberships, (role) => labels.short(UNIT_ROLES, role)).join('; ')
                : t('account.none')}
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="account-password">
          <h2 id="account-password" className="card__title">
            {t('account.password')}
          </h2>
          <PasswordForm />
        </section>
        <section className="card account-layout__wide" aria-labelledby="account-tokens">
          <h2 id="account-tokens" className="card__title">
            {t('account.tokens')}
          </h2>
          <TokenManager tokens={data.apiTokens} />
        </section>
        <section className="card" aria-labelledby="account-sessions">
          <h2 id="account-sessions" className="card__title">
            {t('account.sessions')}
          </h2>
          <button
            type="button"
            className="button button--ghost"
            disabled={revoking}
            onClick={async () => {
              await revokeAll();
              await client.clearStore();
              navigate('/login', { replace: true });
            }}
          >
            {t('account.revokeAll')}
          </button>
        </section>
      </div>
    </>
  );
}
