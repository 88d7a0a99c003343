import { useTranslation } from '../../app/i18n';
import { formatLocalDate } from '@nvtt/shared';

/** "01/07/2025 – 30/06/2026", "từ 01/07/2025", "đến 30/06/2025" or "Hiện hành". */
export function UnitValidity({ validFrom, validTo }: { validFrom: string | null; validTo: string | null }) {
  const { t } = useTranslation();
  if (validFrom && validTo)
    return <>{t('units.validFromTo', { from: formatLocalDate(validFrom), to: formatLocalDate(validTo) })}</>;
  if (validFrom) return <>{t('units.since', { from: formatLocalDate(validFrom) })}</>;
  if (validTo) return <>{t('units.until', { to: formatLocalDate(validTo) })}</>;
  return <>{t('units.always')}</>;
}
