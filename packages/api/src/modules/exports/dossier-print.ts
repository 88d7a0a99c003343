import {
  EVIDENCE_TARGETS,
  EVIDENCE_VERIFICATIONS,
  KEY_TASK_OUTCOMES,
  KEY_TASK_STATES,
  QUALITY_RATING_LEVELS,
  provinceDateOf,
} from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { TaskScope } from '../../auth/scope.js';
import type { DossierService } from '../evaluation/dossier.service.js';
import { createKeyTaskLoaders } from '../key-task/key-task.loaders.js';
import { createOrgUnitLoaders } from '../org-unit/org-unit.loaders.js';
import type { OrgUnitService } from '../org-unit/org-unit.service.js';
import { vnDate } from './labels.js';

/** A dossier as the printout shows it: texts already worded in Vietnamese, in reading order. */
export interface DossierPrint {
  readonly cycleYear: number;
  readonly cadreName: string;
  readonly post: string;
  readonly asOf: string;
  readonly tasks: ReadonlyArray<{
    readonly heading: string;
    readonly facts: readonly string[];
    readonly sections: ReadonlyArray<{ readonly title: string; readonly lines: readonly string[] }>;
  }>;
  readonly summary: readonly string[];
}

function outcome(code: string | null): string {
  return code ? (KEY_TASK_OUTCOMES[code as keyof typeof KEY_TASK_OUTCOMES]?.vi ?? code) : '—';
}

function quantity(value: number | string | null, unit: string | null): string {
  if (value === null) return '—';
  return `${Number(value).toLocaleString('vi-VN')}${unit ? ` ${unit}` : ''}`;
}

/**
 * Gathers a cadre's dossier for printing, within the reader's scope (the same statements as the
 * `cadreDossier` query, then the request's loaders, already primed). Null when not visible.
 */
export async function loadDossierPrint(
  db: DataSource,
  dossiers: DossierService,
  orgUnitService: OrgUnitService,
  scope: TaskScope,
  cadreId: number,
  cycleYear: number,
  now: Date,
): Promise<DossierPrint | null> {
  const orgUnits = createOrgUnitLoaders(orgUnitService);
  const loaders = createKeyTaskLoaders(db, scope, orgUnits);
  if ((await loaders.cadreById.load(cadreId)) === null) return null;
  const dossier = await dossiers.load(cadreId, cycleYear, now, loaders, scope);
  if (dossier === null || dossier.tasks.length === 0) return null;
  const positions = await loaders.positionsByCadre.load(cadreId);
  const latest = positions[0];
  const latestUnit = latest ? await orgUnits.byId.load(latest.unitId) : null;
  const tasks = [];
  for (const task of dossier.tasks) {
    const [focal, outputs, milestones, assessments, appraisals, opinions, evidence, reports] = await Promise.all([
      orgUnits.byId.load(task.focalUnitId),
      loaders.outputsByTask.load(task.id),
      loaders.milestonesByTask.load(task.id),
      loaders.selfAssessmentsByTask.load(task.id),
      loaders.appraisalsByTask.load(task.id),
      loaders.opinionsByTask.load(task.id),
      loaders.evidenceByTask.load(task.id),
      loaders.progressByTask.load(task.id),
    ]);
    // What each piece of evidence supports: the task, an output, a milestone report, the self-assessment.
    const supports = (item: (typeof evidence)[number]): string => {
      const target = EVIDENCE_TARGETS[item.target].vi;
      if (item.outputOrdinal !== null) return `${target} ${item.outputOrdinal}`;
      const report = reports.find((entry) => entry.id === item.progressReportId);
      const milestone = report && milestones.find((entry) => entry.id === report.milestoneId);
      return report && milestone
        ? `${target} ${milestone.periodLabel}, ${vnDate(provinceDateOf(report.reportedAt))}`
        : target;
    };
    const selfAssessment = assessments.at(-1);
    tasks.push({
      heading: `Nhiệm vụ ${task.ordinal}: ${task.title}`,
      facts: [
        `Trạng thái: ${KEY_TASK_STATES[task.state].vi}`,
        `Thời gian: ${vnDate(task.startsOn) || '—'} – ${vnDate(task.endsOn) || '—'}`,
        `Cơ quan đầu mối: ${focal?.name ?? '—'}`,
        ...(task.description ? [`Nội dung: ${task.description}`] : []),
      ],
      sections: [
        {
          title: 'Sản phẩm đầu ra',
          lines: outputs.map(
            (output) =>
              `${output.ordinal}. ${output.name} — chỉ tiêu ${quantity(output.target, output.unit)}, đạt ${quantity(output.actual, output.unit)}${output.dueOn ? `, hạn ${vnDate(output.dueOn)}` : ''}`,
          ),
        },
        {
          title: 'Mốc tiến độ',
          lines: milestones.map(
            (milestone) =>
              `${milestone.periodLabel} (hạn ${vnDate(milestone.dueOn)}): ${milestone.expectedOutput} — ${milestone.doneOn ? `hoàn thành ${vnDate(milestone.doneOn)}` : 'chưa hoàn thành'}`,
          ),
        },
        {
          title: 'Tự đánh giá',
          lines: selfAssessment ? [`${outcome(selfAssessment.outcome)}: ${selfAssessment.summary}`] : [],
        },
        {
          title: 'Thẩm định của cơ quan đầu mối',
          lines: appraisals.map(
            (appraisal) =>
              `${appraisal.stage === 'REGISTRATION' ? 'Đăng ký' : 'Kết quả'} — ${appraisal.verdict === 'ACCEPTED' ? 'đồng ý' : 'trả lại'}${appraisal.proposedOutcome ? `, đề xuất: ${outcome(appraisal.proposedOutcome)}` : ''}${appraisal.comment ? `. ${appraisal.comment}` : ''}`,
          ),
        },
        {
          title: 'Ý kiến tham gia',
          lines: opinions.map((opinion) => `${opinion.authorLabel}: ${opinion.text}`),
        },
        {
          title: 'Minh chứng',
          lines: evidence.map((item) => {
            const what =
              item.kind === 'FILE'
                ? `tệp ${item.fileName ?? ''}`
                : `${item.documentNumber ?? ''} ngày ${vnDate(item.documentDate)}, ${item.issuer ?? ''}`;
            return `${supports(item)}: ${item.title} (${what}) — ${EVIDENCE_VERIFICATIONS[item.verification].vi}${item.verificationNote ? `: ${item.verificationNote}` : ''}`;
          }),
        },
        { title: 'Kết luận', lines: task.concludedOutcome ? [outcome(task.concludedOutcome)] : [] },
      ],
    });
  }
  const rating = dossier.rating;
  return {
    cycleYear,
    cadreName: dossier.cadre.fullName,
    post: latest ? `${latest.title}${latestUnit ? `, ${latestUnit.name}` : ''}` : '',
    asOf: dossier.asOf,
    tasks,
    summary: [
      dossier.conclusion
        ? `Kết luận số ${dossier.conclusion.documentNumber} ngày ${vnDate(dossier.conclusion.concludedOn)}: ${dossier.conclusion.summary}`
        : 'Chưa có kết luận của Ban Thường vụ.',
      rating
        ? `Xếp loại chất lượng: ${QUALITY_RATING_LEVELS[rating.level].vi} (${QUALITY_RATING_LEVELS[rating.level].abbr}), ngày ${vnDate(rating.decidedOn)}`
        : 'Chưa xếp loại chất lượng.',
    ],
  };
}
