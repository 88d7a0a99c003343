import '../i18n-desks';
import { useQuery } from '@apollo/client/react';
import { CYCLE_STAGES, type CycleStage } from '@nvtt/shared';
import { useId } from 'react';
import { useTranslation } from '../../../app/i18n';
import { WfCyclesDocument } from '../graphql/task.documents';
import { useLabels } from '../../../lib/vocabulary';
import { date, today } from '../components/labels';
import { INBOX_SORTS, type InboxView } from './inbox-view';

/** Which cycle the inbox lists and in what order; both kept in the URL. */
export function InboxControls({
  view,
  byDeadline,
  onChange,
}: {
  view: InboxView;
  /** Whether the tab's tasks have a deadline to sort by. */
  byDeadline: boolean;
  onChange: (changes: Partial<InboxView>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { data } = useQuery(WfCyclesDocument);
  const years = [...new Set((data?.cycles ?? []).map((cycle) => cycle.year))].sort((a, b) => b - a);
  // A cycle from the link stays selectable even before (or without) the cycle list.
  if (view.cycle !== null && !years.includes(view.cycle)) years.unshift(view.cycle);
  return (
    <div className="wf-row">
      <div className="field wf-cycle-picker">
        <label htmlFor={`${id}-cycle`}>{t('workflow.inbox.cycle')}</label>
        <select
          id={`${id}-cycle`}
          value={view.cycle === null ? '' : String(view.cycle)}
          onChange={(event) => onChange({ cycle: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">{t('workflow.inbox.allCycles')}</option>
          {years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="field wf-cycle-picker">
        <label htmlFor={`${id}-sort`}>{t('workflow.inbox.sort')}</label>
        <select
          id={`${id}-sort`}
          value={!byDeadline && view.sort === 'deadline' ? 'received' : view.sort}
          onChange={(event) =>
            onChange({ sort: INBOX_SORTS.find((sort) => sort === event.target.value) ?? 'received' })
          }
        >
          {INBOX_SORTS.filter((sort) => byDeadline || sort !== 'deadline').map((sort) => (
            <option key={sort} value={sort}>
              {t(`workflow.inbox.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The agency's deadline for the step (extensions included), marked when it has passed. */
export function AgencyDeadlineNote({ stage, due }: { stage: CycleStage; due: string | null }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  if (due === null) return null;
  const passed = today() > due;
  return (
    <span className={passed ? 'wf-deadline wf-deadline--passed' : 'wf-deadline'}>
      {t('workflow.task.deadlineOf', { stage: label(CYCLE_STAGES, stage), date: date(due) })}
      {passed && ` (${t('workflow.common.overdue')})`}
    </span>
  );
}
