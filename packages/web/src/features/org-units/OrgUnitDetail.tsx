import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../app/i18n';
import { ORG_UNIT_KINDS, SECTORS, UNIT_ROLES } from '@nvtt/shared';
import { ErrorState, Loading } from '../../components/QueryState';
import { type OrgUnitSummaryFragment } from '../../gql/graphql';
import { OrgUnitDetailDocument } from './org-units.documents';
import { useLabels } from '../../lib/vocabulary';
import { UnitValidity } from './UnitValidity';

interface OrgUnitDetailProps {
  readonly code: string;
  readonly onSelect: (code: string) => void;
  readonly onClose: () => void;
}

function UnitLinks({
  units,
  onSelect,
}: {
  units: readonly OrgUnitSummaryFragment[];
  onSelect: (code: string) => void;
}) {
  const { t } = useTranslation();
  if (units.length === 0) return <>{t('units.detail.none')}</>;
  return (
    <ul className="inline-list">
      {units.map((unit) => (
        <li key={unit.id}>
          <button type="button" className="link-button" onClick={() => onSelect(unit.code)}>
            {unit.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function OrgUnitDetail({ code, onSelect, onClose }: OrgUnitDetailProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data, error, refetch } = useQuery(OrgUnitDetailDocument, { variables: { code } });
  const unit = data?.orgUnitByCode;

  // Move focus to the panel when another unit is opened, so keyboard users land on it.
  const unitId = unit?.id;
  useEffect(() => {
    if (unitId) headingRef.current?.focus();
  }, [unitId]);

  return (
    <section className="card detail" aria-labelledby="unit-detail-heading">
      <div className="detail__header">
        <h2 id="unit-detail-heading" tabIndex={-1} ref={headingRef}>
          {unit?.name ?? t('units.detail.heading')}
        </h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('units.detail.close')}
        </button>
      </div>
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {!data && !error && <Loading />}
      {data && !unit && <p>{t('units.detail.notFound', { code })}</p>}
      {unit && (
        <dl className="facts">
          <dt>{t('units.detail.code')}</dt>
          <dd>
            <code>{unit.code}</code>
          </dd>
          <dt>{t('units.detail.abbreviation')}</dt>
          <dd>{unit.abbreviation ?? t('units.detail.none')}</dd>
          <dt>{t('units.detail.kind')}</dt>
          <dd>{labels.label(ORG_UNIT_KINDS, unit.kind)}</dd>
          <dt>{t('units.detail.sector')}</dt>
          <dd>{labels.label(SECTORS, unit.sector)}</dd>
          <dt>{t('units.detail.roles')}</dt>
          <dd>
            {unit.roles.length
              ? unit.roles.map((role) => labels.label(UNIT_ROLES, role)).join('; ')
              : t('units.detail.noRoles')}
          </dd>
          <dt>{t('units.detail.validity')}</dt>
          <dd>
            <UnitValidity validFrom={unit.validFrom} validTo={unit.validTo} />
          </dd>
          <dt>{t('units.detail.parent')}</dt>
          <dd>
            <UnitLinks units={unit.parent ? [unit.parent] : []} onSelect={onSelect} />
          </dd>
          <dt>{t('units.detail.children')}</dt>
          <dd>
            <UnitLinks units={unit.children} onSelect={onSelect} />
          </dd>
          {unit.legacyDistrict && (
            <>
              <dt>{t('units.detail.legacyDistrict')}</dt>
              <dd>
                <UnitLinks units={[unit.legacyDistrict]} onSelect={onSelect} />
              </dd>
            </>
          )}
          <dt>{t('units.detail.predecessors')}</dt>
          <dd>
            <UnitLinks units={unit.predecessors} onSelect={onSelect} />
          </dd>
          <dt>{t('units.detail.successors')}</dt>
          <dd>
            <UnitLinks units={unit.successors} onSelect={onSelect} />
          </dd>
        </dl>
      )}
    </section>
  );
}
