import type { KeyTaskOutcome } from '@nvtt/shared';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { KeyTaskOutcomeEnum } from '../../graphql/enums-domain.js';
import type { AppraisalVerdict, OpinionVerdict, ReviewStage } from './opinion.entity.js';

export const ReviewStageEnum = { REGISTRATION: 'REGISTRATION', RESULT: 'RESULT' } as const;
registerEnumType(ReviewStageEnum, {
  name: 'ReviewStage',
  description: 'Whether a review is of the registration or of the year’s results.',
  valuesConfig: {
    REGISTRATION: { description: 'Of the registration, before assignment (đăng ký).' },
    RESULT: { description: 'Of the results, at year end (kết quả).' },
  },
});

export const OpinionVerdictEnum = {
  AGREE: 'AGREE',
  AGREE_WITH_COMMENTS: 'AGREE_WITH_COMMENTS',
  DISAGREE: 'DISAGREE',
} as const;
registerEnumType(OpinionVerdictEnum, {
  name: 'OpinionVerdict',
  description: 'An advisory agency’s verdict (ý kiến).',
  valuesConfig: {
    AGREE: { description: 'Agrees (thống nhất).' },
    AGREE_WITH_COMMENTS: { description: 'Agrees with comments (thống nhất, có góp ý).' },
    DISAGREE: { description: 'Disagrees (không thống nhất).' },
  },
});

export const AppraisalVerdictEnum = { ACCEPTED: 'ACCEPTED', RETURNED: 'RETURNED' } as const;
registerEnumType(AppraisalVerdictEnum, {
  name: 'AppraisalVerdict',
  description: 'The focal agency’s verdict (kết quả thẩm định).',
  valuesConfig: {
    ACCEPTED: { description: 'Accepted (đạt).' },
    RETURNED: { description: 'Returned for revision (trả lại để hoàn thiện).' },
  },
});

@ObjectType('Opinion', { description: 'An advisory agency’s attributed, dated statement, never edited (ý kiến).' })
export class OpinionType {
  @Field(() => ReviewStageEnum, { description: 'On the registration or on results.' })
  stage: ReviewStage;

  @Field(() => String, { description: 'Who wrote it, with their post.' })
  authorLabel: string;

  @Field(() => OpinionVerdictEnum, { description: 'The verdict.' })
  verdict: OpinionVerdict;

  @Field(() => KeyTaskOutcomeEnum, { nullable: true, description: 'On results: the outcome the agency proposes.' })
  proposedOutcome: KeyTaskOutcome | null;

  @Field(() => String, { description: 'The opinion’s text.' })
  text: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was submitted.' })
  submittedAt: Date;

  @Field(() => Boolean, { description: 'Given after the stage’s deadline.' })
  late: boolean;
}

@ObjectType('Appraisal', { description: 'The focal agency’s appraisal (thẩm định).' })
export class AppraisalType {
  @Field(() => ReviewStageEnum, { description: 'Of the registration or of results.' })
  stage: ReviewStage;

  @Field(() => String, { description: 'Who appraised, with their post.' })
  authorLabel: string;

  @Field(() => AppraisalVerdictEnum, { description: 'Accepted or returned.' })
  verdict: AppraisalVerdict;

  @Field(() => KeyTaskOutcomeEnum, { nullable: true, description: 'On results: the proposed outcome.' })
  proposedOutcome: KeyTaskOutcome | null;

  @Field(() => String, { description: 'Comment.' })
  comment: string;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  createdAt: Date;

  @Field(() => Boolean, { description: 'After the stage’s deadline.' })
  late: boolean;
}
