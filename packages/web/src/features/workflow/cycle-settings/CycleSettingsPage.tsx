import '../i18n-desks';
import '../workflow.css';
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../../../app/i18n';
import { ErrorState, Loading } from '../../../components/QueryState';
import { WfCycleSettingsDocument } from '../graphql/settings.documents';
import { WfCyclesDocument } from '../graphql/task.documents';
import { FeedbackMessage, useNotice } from '../components/feedback';
import { CyclePicker, dateTime } from '../components/labels';
import { ExtensionsPanel } from './ExtensionsPanel';
import { OpenCycleForm, nextCycleYear } from './OpenCycleForm';
import { OpenDataPanel } from './OpenDataPanel';

/** Ban Tổ chức runs a cycle: phase and rules, deadlines, focal-agency routing and extensions. */
export default function CycleSettingsPage() {
  const { notice, setNotice } = useNotice();
  // The picker runs the same query; this one is answered from the cache.
  const { data } = useQuery(WfCyclesDocument);
  const years = (data?.cycles ?? []).map((cycle) => cycle.year);
  return (
    <section className="wf-page" aria-labelledby="wf-settings-heading">
      <FeedbackMessage notice={notice} />
      <CyclePicker preferred={['REGISTRATION', 'ASSIGNMENT', 'PREPARING', 'IMPLEMENTATION', 'EVALUATION']}>
        {(cycle) => <Settings key={cycle.year} year={cycle.year} />}
      </CyclePicker>
      {data && (
        <OpenCycleForm
          key={years.join()}
          suggested={nextCycleYear(years, new Date().getFullYear())}
          onDone={setNotice}
        />
      )}
    </section>
  );
}

// The forms (react-hook-form, zod, the shared schemas: ≈38 KB gzip) are fetched alongside the
// settings query rather than before the page's first paint.
const loadForms = () => import('./SettingsForms');
const GeneralForm = lazy(() => loadForms().then((module) => ({ default: module.GeneralForm })));
const RoutingForm = lazy(() => loadForms().then((module) => ({ default: module.RoutingForm })));
const DeadlinesForm = lazy(() => loadForms().then((module) => ({ default: module.DeadlinesForm })));

function Settings({ year }: { year: number }) {
  const { t } = useTranslation();
  const { notice, setNotice } = useNotice();
  const { data, loading, error, refetch } = useQuery(WfCycleSettingsDocument, { variables: { year } });
  void loadForms();
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const cycle = data?.cycle;
  if (!cycle) return <p className="state state--empty">{t('workflow.common.noCycle')}</p>;
  const focalAgencies = data?.orgUnits.nodes ?? [];
  return (
    <>
      <header className="page-header">
        <h1 id="wf-settings-heading">{t('workflow.settings.heading', { year })}</h1>
        <p className="page-header__intro">{t('workflow.settings.intro')}</p>
      </header>
      <FeedbackMessage notice={notice} />
      <Suspense fallback={<Loading />}>
        <div className="wf-grid-2">
          <GeneralForm key={`g-${cycle.phase}-${cycle.rules.tasksPerCadre}`} cycle={cycle} onDone={setNotice} />
          <RoutingForm cycle={cycle} focalAgencies={focalAgencies} onDone={setNotice} />
        </div>
        <div className="wf-grid-2">
          <DeadlinesForm
            key={cycle.deadlines.map((deadline) => deadline.dueOn).join()}
            cycle={cycle}
            onDone={setNotice}
          />
          <ExtensionsPanel cycle={cycle} focalAgencies={focalAgencies} onDone={setNotice} />
        </div>
      </Suspense>
      <OpenDataPanel year={year} onDone={setNotice} />
      <details className="card wf-history">
        <summary>
          <h2>{t('workflow.settings.history')}</h2>
        </summary>
        <ol className="wf-entries">
          {[...cycle.auditTrail].reverse().map((event, index) => (
            <li key={index}>
              <p>
                <strong>{event.action}</strong> — {event.actorLabel}, {dateTime(event.occurredAt)}
              </p>
              {event.comment && <p>{event.comment}</p>}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
