import type { AlignmentArea, AlignmentSource, KeyTaskOutcome, KeyTaskState } from '@nvtt/shared';
import { Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import {
  AlignmentAreaEnum,
  AlignmentSourceEnum,
  KeyTaskOutcomeEnum,
  KeyTaskStateEnum,
  RegistrationRuleEnum,
} from '../../graphql/enums-domain.js';
import { connectionTypes, Node, registerNodeEntity } from '../../graphql/relay.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { KeyTaskEntity } from './key-task.entity.js';

registerNodeEntity(KeyTaskEntity, 'KeyTask');

@ObjectType('KeyTask', { implements: Node, description: 'One of a cadre’s key tasks in a cycle (nhiệm vụ trọng tâm).' })
export class KeyTaskType extends Node {
  @Field(() => Int, { description: 'Number of the task among the cadre’s tasks of the cycle (1–3).' })
  ordinal: number;

  @Field(() => String, { description: 'Title (tên nhiệm vụ), current version.' })
  title: string;

  @Field(() => String, { description: 'Description (mô tả), current version.' })
  description: string;

  @Field(() => String, { description: 'Spill-over effect (tính lan tỏa).' })
  spillOverNote: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Start date.' })
  startsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'End date.' })
  endsOn: string | null;

  @Field(() => Boolean, { description: 'This year’s part of a multi-year task (nhiệm vụ nhiều năm).' })
  multiYear: boolean;

  @Field(() => KeyTaskStateEnum, { description: 'Where the task is in its life (trạng thái).' })
  state: KeyTaskState;

  @Field(() => Int, { description: 'Version; raised by each approved change request.' })
  version: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was (last) submitted for registration.' })
  submittedAt: Date | null;

  @Field(() => Boolean, { description: 'Registered after the deadline (đăng ký muộn).' })
  submittedLate: boolean;

  @Field(() => KeyTaskOutcomeEnum, { nullable: true, description: 'Outcome the cadre self-assessed (tự đánh giá).' })
  selfOutcome: KeyTaskOutcome | null;

  @Field(() => KeyTaskOutcomeEnum, { nullable: true, description: 'Outcome the focal agency proposed (thẩm định).' })
  appraisedOutcome: KeyTaskOutcome | null;

  @Field(() => KeyTaskOutcomeEnum, { nullable: true, description: 'Outcome the decision body concluded (kết luận).' })
  concludedOutcome: KeyTaskOutcome | null;

  @Field(() => String, { nullable: true, description: 'Reason of a rejection, withdrawal or suspension.' })
  stateReason: string | null;
}

export const { Connection: KeyTaskConnection } = connectionTypes(KeyTaskType, 'KeyTask');

@ObjectType('OutputProduct', { description: 'A concrete, measurable output of a task (sản phẩm đầu ra).' })
export class OutputProductType {
  @Field(() => Int, { description: 'Position in the task’s list.' })
  ordinal: number;

  @Field(() => String, { description: 'What is produced.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Unit of measure (đơn vị tính).' })
  unit: string | null;

  @Field(() => Float, { nullable: true, description: 'Target (chỉ tiêu).' })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'Actual value achieved (kết quả thực hiện).' })
  actual: number | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the actual value was last reported (a progress report or the self-assessment).',
  })
  actualReportedAt: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due date of a dated deliverable.' })
  dueOn: string | null;
}

@ObjectType('Alignment', { description: 'A resolution and goal area the task serves (căn cứ, định hướng).' })
export class AlignmentType {
  @Field(() => AlignmentSourceEnum, { description: 'The document.' })
  source: AlignmentSource;

  @Field(() => AlignmentAreaEnum, { nullable: true, description: 'The goal area.' })
  area: AlignmentArea | null;

  @Field(() => String, { description: 'Reference text, e.g. a plan’s number.' })
  referenceText: string;
}

@ObjectType('TaskVersionOutput', { description: 'An output as it stood in a kept version.' })
export class TaskVersionOutputType {
  @Field(() => String, { description: 'What is produced.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Unit of measure.' })
  unit: string | null;

  @Field(() => Float, { nullable: true, description: 'Target.' })
  target: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due date.' })
  dueOn: string | null;
}

@ObjectType('TaskVersion', { description: 'The task as registered or as assigned, kept verbatim.' })
export class TaskVersionType {
  @Field(() => Int, { description: 'Version number.' })
  version: number;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { description: 'Description.' })
  description: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Start date.' })
  startsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'End date.' })
  endsOn: string | null;

  @Field(() => [TaskVersionOutputType], { description: 'Outputs.' })
  outputs: TaskVersionOutputType[];
}

@ObjectType('RuleViolation', {
  description: 'A registration rule the task does not meet yet (vi phạm quy tắc đăng ký).',
})
export class RuleViolationType {
  @Field(() => RegistrationRuleEnum, { description: 'The rule.' })
  rule: string;

  @Field(() => String, { nullable: true, description: 'The field at fault, as a dotted path.' })
  field: string | null;

  @Field(() => String, { description: 'What is wrong, in Vietnamese.' })
  message: string;

  @Field(() => String, { description: 'What is wrong, in English.' })
  messageEn: string;
}
