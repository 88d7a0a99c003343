import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MILESTONE_STATUSES } from '@nvtt/shared';
import { registerVocabulary } from '../../graphql/enums.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { MilestonePeriodKind, ProgressOutputValue, ProgressStatus } from './milestone.entity.js';

export const MilestonePeriodKindEnum = { MONTH: 'MONTH', QUARTER: 'QUARTER', YEAR: 'YEAR' } as const;
registerEnumType(MilestonePeriodKindEnum, {
  name: 'MilestonePeriodKind',
  description: 'The period a milestone closes (tháng, quý, năm).',
  valuesConfig: {
    MONTH: { description: 'A month (tháng).' },
    QUARTER: { description: 'A quarter (quý).' },
    YEAR: { description: 'The year (năm).' },
  },
});

export const ProgressStatusEnum = {
  ON_TRACK: 'ON_TRACK',
  AT_RISK: 'AT_RISK',
  DELAYED: 'DELAYED',
  DONE: 'DONE',
} as const;
registerEnumType(ProgressStatusEnum, {
  name: 'ProgressStatus',
  description: 'How a task or milestone stands, as reported (tình trạng).',
  valuesConfig: {
    ON_TRACK: { description: 'On track (đúng tiến độ).' },
    AT_RISK: { description: 'At risk (có nguy cơ chậm).' },
    DELAYED: { description: 'Delayed (chậm tiến độ).' },
    DONE: { description: 'Done (hoàn thành).' },
  },
});

export const MilestoneStatusEnum = registerVocabulary(
  MILESTONE_STATUSES,
  'MilestoneStatus',
  'Whether a milestone was met by its due date, as of today in Asia/Ho_Chi_Minh.',
);

@ObjectType('Milestone', { description: 'A dated step of the implementation plan (mốc tiến độ).' })
export class MilestoneType {
  @Field(() => MilestonePeriodKindEnum, { description: 'Month, quarter or year.' })
  periodKind: MilestonePeriodKind;

  @Field(() => String, { description: 'The period, e.g. "Tháng 3/2026", "Quý II/2026".' })
  periodLabel: string;

  @Field(() => LocalDateScalar, { description: 'Due date.' })
  dueOn: string;

  @Field(() => String, { description: 'Expected output at this step (kết quả dự kiến).' })
  expectedOutput: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date it was reported done.' })
  doneOn: string | null;
}

@ObjectType('ProgressOutputValue', { description: 'The actual value of one output as a progress report gave it.' })
export class ProgressOutputValueType {
  @Field(() => Int, { description: 'The output’s position in the task (from 1).' })
  output: number;

  @Field(() => String, { description: 'The output’s name when reported.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Unit of measure (đơn vị tính), the output’s.' })
  unit: string | null;

  @Field(() => Float, { description: 'Actual value reached (kết quả thực hiện), ≥ 0.' })
  actual: number;
}

@ObjectType('ProgressReport', { description: 'A dated report of progress (báo cáo tiến độ).' })
export class ProgressReportType {
  @Field(() => Int, { description: 'Identifier within the system, to attach evidence to it.' })
  id: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was reported.' })
  reportedAt: Date;

  @Field(() => ProgressStatusEnum, { description: 'Reported status.' })
  status: ProgressStatus;

  @Field(() => Float, { nullable: true, description: 'Percent complete (0–100).' })
  percentComplete: number | null;

  @Field(() => String, { description: 'What was done (nội dung).' })
  note: string;

  @Field(() => Boolean, { description: 'Reported after the milestone’s due date.' })
  late: boolean;

  @Field(() => String, { description: 'Who reported.' })
  authorLabel: string;

  @Field(() => [ProgressOutputValueType], {
    description: 'Actual values reached for the task’s outputs at the time of the report (target vs actual).',
  })
  outputValues: ProgressOutputValue[];
}
