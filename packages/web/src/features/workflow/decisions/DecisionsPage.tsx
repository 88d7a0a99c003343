import '../i18n-desks';
import '../workflow.css';
import { useTranslation } from '../../../app/i18n';
import { Link, useSearchParams } from '../../../app/router';
import { FeedbackMessage, useNotice } from '../components/feedback';
import { CyclePicker } from '../components/labels';
import { AssignPanel } from './AssignPanel';
import { ChangesPanel } from './ChangesPanel';
import { ConcludePanel } from './ConcludePanel';

const TABS = ['assign', 'changes', 'conclude'] as const;
type Tab = (typeof TABS)[number];

/** The decision body's screen: assignment notices, change decisions, conclusions and ratings. */
export default function DecisionsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const tab: Tab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'assign';
  const { notice, setNotice } = useNotice();
  const linkTo = (next: Tab) => {
    const search = new URLSearchParams(params);
    search.set('tab', next);
    search.delete('cadre');
    return `?${search.toString()}`;
  };
  return (
    <section className="wf-page" aria-labelledby="wf-decisions-heading">
      <header className="page-header">
        <h1 id="wf-decisions-heading">{t('workflow.decisions.heading')}</h1>
        <p className="page-header__intro">{t('workflow.decisions.intro')}</p>
      </header>
      <CyclePicker preferred={tab === 'assign' ? ['ASSIGNMENT', 'REGISTRATION'] : ['EVALUATION', 'IMPLEMENTATION']}>
        {(cycle) => (
          <>
            <nav className="wf-tabs" aria-label={t('workflow.decisions.heading')}>
              {TABS.map((candidate) => (
                <Link key={candidate} to={linkTo(candidate)} aria-current={candidate === tab ? 'page' : undefined}>
                  {t(`workflow.decisions.tabs.${candidate}`)}
                </Link>
              ))}
            </nav>
            <FeedbackMessage notice={notice} />
            {tab === 'assign' && <AssignPanel key={cycle.year} year={cycle.year} onDone={setNotice} />}
            {tab === 'changes' && <ChangesPanel key={cycle.year} year={cycle.year} onDone={setNotice} />}
            {tab === 'conclude' && <ConcludePanel key={cycle.year} year={cycle.year} onDone={setNotice} />}
          </>
        )}
      </CyclePicker>
    </section>
  );
}
