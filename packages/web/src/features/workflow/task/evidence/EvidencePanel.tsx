import { Suspense } from 'react';
import { useTranslation } from '../../../../app/i18n';
import type { WfTaskDetailFragment } from '../../../../gql/graphql';
import { Loading } from '../../../../components/QueryState';
import { EvidenceDocumentForm, EvidenceUpload } from '../lazy-forms';
import { EvidenceEntry } from './EvidenceEntry';
import { reportShowingEvidence } from './evidence-choice';

/**
 * Evidence of delivery: listed for everyone who reads the task; added by the cadre, verified by the
 * focal agency. The list stays complete — it is the task's record of evidence, as the printed dossier
 * lists it — but evidence of a milestone report is verified in one place only, under its report,
 * where the verifier reads the claim the evidence supports: here it is read-only, with a link there.
 */
export function EvidencePanel({ task, onDone }: { task: WfTaskDetailFragment; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="wf-evidence">
      <h2 id="wf-evidence">{t('workflow.task.evidence')}</h2>
      {task.evidence.length === 0 ? (
        <p className="muted">{t('workflow.task.noEvidence')}</p>
      ) : (
        <ul className="wf-entries">
          {task.evidence.map((evidence) => (
            <li key={evidence.id}>
              <EvidenceEntry
                task={task}
                evidence={evidence}
                onDone={onDone}
                shownUnder={reportShowingEvidence(evidence, task.progressReports)?.id ?? null}
              />
            </li>
          ))}
        </ul>
      )}
      {task.viewerCanAddEvidence && (
        <Suspense fallback={<Loading />}>
          <EvidenceUpload task={task} onDone={onDone} />
          <EvidenceDocumentForm task={task} onDone={onDone} />
        </Suspense>
      )}
    </section>
  );
}
