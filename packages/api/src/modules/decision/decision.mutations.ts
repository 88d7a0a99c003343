import type {
  CyclePhase,
  CycleStage,
  KeyTaskOutcome,
  QualityRatingLevel,
  RatingSchemeCode,
  SubjectGroup,
} from '@nvtt/shared';
import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver, registerEnumType } from 'type-graphql';
import { useCaseContext, type RequestContext } from '../../graphql/context.js';
import { CyclePhaseEnum, CycleStageEnum, SubjectGroupEnum } from '../../graphql/enums.js';
import { KeyTaskOutcomeEnum, QualityRatingLevelEnum } from '../../graphql/enums-domain.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { idOfType } from '../../graphql/relay.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { CycleType } from '../cycle/cycle.type.js';
import { ConclusionType, QualityRatingType } from '../evaluation/evaluation.type.js';
import { KeyTaskDraftInput } from '../key-task/key-task.inputs.js';
import { AssignmentDecisionType, ChangeRequestType } from './decision.type.js';

const NONE = -1;
const idOr = (value: string, type: string) => idOfType(value, type) ?? NONE;

export const RatingSchemeCodeEnum = {
  QD366_2025: 'QD366_2025',
  KHANH_HOA_KPI_2025: 'KHANH_HOA_KPI_2025',
} as const satisfies Record<RatingSchemeCode, RatingSchemeCode>;
registerEnumType(RatingSchemeCodeEnum, {
  name: 'RatingSchemeCode',
  description: 'A rating scheme the cycle can use.',
  valuesConfig: {
    QD366_2025: { description: 'Rule 366-QĐ/TW (2025), Decree 335/2025/NĐ-CP: bands 90/70/50.' },
    KHANH_HOA_KPI_2025: { description: 'Khánh Hòa KPI scheme (from 1-4-2025): bands 90/80/50.' },
  },
});

const AssignmentDecisionPayload = payloadType(
  'AssignmentDecisionPayload',
  'decision',
  AssignmentDecisionType,
  'Result of recording an assignment decision.',
);
const ChangeRequestPayload = payloadType(
  'ChangeRequestPayload',
  'changeRequest',
  ChangeRequestType,
  'Result of a change request action.',
);
const ConclusionPayload = payloadType(
  'ConclusionPayload',
  'conclusion',
  ConclusionType,
  'Result of recording a conclusion.',
);
const QualityRatingPayload = payloadType(
  'QualityRatingPayload',
  'rating',
  QualityRatingType,
  'Result of recording a rating.',
);
const CyclePayload = payloadType('CyclePayload', 'cycle', CycleType, 'Result of changing a cycle.');

@InputType({ description: 'A task not assigned, with the reason.' })
class RejectionInput {
  @Field(() => ID, { description: 'The task.' })
  keyTask: string;

  @Field(() => String, { description: 'Why it is not assigned.' })
  reason: string;
}

@InputType({ description: 'The Standing Committee’s assignment notice (thông báo giao nhiệm vụ).' })
class AssignmentDecisionInput {
  @Field(() => Int, { description: 'The cycle’s year.' })
  cycleYear: number;

  @Field(() => String, { description: 'Document number, e.g. "125-TB/TU".' })
  documentNumber: string;

  @Field(() => LocalDateScalar, { description: 'Date signed.' })
  signedOn: string;

  @Field(() => [ID], { description: 'Tasks assigned.' })
  assign: string[];

  @Field(() => [RejectionInput], { description: 'Tasks not assigned.' })
  reject: RejectionInput[];
}

@InputType({ description: 'The final outcome of one task.' })
class TaskOutcomeInput {
  @Field(() => ID, { description: 'The task.' })
  keyTask: string;

  @Field(() => KeyTaskOutcomeEnum, { description: 'Its concluded outcome.' })
  outcome: KeyTaskOutcome;
}

@InputType({ description: 'The Standing Committee’s conclusion on a cadre’s tasks (kết luận).' })
class ConclusionInput {
  @Field(() => Int, { description: 'The cycle’s year.' })
  cycleYear: number;

  @Field(() => ID, { description: 'The cadre.' })
  cadre: string;

  @Field(() => String, { description: 'Document number.' })
  documentNumber: string;

  @Field(() => LocalDateScalar, { description: 'Date of the conclusion.' })
  concludedOn: string;

  @Field(() => String, { nullable: true, description: 'Summary.' })
  summary?: string | null;

  @Field(() => [TaskOutcomeInput], { description: 'Each task’s outcome.' })
  outcomes: TaskOutcomeInput[];
}

@InputType({ description: 'The official rating (xếp loại chất lượng).' })
class QualityRatingInput {
  @Field(() => Int, { description: 'The cycle’s year.' })
  cycleYear: number;

  @Field(() => ID, { description: 'The cadre.' })
  cadre: string;

  @Field(() => QualityRatingLevelEnum, { description: 'The level decided.' })
  level: QualityRatingLevel;

  @Field(() => Float, { nullable: true, description: 'Score on the 100-point scale.' })
  score?: number | null;

  @Field(() => LocalDateScalar, { description: 'Date decided.' })
  decidedOn: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;
}

@InputType({ description: 'A stage’s new deadline.' })
class DeadlineInput {
  @Field(() => CycleStageEnum, { description: 'The stage.' })
  stage: CycleStage;

  @Field(() => LocalDateScalar, { nullable: true, description: 'New last day; null: no fixed date.' })
  dueOn: string | null;
}

@InputType({ description: 'Changes to a cycle; fields left out stay as they are.' })
class CycleUpdateInput {
  @Field(() => CyclePhaseEnum, { nullable: true, description: 'Move the cycle to this phase.' })
  phase?: CyclePhase | null;

  @Field(() => Int, { nullable: true, description: 'Key tasks per cadre (1–10).' })
  tasksPerCadre?: number | null;

  @Field(() => Int, { nullable: true, description: 'Longest duration in months (1–60).' })
  maxDurationMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Day of the month progress is due (1–28).' })
  progressReportDay?: number | null;

  @Field(() => RatingSchemeCodeEnum, { nullable: true, description: 'The rating scheme to use.' })
  ratingScheme?: RatingSchemeCode | null;

  @Field(() => [DeadlineInput], { nullable: true, description: 'New deadlines.' })
  deadlines?: DeadlineInput[] | null;
}

@InputType({ description: 'A later deadline for one cadre or one agency, with its reason (gia hạn).' })
class DeadlineExtensionInput {
  @Field(() => Int, { description: 'The cycle’s year.' })
  cycleYear: number;

  @Field(() => CycleStageEnum, { description: 'The stage extended.' })
  stage: CycleStage;

  @Field(() => ID, { nullable: true, description: 'The cadre (or give an agency).' })
  cadre?: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency (or give a cadre).' })
  agency?: string | null;

  @Field(() => LocalDateScalar, { description: 'New last day.' })
  until: string;

  @Field(() => String, { description: 'Why.' })
  reason: string;
}

@Resolver()
export class DecisionMutations {
  @Mutation(() => AssignmentDecisionPayload, {
    description: 'Record the BTV’s notice: assign or reject proposed tasks (DECIDER).',
  })
  async assignmentDecide(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AssignmentDecisionInput, {
      description: 'The notice (thông báo giao nhiệm vụ): document and each task’s decision.',
    })
    input: AssignmentDecisionInput,
  ) {
    return toPayload(
      await ctx.services.decisions.decideAssignments(useCaseContext(ctx), {
        cycleYear: input.cycleYear,
        documentNumber: input.documentNumber,
        signedOn: input.signedOn,
        assignTaskIds: input.assign.map((id) => idOr(id, 'KeyTask')),
        reject: input.reject.map((entry) => ({ taskId: idOr(entry.keyTask, 'KeyTask'), reason: entry.reason })),
      }),
    );
  }

  @Mutation(() => ChangeRequestPayload, { description: 'Ask to amend an assigned task (CADRE).' })
  async changeRequestSubmit(
    @Ctx() ctx: RequestContext,
    @Arg('keyTask', () => ID, { description: 'The assigned task to amend (KeyTask.id).' }) keyTask: string,
    @Arg('reason', () => String, { description: 'Why the task must change (lý do điều chỉnh).' }) reason: string,
    @Arg('proposed', () => KeyTaskDraftInput, { description: 'The task’s content as it should become.' })
    proposed: KeyTaskDraftInput,
  ) {
    return toPayload(
      await ctx.services.decisions.requestChange(useCaseContext(ctx), idOr(keyTask, 'KeyTask'), reason, proposed),
    );
  }

  @Mutation(() => ChangeRequestPayload, { description: 'Approve or refuse a change request (DECIDER).' })
  async changeRequestDecide(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => Int, { description: 'The change request’s number (ChangeRequest.id).' }) id: number,
    @Arg('approve', () => Boolean, { description: 'True to approve, false to refuse.' }) approve: boolean,
    @Arg('documentNumber', () => String, { description: 'The decision’s document number (số văn bản).' })
    documentNumber: string,
    @Arg('comment', () => String, { nullable: true, description: 'A comment for the cadre.' }) comment?: string | null,
  ) {
    return toPayload(
      await ctx.services.decisions.decideChange(useCaseContext(ctx), id, {
        approve,
        documentNumber,
        comment: comment ?? null,
      }),
    );
  }

  @Mutation(() => ConclusionPayload, { description: 'Conclude a cadre’s tasks for the year (DECIDER).' })
  async conclusionRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ConclusionInput, { description: 'The conclusion (kết luận) on a cadre’s tasks for a cycle.' })
    input: ConclusionInput,
  ) {
    return toPayload(
      await ctx.services.evaluation.conclude(useCaseContext(ctx), {
        cycleYear: input.cycleYear,
        cadreId: idOr(input.cadre, 'Cadre'),
        documentNumber: input.documentNumber,
        concludedOn: input.concludedOn,
        summary: input.summary ?? '',
        outcomes: input.outcomes.map((entry) => ({ taskId: idOr(entry.keyTask, 'KeyTask'), outcome: entry.outcome })),
      }),
    );
  }

  @Mutation(() => QualityRatingPayload, { description: 'Record the official year-end rating (DECIDER).' })
  async qualityRatingRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => QualityRatingInput, {
      description: 'The quality rating (xếp loại chất lượng) of a cadre for a cycle.',
    })
    input: QualityRatingInput,
  ) {
    return toPayload(
      await ctx.services.evaluation.rate(useCaseContext(ctx), {
        cycleYear: input.cycleYear,
        cadreId: idOr(input.cadre, 'Cadre'),
        level: input.level,
        score: input.score ?? null,
        decidedOn: input.decidedOn,
        note: input.note ?? '',
      }),
    );
  }

  @Mutation(() => CyclePayload, {
    description: 'Change a cycle’s phase, rules, rating scheme or deadlines (CONSOLIDATOR).',
  })
  async cycleUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The cycle’s year.' }) year: number,
    @Arg('input', () => CycleUpdateInput, {
      description: 'The settings to change (phase, deadlines, limits, rating scheme); omitted ones stay.',
    })
    input: CycleUpdateInput,
  ) {
    return toPayload(await ctx.services.cycleAdmin.update(useCaseContext(ctx), year, input));
  }

  @Mutation(() => CyclePayload, {
    description:
      'Open the cycle of a new year for registration, with the default rules and deadlines and the previous routing (CONSOLIDATOR).',
  })
  async cycleOpen(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The year of the new cycle (năm giao nhiệm vụ), 2000 to 2100.' })
    year: number,
  ) {
    return toPayload(await ctx.services.cycleAdmin.open(useCaseContext(ctx), year));
  }

  @Mutation(() => CyclePayload, { description: 'Route a subject group to a focal agency for a cycle (CONSOLIDATOR).' })
  async focalAgencySet(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The cycle’s year.' }) year: number,
    @Arg('subjectGroup', () => SubjectGroupEnum, {
      description: 'The subject group (nhóm đối tượng) whose tasks are routed.',
    })
    subjectGroup: SubjectGroup,
    @Arg('focalAgency', () => ID, { description: 'The focal agency (cơ quan đầu mối) receiving them (OrgUnit.id).' })
    focalAgency: string,
  ) {
    return toPayload(
      await ctx.services.cycleAdmin.setFocalAgency(
        useCaseContext(ctx),
        year,
        subjectGroup,
        idOr(focalAgency, 'OrgUnit'),
      ),
    );
  }

  @Mutation(() => CyclePayload, {
    description: 'Extend a deadline for one cadre or agency, with a reason (CONSOLIDATOR).',
  })
  async deadlineExtend(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeadlineExtensionInput, {
      description: 'The extension (gia hạn): whose deadline, until when and why.',
    })
    input: DeadlineExtensionInput,
  ) {
    const use = useCaseContext(ctx);
    const result = await ctx.services.cycleAdmin.grantExtension(use, {
      cycleYear: input.cycleYear,
      stage: input.stage,
      cadreId: input.cadre ? idOr(input.cadre, 'Cadre') : null,
      unitId: input.agency ? idOr(input.agency, 'OrgUnit') : null,
      until: input.until,
      reason: input.reason,
    });
    return toPayload(
      result.ok ? { ok: true as const, value: (await ctx.services.cycles.findByYear(input.cycleYear))! } : result,
    );
  }
}
