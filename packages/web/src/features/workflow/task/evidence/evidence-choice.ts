import {
  EVIDENCE_TARGETS,
  EVIDENCE_TARGET_REFERENCE,
  codesOf,
  formatProvinceDateTime,
  type EvidenceTarget,
} from '@nvtt/shared';

/** What a piece of evidence is to support, as picked in a form: the target and its output or report (as text). */
export interface EvidenceChoice {
  readonly target: EvidenceTarget;
  readonly output: string;
  readonly report: string;
}

export const TASK_CHOICE: EvidenceChoice = { target: 'TASK', output: '', report: '' };

/** The choice that attaches evidence to one milestone report. */
export function reportChoice(reportId: number): EvidenceChoice {
  return { target: 'MILESTONE_REPORT', output: '', report: String(reportId) };
}

interface ReportLike {
  readonly id: number;
  readonly milestoneNumber: number | null;
  readonly reportedAt: string;
}

/** Progress reports filed on a milestone: the ones evidence may be attached to. */
export function milestoneReportsOf<Report extends ReportLike>(reports: readonly Report[]): Report[] {
  return reports.filter((report) => report.milestoneNumber !== null);
}

/** The element id of a progress report on the task page, the target of links to it. */
export function reportAnchor(reportId: number): string {
  return `wf-report-${reportId}`;
}

/**
 * The milestone report a piece of evidence is shown and verified under, or null when it belongs in
 * the task's evidence list only (evidence of the task, an output, the self-assessment, or of a
 * report on the task as a whole, which takes no evidence of its own).
 */
export function reportShowingEvidence<Report extends ReportLike>(
  evidence: { readonly progressReportId: number | null },
  reports: readonly Report[],
): Report | null {
  if (evidence.progressReportId === null) return null;
  return milestoneReportsOf(reports).find((report) => report.id === evidence.progressReportId) ?? null;
}

/** "Quý II/2026 — 05/10/2026 14:30": the milestone's period and when it was reported. */
export function reportLabel(report: ReportLike, milestones: readonly { readonly periodLabel: string }[]): string {
  const period = report.milestoneNumber === null ? '' : (milestones[report.milestoneNumber - 1]?.periodLabel ?? '');
  const when = formatProvinceDateTime(new Date(report.reportedAt));
  return period ? `${period} — ${when}` : when;
}

/** Targets offered: a milestone report only when the task has one. */
export function targetsFor(hasMilestoneReports: boolean): EvidenceTarget[] {
  return codesOf(EVIDENCE_TARGETS).filter((code) => code !== 'MILESTONE_REPORT' || hasMilestoneReports);
}

/** The form field (as the API names it) left empty that the chosen target needs, if any. */
export function missingReference(choice: EvidenceChoice): 'outputNumber' | 'progressReport' | null {
  const needed = EVIDENCE_TARGET_REFERENCE[choice.target];
  if (needed === 'outputNumber' && choice.output === '') return needed;
  if (needed === 'progressReport' && choice.report === '') return needed;
  return null;
}

/** The choice as the API takes it: only the reference the target names is sent. */
export function targetVariables(choice: EvidenceChoice): {
  target: EvidenceTarget;
  outputNumber: number | null;
  progressReport: number | null;
} {
  const needed = EVIDENCE_TARGET_REFERENCE[choice.target];
  return {
    target: choice.target,
    outputNumber: needed === 'outputNumber' ? Number(choice.output) : null,
    progressReport: needed === 'progressReport' ? Number(choice.report) : null,
  };
}
