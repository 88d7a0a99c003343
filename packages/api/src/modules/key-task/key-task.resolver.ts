import {
  EVIDENCE_RULES,
  actionsFrom,
  checkKeyTask,
  milestoneStatus,
  provinceDateOf,
  type KeyTaskAction,
} from '@nvtt/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { unitsInRole, workflowRolesFor } from '../../auth/actor.js';
import type { RequestContext } from '../../graphql/context.js';
import { KeyTaskActionEnum } from '../../graphql/enums-domain.js';
import { idOfType, toGlobalId, type ConnectionResult } from '../../graphql/relay.js';
import { AuditEventType } from '../audit/audit-event.type.js';
import type { AuditEventEntity } from '../audit/audit-event.entity.js';
import type { CadreEntity, PositionEntity } from '../cadre/cadre.entity.js';
import { CadreType, PositionType } from '../cadre/cadre.type.js';
import type { CycleEntity } from '../cycle/cycle.entity.js';
import { CycleType } from '../cycle/cycle.type.js';
import type { ChangeRequestEntity } from '../decision/decision.entity.js';
import { ChangeRequestType } from '../decision/decision.type.js';
import type { SelfAssessmentEntity } from '../evaluation/evaluation.entity.js';
import type { EvidenceEntity } from '../evidence/evidence.entity.js';
import { EvidenceType } from '../evidence/evidence.type.js';
import { SelfAssessmentType } from '../evaluation/evaluation.type.js';
import type { MilestoneEntity, ProgressReportEntity } from '../milestone/milestone.entity.js';
import { MilestoneStatusEnum, MilestoneType, ProgressReportType } from '../milestone/milestone.type.js';
import type { AppraisalEntity, OpinionEntity } from '../opinion/opinion.entity.js';
import { AppraisalType, OpinionType } from '../opinion/opinion.type.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import { rulesOf } from '../../workflow/guards.js';
import { readDraftFromLoaded } from './draft.js';
import type { AlignmentEntity, KeyTaskEntity, OutputProductEntity, TaskSnapshot } from './key-task.entity.js';
import { KeyTaskFilter } from './key-task.inputs-filter.js';
import { taskPage } from './task-page.js';
import { KeyTaskOrderEnum, type KeyTaskOrder } from './key-task.order.js';
import type { KeyTaskQuery } from './key-task-query.service.js';
import {
  AlignmentType,
  KeyTaskConnection,
  KeyTaskType,
  OutputProductType,
  RuleViolationType,
  TaskVersionType,
} from './key-task.type.js';

const NOTHING = -1;

function toQuery(filter: KeyTaskFilter | null | undefined, today: string): KeyTaskQuery {
  if (!filter) return {};
  const id = (value: string | null | undefined, type: string) =>
    value ? { value: idOfType(value, type) ?? NOTHING } : null;
  const cadre = id(filter.cadre, 'Cadre');
  const unit = id(filter.unit, 'OrgUnit');
  const focal = id(filter.focalAgency, 'OrgUnit');
  const opinionAgency = filter.awaitingOpinion ? id(filter.awaitingOpinion.agency, 'OrgUnit') : null;
  return {
    ...(filter.cycleYear ? { cycleYear: filter.cycleYear } : {}),
    ...(cadre ? { cadreId: cadre.value } : {}),
    ...(unit ? { unitId: unit.value } : {}),
    ...(focal ? { focalUnitId: focal.value } : {}),
    ...(filter.sector ? { sectors: filter.sector } : {}),
    ...(filter.subjectGroup ? { subjectGroups: filter.subjectGroup } : {}),
    ...(filter.state ? { states: filter.state } : {}),
    ...(filter.outcome ? { outcomes: filter.outcome } : {}),
    ...(typeof filter.submittedLate === 'boolean' ? { submittedLate: filter.submittedLate } : {}),
    ...(filter.alignmentArea ? { alignmentArea: filter.alignmentArea } : {}),
    ...(filter.overdue ? { overdueAsOf: today } : {}),
    ...(filter.awaitingOpinion && opinionAgency
      ? { awaitingOpinion: { agencyId: opinionAgency.value, stage: filter.awaitingOpinion.stage } }
      : {}),
    ...(typeof filter.evidencePending === 'boolean' ? { evidencePending: filter.evidencePending } : {}),
    ...(filter.search ? { search: filter.search } : {}),
  };
}

@Resolver(() => KeyTaskType)
export class KeyTaskResolver {
  @Query(() => KeyTaskConnection, {
    description: 'Key tasks, filtered; stable order (by id, or `orderBy` then id), paged forward.',
  })
  keyTasks(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => KeyTaskFilter, {
      nullable: true,
      description: 'Which tasks: cycle, state, unit, cadre, sector, outcome, words…; all you may read when omitted.',
    })
    filter?: KeyTaskFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
    after?: string | null,
    @Arg('orderBy', () => KeyTaskOrderEnum, {
      nullable: true,
      description: 'What the tasks are sorted by, across all pages (ties by id); by id when omitted.',
    })
    orderBy?: KeyTaskOrder | null,
    @Arg('descending', () => Boolean, {
      nullable: true,
      description:
        'Latest or last first for `orderBy` (default false; ignored without it); tasks without a value come last either way.',
    })
    descending?: boolean | null,
  ): Promise<ConnectionResult<KeyTaskEntity>> {
    const order = orderBy ? { order: orderBy, descending: descending ?? false } : null;
    return taskPage(ctx, toQuery(filter, provinceDateOf(ctx.now)), first, after, order);
  }

  @Query(() => KeyTaskType, { nullable: true, description: 'One key task by id; null when there is none.' })
  async keyTask(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
  ): Promise<KeyTaskEntity | null> {
    const taskId = idOfType(id, 'KeyTask');
    return taskId === null ? null : ctx.loaders.keyTasks.taskById.load(taskId);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id.' })
  id(@Root() task: KeyTaskEntity): string {
    return toGlobalId('KeyTask', task.id);
  }

  @FieldResolver(() => CycleType, { description: 'The cycle (kỳ).' })
  async cycle(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<CycleEntity> {
    return (await ctx.loaders.cycles.byId.load(task.cycleId))!;
  }

  @FieldResolver(() => CadreType, { description: 'The cadre who registered it.' })
  async cadre(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<CadreEntity> {
    return (await ctx.loaders.keyTasks.cadreById.load(task.cadreId))!;
  }

  @FieldResolver(() => PositionType, { description: 'The post it was registered under.' })
  async position(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<PositionEntity> {
    return (await ctx.loaders.keyTasks.positionById.load(task.positionId))!;
  }

  @FieldResolver(() => OrgUnitType, { description: 'The focal agency it was routed to (cơ quan đầu mối).' })
  async focalAgency(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity> {
    return (await ctx.loaders.orgUnits.byId.load(task.focalUnitId))!;
  }

  @FieldResolver(() => KeyTaskType, {
    nullable: true,
    description: 'For a multi-year task: last year’s task it continues.',
  })
  continues(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<KeyTaskEntity | null> | null {
    return task.parentTaskId === null ? null : ctx.loaders.keyTasks.taskById.load(task.parentTaskId);
  }

  @FieldResolver(() => [OutputProductType], { description: 'Output products (sản phẩm đầu ra).' })
  outputs(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<OutputProductEntity[]> {
    return ctx.loaders.keyTasks.outputsByTask.load(task.id);
  }

  @FieldResolver(() => [AlignmentType], { description: 'Alignments (căn cứ, định hướng).' })
  alignments(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<AlignmentEntity[]> {
    return ctx.loaders.keyTasks.alignmentsByTask.load(task.id);
  }

  @FieldResolver(() => [MilestoneType], { description: 'The plan’s milestones, by due date (mốc tiến độ).' })
  milestones(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<MilestoneEntity[]> {
    return ctx.loaders.keyTasks.milestonesByTask.load(task.id);
  }

  @FieldResolver(() => [ProgressReportType], { description: 'Progress reports, oldest first.' })
  progressReports(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<ProgressReportEntity[]> {
    return ctx.loaders.keyTasks.progressByTask.load(task.id);
  }

  @FieldResolver(() => [AppraisalType], { description: 'The focal agency’s appraisals (thẩm định).' })
  appraisals(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<AppraisalEntity[]> {
    return ctx.loaders.keyTasks.appraisalsByTask.load(task.id);
  }

  @FieldResolver(() => [OpinionType], { description: 'Advisory agencies’ opinions (ý kiến).' })
  opinions(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<OpinionEntity[]> {
    return ctx.loaders.keyTasks.opinionsByTask.load(task.id);
  }

  @FieldResolver(() => [SelfAssessmentType], { description: 'Self-assessments, including returned ones.' })
  selfAssessments(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<SelfAssessmentEntity[]> {
    return ctx.loaders.keyTasks.selfAssessmentsByTask.load(task.id);
  }

  @FieldResolver(() => [ChangeRequestType], { description: 'Change requests (điều chỉnh).' })
  changeRequests(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<ChangeRequestEntity[]> {
    return ctx.loaders.keyTasks.changeRequestsByTask.load(task.id);
  }

  @FieldResolver(() => [EvidenceType], { description: 'Evidence of delivery and its verification (minh chứng).' })
  evidence(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<EvidenceEntity[]> {
    return ctx.loaders.keyTasks.evidenceByTask.load(task.id);
  }

  @FieldResolver(() => TaskVersionType, { nullable: true, description: 'The task as registered (bản đăng ký).' })
  registeredVersion(@Root() task: KeyTaskEntity): TaskSnapshot | null {
    return task.registeredSnapshot;
  }

  @FieldResolver(() => TaskVersionType, {
    nullable: true,
    description: 'The task as assigned by the BTV (bản được giao).',
  })
  assignedVersion(@Root() task: KeyTaskEntity): TaskSnapshot | null {
    return task.assignedSnapshot;
  }

  @FieldResolver(() => [AuditEventType], { description: 'Every recorded change, oldest first (nhật ký).' })
  auditTrail(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<AuditEventEntity[]> {
    return ctx.loaders.keyTasks.auditByTask.load(task.id);
  }

  @FieldResolver(() => [KeyTaskActionEnum], {
    description: 'Actions the viewer may take now, from the transition table.',
  })
  async availableActions(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<KeyTaskAction[]> {
    if (!ctx.actor) return [];
    const actions = actionsFrom(task.state, workflowRolesFor(ctx.actor, task));
    const opinion = actions.find((action) => action === 'GIVE_OPINION' || action === 'GIVE_RESULT_OPINION');
    if (opinion === undefined) return actions;
    // One opinion per agency and stage: once each of the viewer's advisory agencies has spoken, none is owed.
    const stage = opinion === 'GIVE_RESULT_OPINION' ? 'RESULT' : 'REGISTRATION';
    const given = new Set(
      (await ctx.loaders.keyTasks.opinionsByTask.load(task.id))
        .filter((entry) => entry.stage === stage)
        .map((entry) => entry.agencyUnitId),
    );
    const owed = unitsInRole(ctx.actor, 'ADVISORY').some((unitId) => !given.has(unitId));
    return owed ? actions : actions.filter((action) => action !== opinion);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may reference evidence on this task now (the cadre, while it is carried out).',
  })
  viewerCanAddEvidence(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): boolean {
    return this.evidenceAllowed(task, ctx, 'ADD');
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may verify or reject this task’s evidence now (its focal agency).',
  })
  viewerCanVerifyEvidence(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): boolean {
    return this.evidenceAllowed(task, ctx, 'VERIFY');
  }

  private evidenceAllowed(task: KeyTaskEntity, ctx: RequestContext, rule: 'ADD' | 'VERIFY'): boolean {
    const { actor, states } = EVIDENCE_RULES[rule];
    return ctx.actor !== null && states.includes(task.state) && workflowRolesFor(ctx.actor, task).includes(actor);
  }

  @FieldResolver(() => [RuleViolationType], {
    description: 'Registration rules this task does not meet on its own (the count of tasks is checked on submission).',
  })
  async ruleViolations(@Root() task: KeyTaskEntity, @Ctx() ctx: RequestContext): Promise<RuleViolationType[]> {
    const [cycle, outputs, alignments] = await Promise.all([
      ctx.loaders.cycles.byId.load(task.cycleId),
      ctx.loaders.keyTasks.outputsByTask.load(task.id),
      ctx.loaders.keyTasks.alignmentsByTask.load(task.id),
    ]);
    return checkKeyTask(readDraftFromLoaded(task, outputs, alignments), rulesOf(cycle!), cycle!.year, null).map(
      (violation) => ({
        rule: violation.code,
        field: violation.field,
        message: violation.message.vi,
        messageEn: violation.message.en,
      }),
    );
  }
}

@Resolver(() => MilestoneType)
export class MilestoneFieldsResolver {
  @FieldResolver(() => MilestoneStatusEnum, { description: 'Met on time, late, overdue or pending, as of today.' })
  status(@Root() milestone: MilestoneEntity, @Ctx() ctx: RequestContext): string {
    return milestoneStatus(milestone.dueOn, milestone.doneOn, ctx.today);
  }
}

@Resolver(() => OpinionType)
export class OpinionFieldsResolver {
  @FieldResolver(() => OrgUnitType, { description: 'The agency that gave it.' })
  async agency(@Root() opinion: OpinionEntity, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity> {
    return (await ctx.loaders.orgUnits.byId.load(opinion.agencyUnitId))!;
  }
}

@Resolver(() => AppraisalType)
export class AppraisalFieldsResolver {
  @FieldResolver(() => OrgUnitType, { description: 'The focal agency.' })
  async agency(@Root() appraisal: AppraisalEntity, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity> {
    return (await ctx.loaders.orgUnits.byId.load(appraisal.agencyUnitId))!;
  }
}

@Resolver(() => PositionType)
export class PositionFieldsResolver {
  @FieldResolver(() => OrgUnitType, { description: 'The unit of the post.' })
  async unit(@Root() position: PositionEntity, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity> {
    return (await ctx.loaders.orgUnits.byId.load(position.unitId))!;
  }
}

@Resolver(() => ChangeRequestType)
export class ChangeRequestFieldsResolver {
  @FieldResolver(() => KeyTaskType, { nullable: true, description: 'The task it would amend.' })
  keyTask(@Root() request: ChangeRequestEntity, @Ctx() ctx: RequestContext): Promise<KeyTaskEntity | null> {
    return ctx.loaders.keyTasks.taskById.load(request.keyTaskId);
  }

  @FieldResolver(() => TaskVersionType, { description: 'The proposed version.' })
  proposed(@Root() request: ChangeRequestEntity): TaskSnapshot {
    return {
      version: request.proposed.version,
      title: request.proposed.title,
      description: request.proposed.description,
      startsOn: request.proposed.startsOn,
      endsOn: request.proposed.endsOn,
      outputs: request.proposed.outputs,
    };
  }
}
