import './org-units.css';
import { useMemo } from 'react';
import { useTranslation } from '../../app/i18n';
import { provinceDateOf } from '@nvtt/shared';
import { FilterBar } from './FilterBar';
import { toApiFilter, validAtOf } from './filters';
import { OrgUnitDetail } from './OrgUnitDetail';
import { OrgUnitTable } from './OrgUnitTable';
import { OrgUnitTree } from './OrgUnitTree';
import { useUnitFilters } from './useUnitFilters';

/** The organisation: a tree to browse, a searchable list, and one unit's details. */
export default function OrgUnitsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUnitFilters();
  // The province's date today; the page decides "in force" by it, as the API does.
  const today = useMemo(() => provinceDateOf(new Date()), []);
  const apiFilter = useMemo(() => toApiFilter(filters, today), [filters, today]);
  const select = (code: string) => setFilters({ unit: code });

  return (
    <>
      <header className="page-header">
        <h1>{t('units.heading')}</h1>
        <p className="page-header__intro">{t('units.intro')}</p>
      </header>
      <div className="units-layout">
        <aside className="card units-layout__tree">
          <h2 className="card__title">{t('units.tree')}</h2>
          <OrgUnitTree validAt={validAtOf(filters.validity, today)} selected={filters.unit} onSelect={select} />
        </aside>
        <div className="units-layout__main">
          {filters.unit && (
            <OrgUnitDetail code={filters.unit} onSelect={select} onClose={() => setFilters({ unit: null })} />
          )}
          <section className="card" aria-labelledby="unit-list-heading">
            <h2 id="unit-list-heading" className="card__title">
              {t('units.list')}
            </h2>
            <FilterBar filters={filters} onChange={setFilters} />
            <OrgUnitTable filter={apiFilter} selected={filters.unit} onSelect={select} />
          </section>
        </div>
      </div>
    </>
  );
}
