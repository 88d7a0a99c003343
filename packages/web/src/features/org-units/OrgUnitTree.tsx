import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../app/i18n';
import { SECTORS } from '@nvtt/shared';
import { ErrorState, Loading } from '../../components/QueryState';
import { OrgUnitTreeDocument } from './org-units.documents';
import { useLabels } from '../../lib/vocabulary';
import { groupTreeRoots, type TreeGroup } from './tree';

interface TreeUnit {
  readonly code: string;
  readonly name: string;
  readonly abbreviation: string | null;
  readonly children?: readonly TreeUnit[];
}

/** Every unit in a branch, however deep. */
function countUnits(units: readonly TreeUnit[]): number {
  return units.reduce((sum, unit) => sum + 1 + countUnits(unit.children ?? []), 0);
}

function contains(units: readonly TreeUnit[], code: string | null): boolean {
  return code !== null && units.some((unit) => unit.code === code || contains(unit.children ?? [], code));
}

interface OrgUnitTreeProps {
  readonly validAt: string | null;
  readonly selected: string | null;
  readonly onSelect: (code: string) => void;
}

/** A disclosure section: a button that shows or hides what is under it. */
function Disclosure({ title, defaultOpen, children }: { title: string; defaultOpen: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <li className="tree__branch">
      <button
        type="button"
        className="tree__toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t(open ? 'units.collapse' : 'units.expand', { name: title })}
        onClick={() => setOpen(!open)}
      >
        <span className="tree__chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span aria-hidden="true">{title}</span>
      </button>
      <ul id={id} className="tree__list" hidden={!open}>
        {children}
      </ul>
    </li>
  );
}

function UnitItem({
  unit,
  selected,
  onSelect,
}: {
  unit: TreeUnit;
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const label = (
    <button
      type="button"
      className="tree__unit"
      aria-current={unit.code === selected ? 'true' : undefined}
      onClick={() => onSelect(unit.code)}
    >
      {unit.name}
      {unit.abbreviation && <span className="muted"> ({unit.abbreviation})</span>}
    </button>
  );
  if (!unit.children?.length) return <li className="tree__leaf">{label}</li>;
  return (
    <li className="tree__leaf">
      {label}
      <ul className="tree__list">
        {unit.children.map((child) => (
          <UnitItem key={child.code} unit={child} selected={selected} onSelect={onSelect} />
        ))}
      </ul>
    </li>
  );
}

export function OrgUnitTree({ validAt, selected, onSelect }: OrgUnitTreeProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data, error, refetch } = useQuery(OrgUnitTreeDocument, { variables: { validAt } });
  const collator = useMemo(() => new Intl.Collator(labels.locale), [labels.locale]);
  const groups = useMemo(() => (data ? groupTreeRoots(data.orgUnits.nodes, collator.compare) : []), [data, collator]);

  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;

  const heading = (group: TreeGroup) => {
    switch (group.heading.kind) {
      case 'sector':
        return labels.label(SECTORS, group.heading.sector);
      case 'localities':
        return t('units.localities');
      case 'formerDistricts':
        return t('units.formerDistricts');
      default: {
        const unreachable: never = group.heading;
        return unreachable;
      }
    }
  };

  const hidden = data.orgUnits.totalCount - data.orgUnits.nodes.length;
  return (
    <nav aria-label={t('units.tree')} className="tree">
      <ul className="tree__list tree__list--root">
        {groups.map((group) => (
          <Disclosure
            key={group.key}
            title={`${heading(group)} (${countUnits(group.units)})`}
            defaultOpen={group.heading.kind === 'sector' || contains(group.units, selected)}
          >
            {group.byDistrict
              ? group.byDistrict.map(({ district, units }) => (
                  <Disclosure
                    key={district ?? '-'}
                    title={`${district ?? t('units.noDistrict')} (${units.length})`}
                    defaultOpen={contains(units, selected)}
                  >
                    {units.map((unit) => (
                      <UnitItem key={unit.code} unit={unit} selected={selected} onSelect={onSelect} />
                    ))}
                  </Disclosure>
                ))
              : group.units.map((unit) => (
                  <UnitItem key={unit.code} unit={unit} selected={selected} onSelect={onSelect} />
                ))}
          </Disclosure>
        ))}
      </ul>
      {hidden > 0 && <p className="muted">{t('units.truncated', { count: hidden })}</p>}
    </nav>
  );
}
