import { Suspense } from 'react';
import { useTranslation } from '../../../../app/i18n';
import type { WfTaskDetailFragment } from '../../../../gql/graphql';
import { reportChoice, reportShowingEvidence } from './evidence-choice';
import { Loading } from '../../../../components/QueryState';
import { EvidenceDocumentForm, EvidenceUpload } from '../lazy-forms';
import { EvidenceEntry } from './EvidenceEntry';

type Report = WfTaskDetailFragment['progressReports'][number];

/**
 * A milestone report's evidence, beside the report: what is attached with its verification, and for
 * the cadre a file or an official document to attach to this very report. Reports on the task as a
 * whole take no evidence of their own (the task's evidence covers them).
 */
export function ReportEvidence({
  task,
  report,
  onDone,
}: {
  task: WfTaskDetailFragment;
  report: Report;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  if (report.milestoneNumber === null) return null;
  const attached = task.evidence.filter(
    (evidence) => reportShowingEvidence(evidence, task.progressReports)?.id === report.id,
  );
  const choice = reportChoice(report.id);
  return (
    <div className="wf-report-evidence">
      {attached.length > 0 && (
        <ul className="wf-entries" aria-label={t('workflow.reportEvidence.list')}>
          {attached.map((evidence) => (
            <li key={evidence.id}>
              <EvidenceEntry task={task} evidence={evidence} onDone={onDone} showSubject={false} />
            </li>
          ))}
        </ul>
      )}
      {task.viewerCanAddEvidence && (
        <details>
          <summary>{t('workflow.reportEvidence.attach')}</summary>
          <Suspense fallback={<Loading />}>
            <EvidenceUpload task={task} onDone={onDone} fixed={choice} />
            <EvidenceDocumentForm task={task} onDone={onDone} fixed={choice} />
          </Suspense>
        </details>
      )}
    </div>
  );
}
