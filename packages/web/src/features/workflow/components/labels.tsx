import { useQuery } from '@apollo/client/react';
import {
  CYCLE_PHASES,
  CYCLE_STAGES,
  KEY_TASK_STATES,
  formatLocalDate,
  formatProvinceDateTime,
  provinceDateOf,
  type CyclePhase,
  type CycleStage,
  type KeyTaskState,
} from '@nvtt/shared';
import { useId } from 'react';
import { useTranslation } from '../../../app/i18n';
import { useSearchParams } from '../../../app/router';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type WfCycleInfoFragment } from '../../../gql/graphql';
import { WfCyclesDocument } from '../graphql/task.documents';
import { useLabels } from '../../../lib/vocabulary';

/** `dd/mm/yyyy HH:mm` in the province's time, or '' for null. */
export function dateTime(iso: string | null): string {
  return iso === null ? '' : formatProvinceDateTime(new Date(iso));
}

export function date(value: string | null): string {
  return value === null ? '' : formatLocalDate(value);
}

/** Today in Asia/Ho_Chi_Minh, `YYYY-MM-DD`. */
export function today(): string {
  return provinceDateOf(new Date());
}

export function StateBadge({ state }: { state: KeyTaskState }) {
  const { label } = useLabels();
  return <span className={`wf-state wf-state--${state.toLowerCase()}`}>{label(KEY_TASK_STATES, state)}</span>;
}

/** The deadline of a stage in a cycle, or null when it has no date. */
export function deadlineOf(cycle: Pick<WfCycleInfoFragment, 'deadlines'>, stage: CycleStage): string | null {
  return cycle.deadlines.find((deadline) => deadline.stage === stage)?.dueOn ?? null;
}

/** "Thẩm định đăng ký: 15/11/2026 (quá hạn)" — a stage's deadline, marked when it has passed. */
export function DeadlineNote({ cycle, stage }: { cycle: Pick<WfCycleInfoFragment, 'deadlines'>; stage: CycleStage }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const due = deadlineOf(cycle, stage);
  if (due === null) return null;
  const passed = today() > due;
  return (
    <span className={passed ? 'wf-deadline wf-deadline--passed' : 'wf-deadline'}>
      {t('workflow.task.deadlineOf', { stage: label(CYCLE_STAGES, stage), date: date(due) })}
      {passed && ` (${t('workflow.common.overdue')})`}
    </span>
  );
}

/**
 * The cycle chosen in the URL (`?year=`), else the first of `preferred` phases, else the newest;
 * renders the picker and hands the cycle to `children`.
 */
export function CyclePicker({
  preferred,
  children,
}: {
  preferred: readonly CyclePhase[];
  children: (cycle: WfCycleInfoFragment) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(WfCyclesDocument);
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const cycles = data?.cycles ?? [];
  if (cycles.length === 0) return <p className="state state--empty">{t('workflow.common.noCycle')}</p>;
  const chosen = chooseCycle(cycles, Number(params.get('year')), preferred);
  return (
    <>
      <div className="field wf-cycle-picker">
        <label htmlFor={id}>{t('workflow.common.cycle')}</label>
        <select
          id={id}
          value={chosen.year}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            next.set('year', event.target.value);
            setParams(next);
          }}
        >
          {cycles.map((cycle) => (
            <option key={cycle.id} value={cycle.year}>
              {t('workflow.common.cycleOption', { year: cycle.year, phase: label(CYCLE_PHASES, cycle.phase) })}
            </option>
          ))}
        </select>
      </div>
      {children(chosen)}
    </>
  );
}

export function chooseCycle<C extends { year: number; phase: CyclePhase }>(
  cycles: readonly C[],
  requested: number,
  preferred: readonly CyclePhase[],
): C {
  const byYear = cycles.find((cycle) => cycle.year === requested);
  if (byYear) return byYear;
  for (const phase of preferred) {
    const match = cycles.find((cycle) => cycle.phase === phase);
    if (match) return match;
  }
  return cycles[0]!;
}
