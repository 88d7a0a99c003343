import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { useTranslation } from './i18n';
import { NavLink, Outlet, useLocation, useNavigate } from './router';
import { LOCALES, type Locale } from '@nvtt/shared';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { Loading } from '../components/QueryState';
import { ImportNavLink } from '../features/import/nav';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { WorkflowNavLinks } from '../features/workflow/nav';
import { SignOutDocument, ViewerDocument } from '../features/session/session.documents';
import { DASHBOARD_ROLES } from './HomeRedirect';

const LOCALE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={i18n.language === locale}
          title={LOCALE_NAMES[locale]}
          onClick={() => void i18n.changeLanguage(locale)}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const { data } = useQuery(ViewerDocument);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  if (!data?.viewer) return null;
  return (
    <div className="user-menu">
      <span className="user-menu__name" title={t('session.signedInAs', { name: data.viewer.displayName })}>
        {data.viewer.displayName}
      </span>
      {/* A separate page (its editor stays out of the dashboard's bundle): a full navigation. */}
      <a className="user-menu__link" href="/graphiql">
        {t('session.apiExplorer')}
      </a>
      <button
        type="button"
        className="user-menu__sign-out"
        disabled={loading}
        onClick={async () => {
          await signOut();
          await client.clearStore();
          navigate('/login', { replace: true });
        }}
      >
        {t('session.signOut')}
      </button>
    </div>
  );
}

/** Header, navigation and language switch around every page; links follow the viewer's roles. */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data } = useQuery(ViewerDocument);
  const roles = data?.viewer?.accessRoles ?? [];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <div>
            <span className="app-header__name">{t('app.name')}</span>
            <span className="app-header__title">{t('app.title')}</span>
          </div>
        </div>
        <nav aria-label={t('app.mainNavigation')} className="app-nav">
          {roles.some((role) => DASHBOARD_ROLES.includes(role)) && (
            <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
          )}
          {roles.some((role) => DASHBOARD_ROLES.includes(role)) && (
            <NavLink to="/analysis">{t('nav.analytics')}</NavLink>
          )}
          <NavLink to="/units">{t('nav.units')}</NavLink>
          <WorkflowNavLinks roles={roles} />
          <ImportNavLink roles={roles} />
          <NavLink to="/account">{t('nav.account')}</NavLink>
          {roles.includes('ADMIN') && <NavLink to="/admin/accounts">{t('nav.admin')}</NavLink>}
        </nav>
        <NotificationBell />
        <UserMenu />
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <PageErrorBoundary key={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="app-footer">{t('app.subtitle')}</footer>
    </>
  );
}
