import type { CycleStage, SubjectGroup } from '@nvtt/shared';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { CycleStageEnum, SubjectGroupEnum } from '../../graphql/enums.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { CadreEntity } from '../cadre/cadre.entity.js';
import { CadreType } from '../cadre/cadre.type.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';

/** Rows the cycle's settings screen reads: routing per subject group and the extensions granted. */

@ObjectType('FocalRoute', {
  description: 'Which focal agency receives the tasks of a subject group in a cycle (phân công cơ quan đầu mối).',
})
export class FocalRouteType {
  @Field(() => SubjectGroupEnum, { description: 'The subject group.' })
  subjectGroup: SubjectGroup;

  @Field(() => OrgUnitType, { description: 'The focal agency.' })
  focalAgency: OrgUnitEntity;
}

@ObjectType('DeadlineExtension', { description: 'A later deadline granted to one cadre or one agency (gia hạn).' })
export class DeadlineExtensionType {
  @Field(() => Int, { description: 'Identifier within the system.' })
  id: number;

  @Field(() => CycleStageEnum, { description: 'The stage extended.' })
  stage: CycleStage;

  @Field(() => LocalDateScalar, { description: 'The new last day.' })
  until: string;

  @Field(() => String, { description: 'Why (lý do).' })
  reason: string;

  @Field(() => String, { description: 'Who granted it, with their post.' })
  grantedByLabel: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was granted.' })
  createdAt: Date;

  @Field(() => CadreType, { nullable: true, description: 'The cadre it was granted to (or see `agency`).' })
  cadre: CadreEntity | null;

  @Field(() => OrgUnitType, { nullable: true, description: 'The agency it was granted to (or see `cadre`).' })
  agency: OrgUnitEntity | null;
}
