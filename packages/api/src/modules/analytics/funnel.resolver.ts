import {
  codesOf,
  FUNNEL_STEP_STATES,
  FUNNEL_STEPS,
  NEXT_ACTION,
  OPINION_DUE,
  provinceDateOf,
  type CycleStage,
  type FunnelStep,
  type KeyTaskAction,
  type StageActor,
  type WaitingState,
} from '@nvtt/shared';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { aggregateScopeOf } from '../../auth/scope.js';
import type { RequestContext } from '../../graphql/context.js';
import { CycleStageEnum, registerVocabulary, StageActorEnum } from '../../graphql/enums.js';
import { KeyTaskActionEnum, KeyTaskStateEnum } from '../../graphql/enums-domain.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { type ConnectionResult } from '../../graphql/relay.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import type { KeyTaskQuery } from '../key-task/key-task-query.service.js';
import { KeyTaskConnection } from '../key-task/key-task.type.js';
import { taskPage } from '../key-task/task-page.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import type { BacklogRow } from './funnel.service.js';

export const FunnelStepEnum = registerVocabulary(FUNNEL_STEPS, 'FunnelStep', 'A step of the cycle’s main path.');

interface StepCell {
  readonly cycleYear: number;
  readonly step: FunnelStep;
  readonly tasks: number;
}

interface BacklogCell extends BacklogRow {
  readonly cycleYear: number;
  readonly action: KeyTaskAction;
  /** The province's day the overdue figure was counted on. */
  readonly asOf: string;
}

interface Funnel {
  readonly cycleYear: number;
  readonly total: number;
  readonly steps: StepCell[];
  readonly backlog: BacklogCell[];
}

@ObjectType('FunnelStepCount', { description: 'Tasks that have reached a step of the main path.' })
export class FunnelStepCountType {
  @Field(() => FunnelStepEnum, { description: 'The step.' })
  step: FunnelStep;

  @Field(() => Int, { description: 'Tasks at or past this step (withdrawn tasks count nowhere).' })
  tasks: number;
}

@ObjectType('StageBacklog', {
  description: 'Tasks waiting for one agency (or the cadres of one unit) at one step, and how many are overdue.',
})
export class StageBacklogType {
  @Field(() => KeyTaskStateEnum, { description: 'The state the tasks wait in.' })
  state: WaitingState;

  @Field(() => KeyTaskActionEnum, { description: 'What is awaited.' })
  action: KeyTaskAction;

  @Field(() => StageActorEnum, { description: 'Who must act.' })
  actor: StageActor;

  @Field(() => CycleStageEnum, { nullable: true, description: 'The stage whose deadline applies.' })
  stage: CycleStage | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The stage’s deadline, before extensions.' })
  deadline: string | null;

  @Field(() => Int, { description: 'Tasks waiting.' })
  waiting: number;

  @Field(() => Int, { description: 'Tasks waiting past their deadline (extensions applied) — who is late.' })
  overdue: number;
}

@ObjectType('StageFunnel', { description: 'How far a cycle’s tasks have come, and who holds up the rest.' })
export class StageFunnelType {
  @Field(() => Int, { description: 'The cycle’s year.' })
  cycleYear: number;

  @Field(() => Int, { description: 'Every task of the cycle in scope, in any state.' })
  total: number;

  @Field(() => [FunnelStepCountType], { description: 'The main path’s steps, in order.' })
  steps: StepCell[];

  @Field(() => [StageBacklogType], { description: 'Waiting tasks by step and agency, the most overdue first.' })
  backlog: BacklogCell[];
}

@Resolver(() => StageFunnelType)
export class FunnelResolver {
  @Query(() => StageFunnelType, {
    description:
      'The stage funnel of a cycle with who is late at each step (phễu tiến độ). Covers everything for BTC, BTV, viewers and aggregate tokens; others see their own scope.',
  })
  async stageFunnel(
    @Ctx() ctx: RequestContext,
    @Arg('cycleYear', () => Int, { description: 'The cycle (năm đánh giá).' }) cycleYear: number,
  ): Promise<Funnel> {
    const scope = aggregateScopeOf(ctx.actor);
    const asOf = provinceDateOf(ctx.now);
    const [counts, backlog] = await Promise.all([
      ctx.services.funnel.stateCounts(cycleYear, scope),
      ctx.services.funnel.backlog(cycleYear, scope, asOf),
    ]);
    const inState = new Map(counts.map((row) => [row.state, row.tasks]));
    const steps = codesOf(FUNNEL_STEPS).map((step) => ({
      cycleYear,
      step,
      tasks: FUNNEL_STEP_STATES[step].reduce((sum, state) => sum + (inState.get(state) ?? 0), 0),
    }));
    return {
      cycleYear,
      total: counts.reduce((sum, row) => sum + row.tasks, 0),
      steps,
      backlog: backlog.map((row) => ({ ...row, cycleYear, asOf, action: awaitedAction(row) })),
    };
  }
}

function awaitedAction(row: BacklogRow): KeyTaskAction {
  return row.actor === 'ADVISORY' ? (OPINION_DUE[row.state] ?? NEXT_ACTION[row.state]) : NEXT_ACTION[row.state];
}

@Resolver(() => FunnelStepCountType)
export class FunnelStepResolver {
  @FieldResolver(() => KeyTaskConnection, { description: 'The tasks counted at this step (drill-down).' })
  tasksCounted(
    @Root() cell: StepCell,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
    after?: string | null,
  ): Promise<ConnectionResult<KeyTaskEntity>> {
    const query = { cycleYear: cell.cycleYear, states: FUNNEL_STEP_STATES[cell.step] };
    return taskPage(ctx, query, first, after);
  }
}

@Resolver(() => StageBacklogType)
export class StageBacklogResolver {
  @FieldResolver(() => OrgUnitType, {
    nullable: true,
    description: 'The agency that must act, or the cadres’ unit; null for the Standing Committee.',
  })
  agency(@Root() row: BacklogCell, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity | null> | null {
    return row.agencyId === null ? null : ctx.loaders.orgUnits.byId.load(row.agencyId);
  }

  @FieldResolver(() => KeyTaskConnection, {
    description: 'The waiting tasks counted in this row, or only the overdue ones (drill-down).',
  })
  tasksCounted(
    @Root() row: BacklogCell,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
    after?: string | null,
    @Arg('overdueOnly', () => Boolean, {
      nullable: true,
      description: 'Only the tasks counted as overdue: past the stage deadline and any extension.',
    })
    overdueOnly?: boolean | null,
  ): Promise<ConnectionResult<KeyTaskEntity>> {
    return taskPage(ctx, overdueOnly ? overdueQuery(row) : backlogQuery(row), first, after);
  }
}

/** The tasks of a backlog row counted as overdue; a wait without a stage is never overdue. */
function overdueQuery(row: BacklogCell): KeyTaskQuery {
  if (row.stage === null) return { ...backlogQuery(row), unitId: -1 };
  return {
    ...backlogQuery(row),
    pastStageDeadline: {
      stage: row.stage,
      asOf: row.asOf,
      extendedFor: row.actor === 'CADRE' ? 'CADRE' : 'UNIT',
      unitId: row.agencyId ?? -1,
    },
  };
}

/** The keyTasks filter that selects exactly the tasks a backlog row counted. */
export function backlogQuery(row: BacklogCell): KeyTaskQuery {
  const base = { cycleYear: row.cycleYear, states: [row.state] };
  const agencyId = row.agencyId ?? -1;
  switch (row.actor) {
    case 'CADRE':
      return { ...base, unitId: agencyId };
    case 'FOCAL':
      return { ...base, focalUnitId: agencyId };
    case 'ADVISORY':
      return {
        ...base,
        awaitingOpinion: { agencyId, stage: row.state === 'IN_CONSULTATION' ? 'REGISTRATION' : 'RESULT' },
      };
    case 'CONSOLIDATOR':
    case 'DECIDER':
      return base;
    default: {
      const unreachable: never = row.actor;
      return unreachable;
    }
  }
}
