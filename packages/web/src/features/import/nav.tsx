import { useTranslation } from '../../app/i18n';
import { NavLink } from '../../app/router';
import { i18n } from '../../app/i18n';
import type { AccessRole } from '../../gql/graphql';

// Only the link's label loads with the first screen; the page brings the rest of its strings.
i18n.addResourceBundle('vi', 'translation', { importNav: { link: 'Nhập dữ liệu' } }, true, false);
i18n.addResourceBundle('en', 'translation', { importNav: { link: 'Import' } }, true, false);

/** Ban Tổ chức and administrators import; the API refuses everyone else as well. */
export function mayImport(roles: readonly AccessRole[]): boolean {
  return roles.includes('CONSOLIDATOR') || roles.includes('ADMIN');
}

export function ImportNavLink({ roles }: { roles: readonly AccessRole[] }) {
  const { t } = useTranslation();
  return mayImport(roles) ? <NavLink to="/import">{t('importNav.link')}</NavLink> : null;
}
