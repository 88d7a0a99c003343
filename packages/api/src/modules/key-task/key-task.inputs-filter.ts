import type { AlignmentArea, KeyTaskOutcome, KeyTaskState, Sector, SubjectGroup } from '@nvtt/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ReviewStageEnum } from '../opinion/opinion.type.js';
import type { ReviewStage } from '../opinion/opinion.entity.js';
import { SectorEnum, SubjectGroupEnum } from '../../graphql/enums.js';
import { AlignmentAreaEnum, KeyTaskOutcomeEnum, KeyTaskStateEnum } from '../../graphql/enums-domain.js';

@InputType({ description: 'An advisory agency and a review stage, to find the opinions it still owes.' })
export class AwaitingOpinionInput {
  @Field(() => ID, { description: 'The advisory agency.' })
  agency: string;

  @Field(() => ReviewStageEnum, { description: 'Opinions on the registration or on results.' })
  stage: ReviewStage;
}

@InputType({ description: 'Filters for `keyTasks`; all given conditions must hold.' })
export class KeyTaskFilter {
  @Field(() => Int, { nullable: true, description: 'The cycle’s year.' })
  cycleYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'Tasks of this cadre.' })
  cadre?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tasks registered in this unit (the cadre’s post).' })
  unit?: string | null;

  @Field(() => [SectorEnum], { nullable: true, description: 'Any of these sectors of the cadre’s unit.' })
  sector?: Sector[] | null;

  @Field(() => [SubjectGroupEnum], { nullable: true, description: 'Any of these subject groups.' })
  subjectGroup?: SubjectGroup[] | null;

  @Field(() => ID, { nullable: true, description: 'Tasks routed to this focal agency.' })
  focalAgency?: string | null;

  @Field(() => [KeyTaskStateEnum], { nullable: true, description: 'Any of these states.' })
  state?: KeyTaskState[] | null;

  @Field(() => [KeyTaskOutcomeEnum], { nullable: true, description: 'Any of these concluded outcomes.' })
  outcome?: KeyTaskOutcome[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only tasks registered late.' })
  submittedLate?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only tasks with a milestone past its due date and not done (quá hạn), as of today in Asia/Ho_Chi_Minh.',
  })
  overdue?: boolean | null;

  @Field(() => AlignmentAreaEnum, { nullable: true, description: 'Tasks serving this goal area.' })
  alignmentArea?: AlignmentArea | null;

  @Field(() => AwaitingOpinionInput, {
    nullable: true,
    description: 'Tasks on which this advisory agency has not yet given its opinion at this stage (its inbox).',
  })
  awaitingOpinion?: AwaitingOpinionInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only tasks with evidence not yet verified; false: only tasks without.',
  })
  evidencePending?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the title or description, with or without diacritics.',
  })
  search?: string | null;
}
