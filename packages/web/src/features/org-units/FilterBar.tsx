import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { ORG_UNIT_KINDS, SECTORS, codesOf, formatLocalDate, isCodeOf, parseDisplayDate } from '@nvtt/shared';
import { useLabels } from '../../lib/vocabulary';
import { EMPTY_FILTERS, type UnitFilters } from './filters';

const SEARCH_DELAY_MS = 250;

interface FilterBarProps {
  readonly filters: UnitFilters;
  readonly onChange: (change: Partial<UnitFilters>, options?: { replace?: boolean }) => void;
}

export function FilterBar({ filters, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const ids = { search: useId(), kind: useId(), sector: useId(), validity: useId(), date: useId(), dateError: useId() };

  // Typing updates the URL after a short pause, without a history entry per key.
  const [search, setSearch] = useState(filters.search);
  // When the URL changes from elsewhere (back button, "clear"), the box follows it.
  const [urlSearch, setUrlSearch] = useState(filters.search);
  if (filters.search !== urlSearch) {
    setUrlSearch(filters.search);
    setSearch(filters.search);
  }
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => onChange({ search }, { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filters.search, onChange]);

  const [dateText, setDateText] = useState(
    filters.validity.mode === 'date' ? formatLocalDate(filters.validity.date) : '',
  );
  const dateInvalid = dateText.trim() !== '' && parseDisplayDate(dateText) === null;
  const showDate = filters.validity.mode === 'date' || dateText !== '';

  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="field field--grow">
        <label htmlFor={ids.search}>{t('units.searchLabel')}</label>
        <input
          id={ids.search}
          type="search"
          value={search}
          placeholder={t('units.searchPlaceholder')}
          maxLength={200}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>{t('units.kindLabel')}</label>
        <select
          id={ids.kind}
          value={filters.kind ?? ''}
          onChange={(event) =>
            onChange({ kind: isCodeOf(ORG_UNIT_KINDS, event.target.value) ? event.target.value : null })
          }
        >
          <option value="">{t('units.any')}</option>
          {codesOf(ORG_UNIT_KINDS).map((kind) => (
            <option key={kind} value={kind}>
              {labels.label(ORG_UNIT_KINDS, kind)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.sector}>{t('units.sectorLabel')}</label>
        <select
          id={ids.sector}
          value={filters.sector ?? ''}
          onChange={(event) => onChange({ sector: isCodeOf(SECTORS, event.target.value) ? event.target.value : null })}
        >
          <option value="">{t('units.any')}</option>
          {codesOf(SECTORS).map((sector) => (
            <option key={sector} value={sector}>
              {labels.label(SECTORS, sector)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.validity}>{t('units.validityLabel')}</label>
        <select
          id={ids.validity}
          value={showDate ? 'date' : filters.validity.mode}
          onChange={(event) => {
            const mode = event.target.value;
            if (mode === 'date') {
              setDateText(dateText || '30/06/2025');
              const date = parseDisplayDate(dateText || '30/06/2025');
              if (date) onChange({ validity: { mode: 'date', date } });
            } else {
              setDateText('');
              onChange({ validity: mode === 'all' ? { mode: 'all' } : { mode: 'current' } });
            }
          }}
        >
          <option value="current">{t('units.validityCurrent')}</option>
          <option value="all">{t('units.validityAll')}</option>
          <option value="date">{t('units.validityDate')}</option>
        </select>
      </div>
      {showDate && (
        <div className="field field--date">
          <label htmlFor={ids.date}>{t('units.dateLabel')}</label>
          <input
            id={ids.date}
            inputMode="numeric"
            value={dateText}
            aria-invalid={dateInvalid}
            aria-describedby={dateInvalid ? ids.dateError : undefined}
            onChange={(event) => {
              setDateText(event.target.value);
              const date = parseDisplayDate(event.target.value);
              if (date) onChange({ validity: { mode: 'date', date } }, { replace: true });
            }}
          />
          {dateInvalid && (
            <span id={ids.dateError} className="field__error">
              {t('units.dateInvalid')}
            </span>
          )}
        </div>
      )}
      <button
        type="button"
        className="button button--ghost"
        onClick={() => {
          setSearch('');
          setDateText('');
          onChange({ ...EMPTY_FILTERS, unit: filters.unit });
        }}
      >
        {t('units.clear')}
      </button>
    </form>
  );
}
