import '../i18n-desks';
import '../workflow.css';
import { useQuery } from '@apollo/client/react';
import { KEY_TASK_ACTIONS, KEY_TASK_STATES, STAGE_ACTORS } from '@nvtt/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type WfCycleInfoFragment } from '../../../gql/graphql';
import { WfBoardDocument } from '../graphql/board.documents';
import { useLabels } from '../../../lib/vocabulary';
import { FeedbackMessage, useNotice } from '../components/feedback';
import { CyclePicker, date, today } from '../components/labels';
import { backlogFilter, lateByAgency, stageRows, type BacklogRow } from './board';
import { TaskQueue } from './TaskQueue';

/** BTC's consolidation board: who is late at each step, by agency, and the tasks waiting for BTC. */
export default function ConsolidationPage() {
  const { t } = useTranslation();
  return (
    <section className="wf-page" aria-labelledby="wf-board-heading">
      <CyclePicker preferred={['ASSIGNMENT', 'REGISTRATION', 'EVALUATION', 'IMPLEMENTATION']}>
        {(cycle) => (
          <>
            <header className="page-header">
              <h1 id="wf-board-heading">{t('workflow.board.heading', { year: cycle.year })}</h1>
              <p className="page-header__intro">{t('workflow.board.intro')}</p>
              <p>
                <a className="button button--ghost" href={`/exports/cycles/${cycle.year}/consolidated.xlsx`} download>
                  {t('workflow.board.exportList')}
                </a>
              </p>
            </header>
            <Board key={cycle.year} cycle={cycle} />
          </>
        )}
      </CyclePicker>
    </section>
  );
}

const QUEUES = [
  { state: 'APPRAISED', action: 'SEND_FOR_OPINIONS', stage: 'CONSOLIDATE' },
  { state: 'IN_CONSULTATION', action: 'PROPOSE', stage: 'SUBMIT_TO_DECIDER' },
  { state: 'RESULT_APPRAISED', action: 'CONSOLIDATE_RESULT', stage: 'CONSOLIDATE_RESULTS' },
] as const;

function Board({ cycle }: { cycle: WfCycleInfoFragment }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const { notice, setNotice } = useNotice();
  const [drill, setDrill] = useState<BacklogRow | null>(null);
  const { data, loading, error, refetch } = useQuery(WfBoardDocument, { variables: { year: cycle.year } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const backlog = (data?.stageFunnel.backlog ?? []) as BacklogRow[];
  const steps = stageRows(backlog);
  const late = lateByAgency(backlog);
  const agencyName = (row: Pick<BacklogRow, 'agency'>) => row.agency?.name ?? t('workflow.board.noAgency');
  const rowLabel = (row: BacklogRow) =>
    `${label(KEY_TASK_STATES, row.state)} — ${label(KEY_TASK_ACTIONS, row.action)} — ${agencyName(row)}`;
  return (
    <>
      <FeedbackMessage notice={notice} />
      <div className="wf-grid-2">
        <section className="card" aria-labelledby="wf-steps">
          <h2 id="wf-steps">{t('workflow.board.stagesHeading')}</h2>
          {steps.length === 0 ? (
            <p className="muted">{t('workflow.board.unavailable')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('workflow.board.step')}</th>
                    <th scope="col">{t('workflow.board.waitingFor')}</th>
                    <th scope="col">{t('workflow.common.deadline')}</th>
                    <th scope="col" className="wf-number">
                      {t('workflow.board.waiting')}
                    </th>
                    <th scope="col" className="wf-number">
                      {t('workflow.board.overdue')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {steps.map((step) => (
                    <tr key={step.key}>
                      <th scope="row">
                        {label(KEY_TASK_STATES, step.state)}
                        <span className="muted"> → {label(KEY_TASK_ACTIONS, step.action)}</span>
                      </th>
                      <td>{label(STAGE_ACTORS, step.actor)}</td>
                      <td className={step.deadline && step.deadline < today() ? 'wf-overdue' : undefined}>
                        {date(step.deadline)}
                      </td>
                      <td className="wf-number">{step.waiting}</td>
                      <td className={`wf-number ${step.overdue ? 'wf-overdue' : ''}`}>{step.overdue}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="card" aria-labelledby="wf-late">
          <h2 id="wf-late">{t('workflow.board.byAgencyHeading')}</h2>
          {late.length === 0 ? (
            <p className="form-ok">{t('workflow.board.noOverdue')}</p>
          ) : (
            <div className="table-scroll wf-late-table">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('workflow.inbox.agency')}</th>
                    <th scope="col">{t('workflow.board.step')}</th>
                    <th scope="col" className="wf-number">
                      {t('workflow.board.overdue')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {late.flatMap((agency) =>
                    agency.rows
                      .filter((row) => row.overdue > 0)
                      .map((row, index) => (
                        <tr key={`${agency.key}-${row.state}-${row.action}`}>
                          {index === 0 && (
                            <th scope="rowgroup" rowSpan={agency.rows.filter((entry) => entry.overdue > 0).length}>
                              {agencyName(agency)}
                              <span className="muted"> ({label(STAGE_ACTORS, row.actor)})</span>
                            </th>
                          )}
                          <td>
                            <button type="button" className="link-button" onClick={() => setDrill(row)}>
                              {label(KEY_TASK_STATES, row.state)} → {label(KEY_TASK_ACTIONS, row.action)}
                            </button>
                          </td>
                          <td className="wf-number wf-overdue">{row.overdue}</td>
                        </tr>
                      )),
                  )}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
      {drill && (
        <Drill
          row={drill}
          label={rowLabel(drill)}
          year={cycle.year}
          onClose={() => setDrill(null)}
          onDone={setNotice}
        />
      )}
      <section className="card" aria-labelledby="wf-queue">
        <h2 id="wf-queue">{t('workflow.board.queueHeading')}</h2>
        {QUEUES.map((queue) => (
          <details key={queue.state} className="wf-action-slot" open={queue.state === 'IN_CONSULTATION'}>
            <summary>{t(`workflow.board.queue.${queue.state}`)}</summary>
            <TaskQueue
              filter={{ cycleYear: cycle.year, state: [queue.state] }}
              bulk={queue.action}
              stage={queue.stage}
              onDone={(next) => {
                setNotice(next);
                void refetch();
              }}
            />
          </details>
        ))}
      </section>
    </>
  );
}

function Drill({
  row,
  label,
  year,
  onClose,
  onDone,
}: {
  row: BacklogRow;
  label: string;
  year: number;
  onClose: () => void;
  onDone: Parameters<typeof TaskQueue>[0]['onDone'];
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [row]);
  return (
    <section className="card" aria-labelledby="wf-drill">
      <div className="wf-task-card__header">
        <h2 id="wf-drill" ref={heading} tabIndex={-1}>
          {t('workflow.board.drill', { label })}
        </h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('workflow.board.closeDrill')}
        </button>
      </div>
      <TaskQueue filter={backlogFilter(row, year)} bulk={null} stage={row.stage} onDone={onDone} />
    </section>
  );
}
