import '../i18n-desks';
import '../workflow.css';
import { useQuery } from '@apollo/client/react';
import { KEY_TASK_ACTIONS } from '@nvtt/shared';
import { useId } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Link, useSearchParams } from '../../../app/router';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type WfInboxQuery } from '../../../gql/graphql';
import { WfInboxCountDocument, WfInboxDocument, WfViewerAgenciesDocument } from '../graphql/inbox.documents';
import { useLabels } from '../../../lib/vocabulary';
import { FeedbackMessage, useNotice } from '../components/feedback';
import { StateBadge } from '../components/labels';
import { SimpleActionForm } from '../task/SimpleActionForm';
import { isSimpleAction } from '../task/useSimpleAction';
import { INBOX_TABS, reviewingAgencies, type Agency, type InboxTabSpec } from './tabs';
import { AgencyDeadlineNote, InboxControls } from './InboxControls';
import { agencyDeadline, inboxOrder, inboxViewParams, parseInboxView, type InboxView } from './inbox-view';

type InboxTask = WfInboxQuery['keyTasks']['nodes'][number];

/** The focal and advisory agencies' inbox: what waits for the agency, tab by tab. */
export default function InboxPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WfViewerAgenciesDocument);
  const [params, setParams] = useSearchParams();
  const selectId = useId();
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const agencies = reviewingAgencies(data?.viewer?.memberships ?? []);
  const agencyKey = (agency: Agency) => `${agency.role}:${agency.id}`;
  const agency = agencies.find((candidate) => agencyKey(candidate) === params.get('agency')) ?? agencies[0];
  const tabs = INBOX_TABS.filter((spec) => spec.role === agency?.role);
  const tab = tabs.find((spec) => spec.tab === params.get('tab')) ?? tabs[0];
  const view = parseInboxView(params);
  // A tab without a dated step (evidence to check) has no deadline to sort by: listed as received.
  const listView: InboxView = tab?.stage === null && view.sort === 'deadline' ? { ...view, sort: 'received' } : view;
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  // The tab links keep the cycle and the order chosen.
  const tabHref = (tabName: string) => {
    const next = new URLSearchParams({ agency: agency ? agencyKey(agency) : '', tab: tabName });
    for (const [key, value] of Object.entries(inboxViewParams(view))) if (value !== '') next.set(key, value);
    return `?${next.toString()}`;
  };
  return (
    <section className="wf-page" aria-labelledby="wf-inbox-heading">
      <header className="page-header">
        <h1 id="wf-inbox-heading">{t('workflow.inbox.heading')}</h1>
        <p className="page-header__intro">{t('workflow.inbox.intro')}</p>
      </header>
      {!agency || !tab ? (
        <p className="state state--empty">{t('workflow.inbox.none')}</p>
      ) : (
        <>
          {agencies.length > 1 && (
            <div className="field wf-cycle-picker">
              <label htmlFor={selectId}>{t('workflow.inbox.agency')}</label>
              <select
                id={selectId}
                value={agencyKey(agency)}
                onChange={(event) => set({ agency: event.target.value, tab: '' })}
              >
                {agencies.map((candidate) => (
                  <option key={agencyKey(candidate)} value={agencyKey(candidate)}>
                    {candidate.name} —{' '}
                    {t(candidate.role === 'FOCAL' ? 'workflow.common.focalAgency' : 'workflow.opinion.heading')}
                  </option>
                ))}
              </select>
            </div>
          )}
          <InboxControls
            view={view}
            byDeadline={tab.stage !== null}
            onChange={(changes: Partial<InboxView>) => set(inboxViewParams(changes))}
          />
          <nav className="wf-tabs" aria-label={t('workflow.inbox.heading')}>
            {tabs.map((spec) => (
              <TabLink
                key={spec.tab}
                spec={spec}
                agencyId={agency.id}
                cycle={view.cycle}
                current={spec.tab === tab.tab}
                to={tabHref(spec.tab)}
              />
            ))}
          </nav>
          <InboxList key={`${agencyKey(agency)}-${tab.tab}`} spec={tab} agencyId={agency.id} view={listView} />
        </>
      )}
    </section>
  );
}

/** The tab's filter for the agency, narrowed to the chosen cycle. */
function inboxFilter(spec: InboxTabSpec, agencyId: string, cycle: number | null) {
  return cycle === null ? spec.filter(agencyId) : { ...spec.filter(agencyId), cycleYear: cycle };
}

function TabLink({
  spec,
  agencyId,
  cycle,
  current,
  to,
}: {
  spec: InboxTabSpec;
  agencyId: string;
  cycle: number | null;
  current: boolean;
  to: string;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(WfInboxCountDocument, { variables: { filter: inboxFilter(spec, agencyId, cycle) } });
  const count = data?.keyTasks.totalCount;
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {t(`workflow.inbox.tabs.${spec.tab}`)}
      {count !== undefined && <span className="wf-count">{count}</span>}
    </Link>
  );
}

function InboxList({ spec, agencyId, view }: { spec: InboxTabSpec; agencyId: string; view: InboxView }) {
  const { t } = useTranslation();
  const { notice, ok } = useNotice();
  const order = inboxOrder(view.sort);
  // The server orders the whole list, so each "load more" page continues the same order.
  const { data, loading, error, refetch, fetchMore } = useQuery(WfInboxDocument, {
    variables: { filter: inboxFilter(spec, agencyId, view.cycle), ...(order ?? {}) },
    notifyOnNetworkStatusChange: true,
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const connection = data?.keyTasks;
  const { stage } = spec;
  const deadlineOf = (task: InboxTask) => (stage ? agencyDeadline(task.cycle, stage, agencyId) : null);
  const tasks = connection?.nodes ?? [];
  return (
    <>
      <FeedbackMessage notice={notice} />
      {tasks.length === 0 ? (
        <p className="state state--empty">{t('workflow.inbox.empty')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('workflow.common.showing', { shown: tasks.length, total: connection?.totalCount ?? tasks.length })}
          </p>
          <ul className="wf-task-list">
            {tasks.map((task) => (
              <li key={task.id}>
                <InboxRow task={task} spec={spec} due={deadlineOf(task)} onDone={ok} />
              </li>
            ))}
          </ul>
          {connection?.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--ghost"
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    keyTasks: {
                      ...fetchMoreResult.keyTasks,
                      nodes: [...previous.keyTasks.nodes, ...fetchMoreResult.keyTasks.nodes],
                    },
                  }),
                })
              }
            >
              {t('workflow.common.loadMore')}
            </button>
          )}
        </>
      )}
    </>
  );
}

function InboxRow({
  task,
  spec,
  due,
  onDone,
}: {
  task: InboxTask;
  spec: InboxTabSpec;
  /** The agency's deadline for the tab's step, extensions included. */
  due: string | null;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  // Quick actions here are the ones that need at most a comment; the rest open the task.
  const quick = task.availableActions.filter(isSimpleAction).filter((action) => action !== 'WITHDRAW');
  return (
    <article className="card wf-task-card" aria-labelledby={`wf-inbox-${task.id}`}>
      <header className="wf-task-card__header">
        <h2 id={`wf-inbox-${task.id}`}>
          <Link to={`/tasks/${task.id}`}>{task.title}</Link>
        </h2>
        <StateBadge state={task.state} />
        {task.submittedLate && <span className="wf-tag wf-tag--late">{t('workflow.common.lateSubmission')}</span>}
      </header>
      <p className="wf-meta">
        <span>
          {task.cadre.fullName} — {task.position.title}, {task.position.unit.name}
        </span>
        <span>
          {t('workflow.common.cycle')} {task.cycle.year}
        </span>
        {spec.stage && <AgencyDeadlineNote stage={spec.stage} due={due} />}
      </p>
      <div className="wf-row-actions">
        {/* The visible word starts the accessible name (WCAG 2.5.3); the title tells the links apart. */}
        <Link className="button button--ghost" to={`/tasks/${task.id}`}>
          {spec.openFor && task.availableActions.includes(spec.openFor)
            ? label(KEY_TASK_ACTIONS, spec.openFor)
            : t('workflow.common.open')}
          <span className="visually-hidden"> {t('workflow.common.openTask', { title: task.title })}</span>
        </Link>
        {quick.length > 0 && (
          <details className="wf-quick">
            <summary>{t('workflow.common.actions')}</summary>
            {quick.map((action) => (
              <SimpleActionForm
                key={action}
                action={action}
                taskId={task.id}
                onDone={(label) => onDone(`${label}: ${task.title}`)}
              />
            ))}
          </details>
        )}
      </div>
    </article>
  );
}
