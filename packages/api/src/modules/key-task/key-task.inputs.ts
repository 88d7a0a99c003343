import type { AlignmentArea, AlignmentSource } from '@nvtt/shared';
import { Field, Float, ID, InputType } from 'type-graphql';
import { AlignmentAreaEnum, AlignmentSourceEnum } from '../../graphql/enums-domain.js';
import { LocalDateScalar } from '../../graphql/scalars.js';

@InputType({ description: 'A concrete output product (sản phẩm đầu ra).' })
export class OutputProductInput {
  @Field(() => String, { description: 'What is produced, e.g. "Đề án phát triển Khu kinh tế Vân Phong".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Unit of measure (đơn vị tính), e.g. "km", "%", "hồ sơ".' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'Numeric target (chỉ tiêu).' })
  target?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due date of a dated deliverable (thời hạn).' })
  dueOn?: string | null;
}

@InputType({ description: 'A resolution and goal area the task serves (căn cứ, định hướng).' })
export class AlignmentInput {
  @Field(() => AlignmentSourceEnum, { description: 'The document.' })
  source: AlignmentSource;

  @Field(() => AlignmentAreaEnum, { nullable: true, description: 'The goal area.' })
  area?: AlignmentArea | null;

  @Field(() => String, { nullable: true, description: 'Reference text, e.g. the plan’s number.' })
  referenceText?: string | null;
}

@InputType({ description: 'A key task as the cadre writes it (đăng ký nhiệm vụ trọng tâm).' })
export class KeyTaskDraftInput {
  @Field(() => String, { description: 'Title (tên nhiệm vụ), at most 300 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Description (mô tả), at most 5000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Spill-over effect (tính lan tỏa), at most 2000 characters.' })
  spillOverNote?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Start date.' })
  startsOn?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'End date; at most the cycle’s maximum duration after the start.',
  })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'This year’s part of a task that runs over several years.' })
  multiYear?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'For a multi-year task: last year’s task it continues.' })
  continues?: string | null;

  @Field(() => [OutputProductInput], { description: 'Output products, at least one to submit.' })
  outputs: OutputProductInput[];

  @Field(() => [AlignmentInput], { description: 'Alignments, at least one to submit.' })
  alignments: AlignmentInput[];
}
