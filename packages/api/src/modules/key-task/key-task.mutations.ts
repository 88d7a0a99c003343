import type { KeyTaskOutcome } from '@nvtt/shared';
import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { useCaseContext, type RequestContext } from '../../graphql/context.js';
import { KeyTaskOutcomeEnum } from '../../graphql/enums-domain.js';
import { payloadType, toPayload, type PayloadValue } from '../../graphql/payload.js';
import { idOfType } from '../../graphql/relay.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { UseCaseResult } from '../../workflow/use-case.js';
import { userError } from '../../graphql/user-error.js';
import { MilestonePeriodKindEnum, ProgressReportType, ProgressStatusEnum } from '../milestone/milestone.type.js';
import type { MilestonePeriodKind, ProgressReportEntity, ProgressStatus } from '../milestone/milestone.entity.js';
import { OpinionType, OpinionVerdictEnum } from '../opinion/opinion.type.js';
import type { OpinionEntity, OpinionVerdict } from '../opinion/opinion.entity.js';
import type { KeyTaskEntity } from './key-task.entity.js';
import { KeyTaskDraftInput } from './key-task.inputs.js';
import { KeyTaskType } from './key-task.type.js';
import type { SimpleAction } from './simple-actions.service.js';

export const KeyTaskPayload = payloadType(
  'KeyTaskPayload',
  'keyTask',
  KeyTaskType,
  'Result of an action on a key task.',
);
const OpinionPayload = payloadType('OpinionPayload', 'opinion', OpinionType, 'Result of giving an opinion.');
const ProgressReportPayload = payloadType(
  'ProgressReportPayload',
  'progressReport',
  ProgressReportType,
  'Result of a progress report.',
);

@InputType({ description: 'An advisory agency’s opinion (ý kiến).' })
class OpinionInput {
  @Field(() => OpinionVerdictEnum, { description: 'The verdict.' })
  verdict: OpinionVerdict;

  @Field(() => String, { description: 'The opinion, 1–5000 characters; it cannot be changed once submitted.' })
  text: string;

  @Field(() => KeyTaskOutcomeEnum, { nullable: true, description: 'On results only: the outcome the agency proposes.' })
  proposedOutcome?: KeyTaskOutcome | null;

  @Field(() => ID, { nullable: true, description: 'The advisory agency you speak for, if you belong to several.' })
  agency?: string | null;
}

@InputType({ description: 'A step of the implementation plan.' })
class MilestoneInput {
  @Field(() => MilestonePeriodKindEnum, { description: 'Month, quarter or year.' })
  periodKind: MilestonePeriodKind;

  @Field(() => String, { description: 'The period, e.g. "Tháng 3/2026".' })
  periodLabel: string;

  @Field(() => LocalDateScalar, { description: 'Due date, within the task’s dates.' })
  dueOn: string;

  @Field(() => String, { description: 'Expected output at this step.' })
  expectedOutput: string;
}

@InputType({ description: 'The actual value reached for one output, in a progress report.' })
class ProgressActualInput {
  @Field(() => Int, { description: 'The output’s position in the task (from 1).' })
  output: number;

  @Field(() => Float, { description: 'Actual value reached so far (kết quả thực hiện), ≥ 0.' })
  actual: number;

  @Field(() => String, {
    nullable: true,
    description: 'The unit the value is in; when given it must be the output’s unit (đơn vị tính).',
  })
  unit?: string | null;
}

@InputType({ description: 'A progress report.' })
class ProgressInput {
  @Field(() => Int, { nullable: true, description: 'The milestone reported on (its position in the plan, from 1).' })
  milestoneNumber?: number | null;

  @Field(() => ProgressStatusEnum, { description: 'Status; DONE marks the milestone done today.' })
  status: ProgressStatus;

  @Field(() => Float, { nullable: true, description: 'Percent complete, 0–100.' })
  percentComplete?: number | null;

  @Field(() => String, { description: 'What was done.' })
  note: string;

  @Field(() => [ProgressActualInput], {
    nullable: true,
    description:
      'Actual values reached so far for the task’s outputs (target vs actual); each becomes the output’s latest.',
  })
  actuals?: ProgressActualInput[] | null;
}

@InputType({ description: 'An actual value achieved for an output.' })
class OutputActualInput {
  @Field(() => Int, { description: 'The output’s position in the task (from 1).' })
  output: number;

  @Field(() => Float, { description: 'Actual value (kết quả thực hiện).' })
  actual: number;
}

@InputType({ description: 'The cadre’s year-end self-assessment of one task (tự đánh giá).' })
class SelfAssessmentInput {
  @Field(() => KeyTaskOutcomeEnum, { description: 'The outcome claimed.' })
  outcome: KeyTaskOutcome;

  @Field(() => String, { description: 'Summary of results and evidence, 1–5000 characters.' })
  summary: string;

  @Field(() => [OutputActualInput], { description: 'Actual values of the outputs.' })
  actuals: OutputActualInput[];
}

const NOT_FOUND = {
  ok: false as const,
  errors: [userError('NOT_FOUND', { vi: 'Không tìm thấy nhiệm vụ.', en: 'No such key task.' })],
};

/** Runs `work` for a task id, answering "not found" for ids of another type or malformed ones. */
async function onTask<T>(id: string, work: (taskId: number) => Promise<UseCaseResult<T>>): Promise<PayloadValue<T>> {
  const taskId = idOfType(id, 'KeyTask');
  return toPayload(taskId === null ? NOT_FOUND : await work(taskId));
}

const commentArg = { nullable: true, description: 'Reason or comment (required where the action needs one).' };

@Resolver()
export class KeyTaskMutations {
  @Mutation(() => KeyTaskPayload, { description: 'Create a draft key task for yourself in a cycle (CADRE).' })
  keyTaskCreate(
    @Ctx() ctx: RequestContext,
    @Arg('cycleYear', () => Int, { description: 'The cycle the task belongs to (năm).' }) cycleYear: number,
    @Arg('input', () => KeyTaskDraftInput, { description: 'The task’s content (nội dung nhiệm vụ).' })
    input: KeyTaskDraftInput,
  ): Promise<PayloadValue<KeyTaskEntity>> {
    return ctx.services.registration.createDraft(useCaseContext(ctx), cycleYear, input).then(toPayload);
  }

  @Mutation(() => KeyTaskPayload, { description: 'Edit a draft or returned task (CADRE).' })
  keyTaskUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
    @Arg('input', () => KeyTaskDraftInput, { description: 'The task’s new content, replacing the draft.' })
    input: KeyTaskDraftInput,
  ) {
    const use = useCaseContext(ctx);
    return onTask(id, (taskId) => ctx.services.registration.updateDraft(use, taskId, input));
  }

  @Mutation(() => KeyTaskPayload, {
    description: 'Submit a task for registration; the registration rules are checked (CADRE).',
  })
  keyTaskSubmit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
  ) {
    const use = useCaseContext(ctx);
    return onTask(id, (taskId) => ctx.services.registration.submit(use, taskId));
  }

  @Mutation(() => KeyTaskPayload, {
    description: 'Return a task for revision, with a reason (FOCAL at appraisal; CONSOLIDATOR while consolidating).',
  })
  keyTaskReturn(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
    @Arg('comment', () => String, commentArg) comment?: string | null,
  ) {
    const use = useCaseContext(ctx);
    return onTask(id, (taskId) => ctx.services.registration.returnForRevision(use, taskId, comment ?? ''));
  }

  @Mutation(() => KeyTaskPayload, { description: 'Accept a registration after appraisal (FOCAL).' })
  keyTaskAppraise(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
    @Arg('comment', () => String, commentArg) comment?: string | null,
  ) {
    const use = useCaseContext(ctx);
    return onTask(id, (taskId) => ctx.services.registration.appraise(use, taskId, comment ?? null));
  }

  @Mutation(() => KeyTaskPayload, {
    description: 'Send an appraised task to the advisory agencies for opinions (CONSOLIDATOR).',
  })
  keyTaskSendForOpinions(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
  ) {
    return this.simple(ctx, id, 'SEND_FOR_OPINIONS', null);
  }

  @Mutation(() => KeyTaskPayload, {
    description: 'Propose a consolidated task to the Standing Committee (CONSOLIDATOR).',
  })
  keyTaskPropose(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
  ) {
    return this.simple(ctx, id, 'PROPOSE', null);
  }

  @Mutation(() => KeyTaskPayload, {
    description: 'Withdraw a task, with a reason (CADRE before assignment; CONSOLIDATOR; DECIDER after).',
  })
  keyTaskWithdraw(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
    @Arg('reason', () => String, commentArg) reason?: string | null,
  ) {
    return this.simple(ctx, id, 'WITHDRAW', reason ?? null);
  }

  @Mutation(() => KeyTaskPayload, { description: 'Suspend an assigned task, with a reason (DECIDER, CONSOLIDATOR).' })
  keyTaskSuspend(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
    @Arg('reason', () => String, commentArg) reason?: string | null,
  ) {
    return this.simple(ctx, id, 'SUSPEND', reason ?? null);
  }

  @Mutation(() => KeyTaskPayload, { description: 'Resume a suspended task, with a reason (DECIDER, CONSOLIDATOR).' })
  keyTaskResume(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
    @Arg('reason', () => String, commentArg) reason?: string | null,
  ) {
    return this.simple(ctx, id, 'RESUME', reason ?? null);
  }

  @Mutation(() => KeyTaskPayload, { description: 'Return a self-assessment for revision, with a reason (FOCAL).' })
  selfAssessmentReturn(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
    @Arg('comment', () => String, commentArg) comment?: string | null,
  ) {
    return this.simple(ctx, id, 'RETURN_SELF_ASSESSMENT', comment ?? null);
  }

  @Mutation(() => KeyTaskPayload, { description: 'Close the consultation on results and report them (CONSOLIDATOR).' })
  resultConsolidate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The task’s id (KeyTask.id).' }) id: string,
    @Arg('comment', () => String, commentArg) comment?: string | null,
  ) {
    return this.simple(ctx, id, 'CONSOLIDATE_RESULT', comment ?? null);
  }

  @Mutation(() => OpinionPayload, {
    description: 'Give your advisory agency’s opinion, on a registration or on results (ADVISORY).',
  })
  opinionSubmit(
    @Ctx() ctx: RequestContext,
    @Arg('keyTask', () => ID, { description: 'The task the opinion is about (KeyTask.id).' }) keyTask: string,
    @Arg('input', () => OpinionInput, { description: 'The opinion (ý kiến): verdict, text and any proposed outcome.' })
    input: OpinionInput,
  ) {
    const use = useCaseContext(ctx);
    return onTask<OpinionEntity>(keyTask, (taskId) =>
      ctx.services.opinions.submit(use, taskId, {
        verdict: input.verdict,
        text: input.text,
        proposedOutcome: input.proposedOutcome ?? null,
        agencyUnitId: input.agency ? (idOfType(input.agency, 'OrgUnit') ?? -1) : null,
      }),
    );
  }

  @Mutation(() => KeyTaskPayload, { description: 'File the implementation plan with its milestones (CADRE).' })
  planFile(
    @Ctx() ctx: RequestContext,
    @Arg('keyTask', () => ID, { description: 'The task being planned (KeyTask.id).' }) keyTask: string,
    @Arg('milestones', () => [MilestoneInput], {
      description: 'The whole plan (kế hoạch): every milestone, replacing any earlier plan.',
    })
    milestones: MilestoneInput[],
  ) {
    const use = useCaseContext(ctx);
    return onTask(keyTask, (taskId) => ctx.services.plans.filePlan(use, taskId, milestones));
  }

  @Mutation(() => ProgressReportPayload, { description: 'Report progress on a task or one of its milestones (CADRE).' })
  milestoneReport(
    @Ctx() ctx: RequestContext,
    @Arg('keyTask', () => ID, { description: 'The task reported on (KeyTask.id).' }) keyTask: string,
    @Arg('input', () => ProgressInput, {
      description: 'The report (báo cáo tiến độ): status, note, milestone and percent complete.',
    })
    input: ProgressInput,
  ) {
    const use = useCaseContext(ctx);
    return onTask<ProgressReportEntity>(keyTask, async (taskId) => {
      const milestones = input.milestoneNumber ? await ctx.loaders.keyTasks.milestonesByTask.load(taskId) : [];
      const milestone = input.milestoneNumber ? milestones[input.milestoneNumber - 1] : undefined;
      return ctx.services.plans.reportProgress(use, taskId, {
        milestoneId: input.milestoneNumber ? (milestone?.id ?? -1) : null,
        status: input.status,
        percentComplete: input.percentComplete ?? null,
        note: input.note,
        actuals: (input.actuals ?? []).map((entry) => ({
          output: entry.output,
          actual: entry.actual,
          unit: entry.unit ?? null,
        })),
      });
    });
  }

  @Mutation(() => KeyTaskPayload, { description: 'Self-assess a task at year end (CADRE).' })
  selfAssessmentSubmit(
    @Ctx() ctx: RequestContext,
    @Arg('keyTask', () => ID, { description: 'The task assessed (KeyTask.id).' }) keyTask: string,
    @Arg('input', () => SelfAssessmentInput, {
      description: 'The self-assessment (tự đánh giá): outcome, results, outputs.',
    })
    input: SelfAssessmentInput,
  ) {
    const use = useCaseContext(ctx);
    return onTask(keyTask, async (taskId) => {
      const outputs = await ctx.loaders.keyTasks.outputsByTask.load(taskId);
      return ctx.services.evaluation.selfAssess(use, taskId, {
        outcome: input.outcome,
        summary: input.summary,
        actuals: input.actuals.map((entry) => ({
          outputId: outputs[entry.output - 1]?.id ?? -1,
          actual: entry.actual,
        })),
      });
    });
  }

  @Mutation(() => KeyTaskPayload, { description: 'Appraise a self-assessed task and propose its outcome (FOCAL).' })
  resultAppraise(
    @Ctx() ctx: RequestContext,
    @Arg('keyTask', () => ID, { description: 'The task appraised (KeyTask.id).' }) keyTask: string,
    @Arg('proposedOutcome', () => KeyTaskOutcomeEnum, {
      description: 'The outcome the focal agency proposes (kết quả đề xuất).',
    })
    proposedOutcome: KeyTaskOutcome,
    @Arg('comment', () => String, { description: 'The appraisal’s reasoning.' }) comment: string,
  ) {
    const use = useCaseContext(ctx);
    return onTask(keyTask, (taskId) => ctx.services.evaluation.appraiseResult(use, taskId, proposedOutcome, comment));
  }

  private simple(ctx: RequestContext, id: string, action: SimpleAction, comment: string | null) {
    const use = useCaseContext(ctx);
    return onTask(id, (taskId) => ctx.services.simpleActions.perform(use, taskId, action, comment));
  }
}
