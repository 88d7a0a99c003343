import { EvidenceFileLink } from '../../components/EvidenceFileLink';
import type { DossierTaskFragment } from '../../gql/graphql';
import { VerificationBadge } from './badges';

type Task = DossierTaskFragment;
type Evidence = Task['evidence'][number];

/** Evidence attached to one progress report (a milestone report). */
export function evidenceOfReport(task: Task, reportId: number): Evidence[] {
  return task.evidence.filter((evidence) => evidence.progressReportId === reportId);
}

/** Evidence attached to any report on the milestone at `number` in the plan (from 1). */
export function evidenceOfMilestone(task: Task, number: number): Evidence[] {
  const reports = new Set(
    task.progressReports.filter((report) => report.milestoneNumber === number).map((report) => report.id),
  );
  return task.evidence.filter(
    (evidence) => evidence.progressReportId !== null && reports.has(evidence.progressReportId),
  );
}

/** The report a milestone-report evidence supports, with its milestone's period; null for other targets. */
export function reportOf(task: Task, evidence: Evidence): { period: string; reportedAt: string } | null {
  const report = task.progressReports.find((entry) => entry.id === evidence.progressReportId);
  if (!report || report.milestoneNumber === null) return null;
  return {
    period: task.milestones[report.milestoneNumber - 1]?.periodLabel ?? String(report.milestoneNumber),
    reportedAt: report.reportedAt,
  };
}

/** A compact list of evidence: its title, the file or document number, and the verification mark. */
export function EvidenceBrief({ items, label }: { items: readonly Evidence[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="ds-evidence-brief" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          {item.title}
          {item.kind === 'FILE' ? (
            <>
              {' — '}
              <EvidenceFileLink file={item} />
            </>
          ) : (
            item.documentNumber && ` — ${item.documentNumber}`
          )}{' '}
          <VerificationBadge verification={item.verification} />
        </li>
      ))}
    </ul>
  );
}
