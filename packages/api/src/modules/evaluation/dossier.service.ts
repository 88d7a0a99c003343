import { computeMeasures, provinceDateOf, ratingConditions, type LevelConditions, type Measures } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { taskScopeSql, type TaskScope } from '../../auth/scope.js';
import { entitiesFromJson, entityFromJson } from '../../db/json-rows.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { CadreEntity, PositionEntity } from '../cadre/cadre.entity.js';
import { CycleEntity } from '../cycle/cycle.entity.js';
import { ChangeRequestEntity } from '../decision/decision.entity.js';
import { EvidenceEntity } from '../evidence/evidence.entity.js';
import { AlignmentEntity, KeyTaskEntity, OutputProductEntity } from '../key-task/key-task.entity.js';
import type { KeyTaskLoaders } from '../key-task/key-task.loaders.js';
import { MilestoneEntity, ProgressReportEntity } from '../milestone/milestone.entity.js';
import { AppraisalEntity, OpinionEntity } from '../opinion/opinion.entity.js';
import { ConclusionEntity, QualityRatingEntity, SelfAssessmentEntity } from './evaluation.entity.js';

/** Every input to a cadre's year-end rating (domain §5), gathered in a constant number of statements. */
export interface Dossier {
  readonly cadre: CadreEntity;
  readonly cycle: CycleEntity;
  readonly tasks: KeyTaskEntity[];
  readonly conclusion: ConclusionEntity | null;
  readonly rating: QualityRatingEntity | null;
  readonly measures: Measures;
  readonly conditions: LevelConditions[];
  readonly asOf: string;
  /** Recorded changes to the conclusion and the rating (the tasks carry their own). */
  readonly auditTrail: AuditEventEntity[];
}

const HEAD_SQL = `
  SELECT (SELECT row_to_json(c) FROM cadre c WHERE c.id = $1) AS cadre,
         (SELECT row_to_json(y) FROM cycle y WHERE y.year = $2) AS cycle,
         (SELECT coalesce(json_agg(p ORDER BY p.starts_on DESC, p.id), '[]') FROM position p WHERE p.cadre_id = $1) AS positions,
         (SELECT row_to_json(x) FROM conclusion x JOIN cycle y ON y.id = x.cycle_id WHERE x.cadre_id = $1 AND y.year = $2) AS conclusion,
         (SELECT row_to_json(r) FROM quality_rating r JOIN cycle y ON y.id = r.cycle_id WHERE r.cadre_id = $1 AND y.year = $2) AS rating,
         (SELECT coalesce(json_agg(e ORDER BY e.occurred_at, e.id), '[]') FROM audit_event e
           WHERE (e.entity_type = 'Conclusion' AND e.entity_id IN
                   (SELECT x.id FROM conclusion x JOIN cycle y ON y.id = x.cycle_id WHERE x.cadre_id = $1 AND y.year = $2))
              OR (e.entity_type = 'QualityRating' AND e.entity_id IN
                   (SELECT r.id FROM quality_rating r JOIN cycle y ON y.id = r.cycle_id WHERE r.cadre_id = $1 AND y.year = $2))) AS audit`;

// One statement for the tasks and everything under them; each list in the order the dossier shows.
const TASKS_SQL = `
  SELECT row_to_json(t) AS task,
    (SELECT coalesce(json_agg(o ORDER BY o.ordinal), '[]') FROM output_product o WHERE o.key_task_id = t.id) AS outputs,
    (SELECT coalesce(json_agg(a ORDER BY a.id), '[]') FROM alignment a WHERE a.key_task_id = t.id) AS alignments,
    (SELECT coalesce(json_agg(m ORDER BY m.due_on, m.id), '[]') FROM milestone m WHERE m.key_task_id = t.id) AS milestones,
    (SELECT coalesce(json_agg(pr ORDER BY pr.reported_at, pr.id), '[]') FROM progress_report pr WHERE pr.key_task_id = t.id) AS progress,
    (SELECT coalesce(json_agg(ap ORDER BY ap.created_at, ap.id), '[]') FROM appraisal ap WHERE ap.key_task_id = t.id) AS appraisals,
    (SELECT coalesce(json_agg(op ORDER BY op.submitted_at, op.id), '[]') FROM opinion op WHERE op.key_task_id = t.id) AS opinions,
    (SELECT coalesce(json_agg(s ORDER BY s.submitted_at, s.id), '[]') FROM self_assessment s WHERE s.key_task_id = t.id) AS assessments,
    (SELECT coalesce(json_agg(cr ORDER BY cr.requested_at, cr.id), '[]') FROM change_request cr WHERE cr.key_task_id = t.id) AS changes,
    (SELECT coalesce(json_agg(e ORDER BY e.occurred_at, e.id), '[]') FROM audit_event e WHERE e.entity_type = 'KeyTask' AND e.entity_id = t.id) AS audit,
    (SELECT coalesce(json_agg(ev ORDER BY ev.added_at, ev.id), '[]') FROM evidence ev WHERE ev.key_task_id = t.id) AS evidence
  FROM key_task t JOIN cycle y ON y.id = t.cycle_id
  WHERE t.cadre_id = $1 AND y.year = $2 AND SCOPE
  ORDER BY t.ordinal`;

interface TaskRow {
  task: unknown;
  outputs: unknown;
  alignments: unknown;
  milestones: unknown;
  progress: unknown;
  appraisals: unknown;
  opinions: unknown;
  assessments: unknown;
  changes: unknown;
  audit: unknown;
  evidence: unknown;
}

export class DossierService {
  constructor(private readonly db: DataSource) {}

  /** Loads the dossier and primes the request's loaders, so the task fields resolve without more SQL. */
  async load(
    cadreId: number,
    cycleYear: number,
    now: Date,
    loaders: KeyTaskLoaders,
    scope: TaskScope,
  ): Promise<Dossier | null> {
    const [head] = await this.db.query(HEAD_SQL, [cadreId, cycleYear]);
    const cadre = entityFromJson(this.db, CadreEntity, head.cadre);
    const cycle = entityFromJson(this.db, CycleEntity, head.cycle);
    if (!cadre || !cycle) return null;
    loaders.cadreById.prime(cadre.id, cadre);
    loaders.positionsByCadre.prime(cadre.id, entitiesFromJson(this.db, PositionEntity, head.positions));

    const visible = taskScopeSql(scope, 't', 3);
    const rows: TaskRow[] = await this.db.query(TASKS_SQL.replace('SCOPE', visible.sql), [
      cadreId,
      cycleYear,
      ...visible.params,
    ]);
    const tasks: KeyTaskEntity[] = [];
    const results = [];
    for (const row of rows) {
      const task = entityFromJson(this.db, KeyTaskEntity, row.task)!;
      const outputs = entitiesFromJson(this.db, OutputProductEntity, row.outputs);
      const milestones = entitiesFromJson(this.db, MilestoneEntity, row.milestones);
      tasks.push(task);
      loaders.taskById.prime(task.id, task);
      loaders.outputsByTask.prime(task.id, outputs);
      loaders.alignmentsByTask.prime(task.id, entitiesFromJson(this.db, AlignmentEntity, row.alignments));
      loaders.milestonesByTask.prime(task.id, milestones);
      loaders.progressByTask.prime(task.id, entitiesFromJson(this.db, ProgressReportEntity, row.progress));
      loaders.appraisalsByTask.prime(task.id, entitiesFromJson(this.db, AppraisalEntity, row.appraisals));
      loaders.opinionsByTask.prime(task.id, entitiesFromJson(this.db, OpinionEntity, row.opinions));
      loaders.selfAssessmentsByTask.prime(task.id, entitiesFromJson(this.db, SelfAssessmentEntity, row.assessments));
      loaders.changeRequestsByTask.prime(task.id, entitiesFromJson(this.db, ChangeRequestEntity, row.changes));
      loaders.auditByTask.prime(task.id, entitiesFromJson(this.db, AuditEventEntity, row.audit));
      loaders.evidenceByTask.prime(task.id, entitiesFromJson(this.db, EvidenceEntity, row.evidence));
      // Withdrawn and rejected tasks are not part of the year's results.
      if (task.state !== 'WITHDRAWN' && task.state !== 'REJECTED') {
        results.push({
          outcome: task.concludedOutcome ?? task.appraisedOutcome ?? task.selfOutcome,
          outputs: outputs.map((output) => ({ target: output.target, actual: output.actual })),
          milestones: milestones.map((milestone) => ({ dueOn: milestone.dueOn, doneOn: milestone.doneOn })),
        });
      }
    }
    const asOf = provinceDateOf(now);
    const measures = computeMeasures(results, asOf);
    const rating = entityFromJson(this.db, QualityRatingEntity, head.rating);
    return {
      cadre,
      cycle,
      tasks,
      conclusion: entityFromJson(this.db, ConclusionEntity, head.conclusion),
      rating,
      measures,
      conditions: ratingConditions(measures, cycle.ratingScheme, rating?.score ?? null),
      asOf,
      auditTrail: entitiesFromJson(this.db, AuditEventEntity, head.audit),
    };
  }
}
