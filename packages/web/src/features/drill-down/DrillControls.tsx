import { KEY_TASK_OUTCOMES, KEY_TASK_STATES, codesOf, isCodeOf } from '@nvtt/shared';
import { useId } from 'react';
import { useTranslation } from '../../app/i18n';
import { useLabels } from '../../lib/vocabulary';
import { DEFAULT_VIEW, PAGE_SIZES, SORT_KEYS, type DrillView, type OutcomeFilter } from './url-state';

/**
 * Filters and sort of the loaded rows, kept in the URL. The sort is also offered here (not only on
 * the column headers) so it can be chosen on a touch screen and read back by a screen reader.
 */
export function DrillControls({
  view,
  onChange,
  scopeNote,
}: {
  view: DrillView;
  onChange: (changes: Partial<DrillView>) => void;
  scopeNote: string;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const id = useId();
  const filtered = view.q !== '' || view.state !== null || view.outcome !== null;
  return (
    <section className="dd-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('drillDown.controls.heading')}
      </h2>
      <div className="filters">
        <div className="field field--grow">
          <label htmlFor={`${id}-q`}>{t('drillDown.controls.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={view.q}
            onChange={(event) => onChange({ q: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-state`}>{t('drillDown.controls.state')}</label>
          <select
            id={`${id}-state`}
            value={view.state ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ state: isCodeOf(KEY_TASK_STATES, value) ? value : null });
            }}
          >
            <option value="">{t('drillDown.controls.anyState')}</option>
            {codesOf(KEY_TASK_STATES).map((state) => (
              <option key={state} value={state}>
                {label(KEY_TASK_STATES, state)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>{t('drillDown.controls.outcome')}</label>
          <select
            id={`${id}-outcome`}
            value={view.outcome ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              const outcome: OutcomeFilter | null =
                value === 'NONE' ? 'NONE' : isCodeOf(KEY_TASK_OUTCOMES, value) ? value : null;
              onChange({ outcome });
            }}
          >
            <option value="">{t('drillDown.controls.anyOutcome')}</option>
            {codesOf(KEY_TASK_OUTCOMES).map((outcome) => (
              <option key={outcome} value={outcome}>
                {label(KEY_TASK_OUTCOMES, outcome)}
              </option>
            ))}
            <option value="NONE">{t('drillDown.controls.noOutcome')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('drillDown.controls.sort')}</label>
          <select
            id={`${id}-sort`}
            value={view.sort}
            onChange={(event) => onChange({ sort: SORT_KEYS.find((key) => key === event.target.value) ?? 'name' })}
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`drillDown.sort.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field dd-controls__narrow">
          <label htmlFor={`${id}-dir`}>{t('drillDown.controls.direction')}</label>
          <select
            id={`${id}-dir`}
            value={view.dir}
            onChange={(event) => onChange({ dir: event.target.value === 'desc' ? 'desc' : 'asc' })}
          >
            <option value="asc">{t('drillDown.controls.asc')}</option>
            <option value="desc">{t('drillDown.controls.desc')}</option>
          </select>
        </div>
        <div className="field dd-controls__narrow">
          <label htmlFor={`${id}-size`}>{t('drillDown.controls.pageSize')}</label>
          <select
            id={`${id}-size`}
            value={view.size}
            onChange={(event) =>
              onChange({ size: PAGE_SIZES.find((size) => String(size) === event.target.value) ?? DEFAULT_VIEW.size })
            }
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => onChange({ q: '', state: null, outcome: null })}
          >
            {t('drillDown.controls.clear')}
          </button>
        )}
      </div>
      <p className="dd-controls__scope">{scopeNote}</p>
    </section>
  );
}
