import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../app/i18n';
import { ORG_UNIT_KINDS, SECTORS } from '@nvtt/shared';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { type OrgUnitFilter } from '../../gql/graphql';
import { OrgUnitListDocument } from './org-units.documents';
import { useLabels } from '../../lib/vocabulary';
import { UnitValidity } from './UnitValidity';

export const PAGE_SIZE = 25;

interface OrgUnitTableProps {
  readonly filter: OrgUnitFilter;
  readonly selected: string | null;
  readonly onSelect: (code: string) => void;
}

export function OrgUnitTable({ filter, selected, onSelect }: OrgUnitTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(OrgUnitListDocument, {
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  // Keep the previous rows on screen while a new filter loads, so the table does not jump.
  const connection = (data ?? previousData)?.orgUnits;

  if (error && !connection) return <ErrorState onRetry={() => void refetch()} />;
  if (!connection) return <Loading />;

  const rows = connection.edges.map((edge) => edge.node);
  return (
    <div className="table-block" aria-busy={loading}>
      <p className="table-block__summary" aria-live="polite">
        {t('units.total', { count: connection.totalCount })}
        {connection.pageInfo.hasNextPage &&
          ` · ${t('units.showing', { shown: rows.length, total: connection.totalCount })}`}
      </p>
      {rows.length === 0 ? (
        <Empty>{t('units.empty')}</Empty>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('units.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('units.columns.name')}</th>
                <th scope="col">{t('units.columns.kind')}</th>
                <th scope="col">{t('units.columns.sector')}</th>
                <th scope="col">{t('units.columns.parent')}</th>
                <th scope="col">{t('units.columns.validity')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((unit) => (
                <tr key={unit.id} className={unit.code === selected ? 'is-selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-current={unit.code === selected ? 'true' : undefined}
                      onClick={() => onSelect(unit.code)}
                    >
                      {unit.name}
                    </button>
                    {unit.abbreviation && <span className="muted"> ({unit.abbreviation})</span>}
                  </th>
                  <td>{labels.label(ORG_UNIT_KINDS, unit.kind)}</td>
                  <td>{labels.label(SECTORS, unit.sector)}</td>
                  <td>{unit.parent?.name ?? '—'}</td>
                  <td>
                    <UnitValidity validFrom={unit.validFrom} validTo={unit.validTo} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        >
          {loading ? t('status.loading') : t('units.loadMore')}
        </button>
      )}
    </div>
  );
}
