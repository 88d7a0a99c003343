import type { KeyTaskOutcome, QualityRatingLevel } from '@nvtt/shared';
import { Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { KeyTaskOutcomeEnum, QualityRatingLevelEnum } from '../../graphql/enums-domain.js';
import { LocalDateScalar } from '../../graphql/scalars.js';

@ObjectType('SelfAssessment', { description: 'The cadre’s year-end statement on a task (tự đánh giá).' })
export class SelfAssessmentType {
  @Field(() => KeyTaskOutcomeEnum, { description: 'The outcome the cadre claims.' })
  outcome: KeyTaskOutcome;

  @Field(() => String, { description: 'Summary of results and evidence.' })
  summary: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was submitted.' })
  submittedAt: Date;

  @Field(() => Boolean, { description: 'Submitted after 31-12 (or the extended deadline).' })
  late: boolean;
}

@ObjectType('Conclusion', { description: 'The Standing Committee’s conclusion on a cadre’s tasks (kết luận).' })
export class ConclusionType {
  @Field(() => String, { description: 'Document number.' })
  documentNumber: string;

  @Field(() => LocalDateScalar, { description: 'Date of the conclusion.' })
  concludedOn: string;

  @Field(() => String, { description: 'Summary.' })
  summary: string;

  @Field(() => String, { description: 'Who recorded it.' })
  deciderLabel: string;
}

@ObjectType('QualityRating', {
  description: 'The official year-end rating (xếp loại chất lượng), entered by the decision body.',
})
export class QualityRatingType {
  @Field(() => QualityRatingLevelEnum, { description: 'The level.' })
  level: QualityRatingLevel;

  @Field(() => String, { description: 'Rating scale in force (phiên bản thang đánh giá), e.g. "366-QĐ/TW:2025".' })
  scaleVersion: string;

  @Field(() => Float, { nullable: true, description: 'Score on the 100-point scale, when recorded.' })
  score: number | null;

  @Field(() => LocalDateScalar, { description: 'Date decided.' })
  decidedOn: string;

  @Field(() => String, { description: 'Who recorded it.' })
  deciderLabel: string;

  @Field(() => String, { description: 'Note.' })
  note: string;
}

@ObjectType('Measures', {
  description: 'Measures computed from the data (domain §5); exempt tasks are left out of denominators.',
})
export class MeasuresType {
  @Field(() => Int, { description: 'Tasks with an outcome that counts (not exempt).' })
  assessableTasks: number;

  @Field(() => Int, { description: 'Tasks completed (exceeded, on time or late).' })
  completedTasks: number;

  @Field(() => Int, { description: 'Tasks completed on time or exceeded.' })
  onTimeTasks: number;

  @Field(() => Int, { description: 'Tasks completed late.' })
  lateTasks: number;

  @Field(() => Int, { description: 'Tasks exceeded.' })
  exceededTasks: number;

  @Field(() => Float, { nullable: true, description: 'Completed / assessable (tỷ lệ hoàn thành).' })
  completionRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Late / assessable.' })
  lateShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Exceeded / assessable.' })
  exceededShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of actual / target over measurable outputs.' })
  outputAchievement: number | null;

  @Field(() => Int, { description: 'Milestones due so far.' })
  milestonesDue: number;

  @Field(() => Int, { description: 'Milestones done by their due date.' })
  milestonesOnTime: number;

  @Field(() => Float, { nullable: true, description: 'Milestones on time / due (tỷ lệ đúng tiến độ).' })
  milestoneOnTimeRate: number | null;
}

@ObjectType('RatingCondition', { description: 'One condition a rating level needs, and whether it is met.' })
export class RatingConditionType {
  @Field(() => String, { description: 'Stable code of the condition.' })
  code: string;

  @Field(() => String, { description: 'The condition, in Vietnamese.' })
  label: string;

  @Field(() => String, { description: 'The condition, in English.' })
  labelEn: string;

  @Field(() => Boolean, { nullable: true, description: 'Met; null when it cannot be known (e.g. no score recorded).' })
  met: boolean | null;
}

@ObjectType('LevelConditions', { description: 'The conditions of one rating level, for the decision body to weigh.' })
export class LevelConditionsType {
  @Field(() => QualityRatingLevelEnum, { description: 'The level.' })
  level: QualityRatingLevel;

  @Field(() => [RatingConditionType], { description: 'Its conditions.' })
  conditions: RatingConditionType[];

  @Field(() => Boolean, { nullable: true, description: 'All met; null when some cannot be known.' })
  allMet: boolean | null;
}
