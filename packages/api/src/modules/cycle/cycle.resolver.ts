import {
  CYCLE_STAGE_DEFAULTS,
  CYCLE_STAGES,
  RATING_SCHEMES,
  SUBJECT_GROUPS,
  codesOf,
  stageActors,
  type CycleStage,
  type RatingSchemeCode,
} from '@nvtt/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { TaskScope } from '../../auth/scope.js';
import type { RequestContext } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/relay.js';
import type { AuditEventEntity } from '../audit/audit-event.entity.js';
import { AuditEventType } from '../audit/audit-event.type.js';
import type { CycleEntity } from './cycle.entity.js';
import { ChangeRequestStatusEnum, ChangeRequestType } from '../decision/decision.type.js';
import type { ChangeRequestEntity, ChangeRequestStatus } from '../decision/decision.entity.js';
import { RatingSchemeCodeEnum } from '../decision/decision.mutations.js';
import type { DeadlineExtensionEntity } from './cycle.entity.js';
import { DeadlineExtensionType, FocalRouteType } from './cycle-settings.type.js';
import { CycleDeadlineType, CycleRulesType, CycleType } from './cycle.type.js';

const STAGE_ORDER = codesOf(CYCLE_STAGES);
const SUBJECT_GROUP_ORDER = codesOf(SUBJECT_GROUPS);

/** Extensions name cadres: BTC and BTV read them all, others only their own or their agency's. */
function extensionVisible(extension: DeadlineExtensionEntity, scope: TaskScope): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'some':
      return (
        (extension.cadreId !== null && extension.cadreId === scope.cadreId) ||
        (extension.unitId !== null && scope.focalUnitIds.includes(extension.unitId))
      );
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

@Resolver(() => CycleType)
export class CycleResolver {
  @Query(() => [CycleType], { description: 'Every cycle, newest year first.' })
  cycles(@Ctx() ctx: RequestContext): Promise<CycleEntity[]> {
    return ctx.services.cycles.list();
  }

  @Query(() => CycleType, { nullable: true, description: 'The cycle of a year; null when none was opened.' })
  cycle(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The cycle’s year (năm đánh giá).' }) year: number,
  ): Promise<CycleEntity | null> {
    return ctx.services.cycles.findByYear(year);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id.' })
  id(@Root() cycle: CycleEntity): string {
    return toGlobalId('Cycle', cycle.id);
  }

  @FieldResolver(() => CycleRulesType, {
    description: 'Rules of this cycle (tasks per cadre, longest duration, report day).',
  })
  rules(@Root() cycle: CycleEntity): CycleRulesType {
    return {
      tasksPerCadre: cycle.tasksPerCadre,
      maxDurationMonths: cycle.maxDurationMonths,
      progressReportDay: cycle.progressReportDay,
    };
  }

  @FieldResolver(() => [AuditEventType], {
    description:
      'Recorded changes to the cycle: settings, deadline extensions, assignment decisions, oldest first (nhật ký).',
  })
  auditTrail(@Root() cycle: CycleEntity, @Ctx() ctx: RequestContext): Promise<AuditEventEntity[]> {
    return ctx.loaders.cycles.auditByCycleId.load(cycle.id);
  }

  @FieldResolver(() => [CycleDeadlineType], { description: 'Every stage’s deadline, in the order of the year.' })
  async deadlines(@Root() cycle: CycleEntity, @Ctx() ctx: RequestContext): Promise<CycleDeadlineType[]> {
    const rows = await ctx.loaders.cycles.deadlinesByCycleId.load(cycle.id);
    const dueOn = new Map(rows.map((row) => [row.stage, row.dueOn]));
    return STAGE_ORDER.map((stage: CycleStage) => ({
      stage,
      dueOn: dueOn.get(stage) ?? null,
      basis: CYCLE_STAGE_DEFAULTS[stage]?.basis ?? null,
      actors: [...stageActors(stage)],
    }));
  }

  @FieldResolver(() => String, { description: 'The rating scale in force (phiên bản thang đánh giá).' })
  scaleVersion(@Root() cycle: CycleEntity): string {
    return cycle.ratingScheme.scaleVersion;
  }

  @FieldResolver(() => RatingSchemeCodeEnum, {
    nullable: true,
    description: 'The rating scheme in force; null when it is none of the known schemes.',
  })
  ratingScheme(@Root() cycle: CycleEntity): RatingSchemeCode | null {
    const codes = Object.keys(RATING_SCHEMES) as RatingSchemeCode[];
    return codes.find((code) => RATING_SCHEMES[code].scaleVersion === cycle.ratingScheme.scaleVersion) ?? null;
  }

  @FieldResolver(() => [FocalRouteType], {
    description: 'Which focal agency receives each subject group’s tasks (phân công cơ quan đầu mối).',
  })
  async focalRoutes(@Root() cycle: CycleEntity, @Ctx() ctx: RequestContext): Promise<FocalRouteType[]> {
    const rows = await ctx.loaders.cycles.focalRoutesByCycleId.load(cycle.id);
    const sorted = [...rows].sort(
      (a, b) => SUBJECT_GROUP_ORDER.indexOf(a.subjectGroup) - SUBJECT_GROUP_ORDER.indexOf(b.subjectGroup),
    );
    const units = await Promise.all(sorted.map((row) => ctx.loaders.orgUnits.byId.load(row.focalUnitId)));
    return sorted.map((row, index) => ({ subjectGroup: row.subjectGroup, focalAgency: units[index]! }));
  }

  @FieldResolver(() => [DeadlineExtensionType], {
    description: 'Deadline extensions granted in the cycle, newest first; BTC and BTV see all, others their own.',
  })
  async deadlineExtensions(@Root() cycle: CycleEntity, @Ctx() ctx: RequestContext): Promise<DeadlineExtensionType[]> {
    const rows = (await ctx.loaders.cycles.extensionsByCycleId.load(cycle.id)).filter((row) =>
      extensionVisible(row, ctx.scope),
    );
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        stage: row.stage,
        until: row.until,
        reason: row.reason,
        grantedByLabel: row.grantedByLabel,
        createdAt: row.createdAt,
        cadre: row.cadreId === null ? null : await ctx.loaders.keyTasks.cadreById.load(row.cadreId),
        agency: row.unitId === null ? null : await ctx.loaders.orgUnits.byId.load(row.unitId),
      })),
    );
  }

  @FieldResolver(() => [ChangeRequestType], {
    description: 'Change requests on the cycle’s tasks you may read, oldest first (at most 500).',
  })
  changeRequests(
    @Root() cycle: CycleEntity,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => ChangeRequestStatusEnum, { nullable: true, description: 'Only those in this status.' })
    status?: ChangeRequestStatus | null,
  ): Promise<ChangeRequestEntity[]> {
    return ctx.services.cycles.changeRequests(cycle.id, status ?? null, ctx.scope);
  }
}
