import './i18n';
import './dossier.css';
import './dossier-print.css';
import { useQuery } from '@apollo/client/react';
import { SUBJECT_GROUPS } from '@nvtt/shared';
import { useEffect } from 'react';
import { useTranslation } from '../../app/i18n';
import { Link, useLocation, useParams, useSearchParams } from '../../app/router';
import { ErrorState, Loading } from '../../components/QueryState';
import { CadreDossierDocument } from './dossier.documents';
import { useLabels } from '../../lib/vocabulary';
import { AuditTable } from './AuditTable';
import { ConditionsSection, MeasuresSection, ResultSection, TaskOverview, type Dossier } from './DossierSummary';
import { DossierTask } from './DossierTask';
import { formatDate } from './format';

/**
 * Where "back" leads: the list the dossier was opened from, when `?from=` names a path inside the
 * app. Anything else (another site, `//host`) is ignored so the link cannot be used to send users away.
 */
export function backTarget(from: string | null): string | null {
  if (from === null || !from.startsWith('/') || from.startsWith('//') || from.includes('\\')) return null;
  return from;
}

/** `/cadres/:cadreId/:year`: every input to the cadre's rating for the year, printable. */
export default function DossierPage() {
  const { t } = useTranslation();
  const { cadreId = '', year = '' } = useParams();
  const cycleYear = Number(year);
  if (!/^\d{4}$/.test(year) || !Number.isInteger(cycleYear)) {
    return (
      <p className="state state--error" role="alert">
        {t('dossier.badYear')}
      </p>
    );
  }
  return <DossierLoader cadreId={cadreId} cycleYear={cycleYear} />;
}

function DossierLoader({ cadreId, cycleYear }: { cadreId: string; cycleYear: number }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CadreDossierDocument, {
    variables: { cadre: cadreId, cycleYear },
  });
  if (loading && !data) return <Loading label={t('dossier.loading')} />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const dossier = data?.cadreDossier;
  if (!dossier) return <p className="state state--empty">{t('dossier.notFound', { year: cycleYear })}</p>;
  return <DossierView dossier={dossier} />;
}

/** Scrolls to and focuses the section named in the URL's hash once the dossier is on screen. */
function useHashTarget(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus?.({ preventScroll: true });
  }, [ready, hash]);
}

/** The printed page's title names the cadre and the year; the app's title comes back on leaving. */
function useDocumentTitle(title: string) {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

function DossierView({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [params] = useSearchParams();
  const back = backTarget(params.get('from'));
  const year = dossier.cycle.year;
  useHashTarget(true);
  useDocumentTitle(`${dossier.cadre.fullName} — ${t('dossier.kicker', { year })}`);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const posts = dossier.cadre.positions.filter(
    (position) => position.startsOn <= yearEnd && (position.endsOn === null || position.endsOn >= yearStart),
  );
  return (
    <article className="ds-page" aria-labelledby="ds-heading">
      <div className="ds-toolbar" role="group" aria-label={t('dossier.toolbar.label')}>
        {back && (
          <Link to={back} className="button button--ghost">
            <span aria-hidden="true">← </span>
            {t('dossier.toolbar.backToList')}
          </Link>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('dossier.toolbar.print')}
        </button>
        <a
          className="button button--ghost"
          href={`/exports/cadres/${encodeURIComponent(dossier.cadre.id)}/${year}/dossier.pdf`}
          download
        >
          {t('dossier.toolbar.pdf')}
        </a>
        <a
          className="button button--ghost"
          href={`/exports/cadres/${encodeURIComponent(dossier.cadre.id)}/${year}/notice.docx`}
          download
        >
          {t('dossier.toolbar.notice')}
        </a>
      </div>
      <header className="page-header ds-header">
        <p className="ds-kicker">{t('dossier.kicker', { year })}</p>
        <h1 id="ds-heading">{dossier.cadre.fullName}</h1>
        <p className="page-header__intro">{t('dossier.subtitle', { year })}</p>
        <dl className="facts ds-facts">
          <dt>{t('dossier.facts.code')}</dt>
          <dd>{dossier.cadre.code}</dd>
          {dossier.cadre.birthYear !== null && (
            <>
              <dt>{t('dossier.facts.birthYear')}</dt>
              <dd>{dossier.cadre.birthYear}</dd>
            </>
          )}
          <dt>{t('dossier.facts.posts')}</dt>
          <dd>
            <ul className="ds-plain-list">
              {(posts.length > 0 ? posts : dossier.cadre.positions.slice(0, 1)).map((position, index) => (
                <li key={index}>
                  {position.title}, {position.unit.name}{' '}
                  <span className="muted">
                    (
                    {position.endsOn
                      ? t('dossier.facts.fromTo', {
                          from: formatDate(position.startsOn),
                          to: formatDate(position.endsOn),
                        })
                      : t('dossier.facts.from', { date: formatDate(position.startsOn) })}
                    ; {label(SUBJECT_GROUPS, position.subjectGroup)}
                    {position.rotated && `; ${t('dossier.facts.rotated')}`})
                  </span>
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('dossier.facts.scale')}</dt>
          <dd>{dossier.scaleVersion}</dd>
          <dt>{t('dossier.facts.asOf')}</dt>
          <dd>{formatDate(dossier.asOf)}</dd>
        </dl>
      </header>
      <nav className="ds-toc" aria-label={t('dossier.toc.label')}>
        <ul>
          <li>
            <a href="#ds-result">{t('dossier.toc.result')}</a>
          </li>
          <li>
            <a href="#ds-measures">{t('dossier.toc.measures')}</a>
          </li>
          <li>
            <a href="#ds-conditions">{t('dossier.toc.conditions')}</a>
          </li>
          {dossier.tasks.map((task) => (
            <li key={task.id}>
              <a href={`#task-${task.ordinal}`}>{t('dossier.toc.task', { n: task.ordinal })}</a>
            </li>
          ))}
          <li>
            <a href="#ds-audit">{t('dossier.toc.audit')}</a>
          </li>
        </ul>
      </nav>
      <ResultSection dossier={dossier} />
      <TaskOverview dossier={dossier} />
      <MeasuresSection dossier={dossier} />
      <ConditionsSection dossier={dossier} />
      {dossier.tasks.map((task) => (
        <DossierTask key={task.id} task={task} asOf={dossier.asOf} year={year} />
      ))}
      <section id="ds-audit" className="card ds-section" aria-labelledby="ds-audit-heading">
        <h2 id="ds-audit-heading">{t('dossier.audit.dossierHeading')}</h2>
        <AuditTable events={dossier.auditTrail} caption={t('dossier.audit.dossierCaption')} />
      </section>
    </article>
  );
}
