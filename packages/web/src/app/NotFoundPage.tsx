import { useTranslation } from './i18n';
import { Link } from './router';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('status.notFound')}</h1>
      <Link to="/">{t('status.backHome')}</Link>
    </section>
  );
}
