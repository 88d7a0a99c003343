import type { CyclePhase, CycleStage, DeadlineBasis, StageActor } from '@nvtt/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CyclePhaseEnum, CycleStageEnum, StageActorEnum } from '../../graphql/enums.js';
import { Node, registerNodeEntity } from '../../graphql/relay.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { CycleEntity } from './cycle.entity.js';

registerNodeEntity(CycleEntity, 'Cycle');

const DeadlineBasisEnum = { RULE: 'RULE', DEFAULT: 'DEFAULT' } as const satisfies Record<DeadlineBasis, DeadlineBasis>;
registerEnumType(DeadlineBasisEnum, {
  name: 'DeadlineBasis',
  description: 'Where a default deadline comes from.',
  valuesConfig: {
    RULE: { description: 'Fixed by Regulation 622 (quy định).' },
    DEFAULT: { description: 'Our reading where the regulation is silent (mặc định); Ban Tổ chức may change it.' },
  },
});

@ObjectType('CycleRules', {
  description: 'Rules of a cycle kept as data, so a new cycle can change them without a release.',
})
export class CycleRulesType {
  @Field(() => Int, { description: 'Key tasks each cadre registers (số nhiệm vụ trọng tâm), 3 by the regulation.' })
  tasksPerCadre: number;

  @Field(() => Int, { description: 'Longest duration of a task in months (thời hạn tối đa), 12 by the regulation.' })
  maxDurationMonths: number;

  @Field(() => Int, { description: 'Day of the month by which progress is reported (ngày báo cáo tiến độ).' })
  progressReportDay: number;
}

@ObjectType('CycleDeadline', { description: 'The deadline of one stage in a cycle (thời hạn).' })
export class CycleDeadlineType {
  @Field(() => CycleStageEnum, { description: 'The stage (giai đoạn).' })
  stage: CycleStage;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the stage; null when it has no fixed date.',
  })
  dueOn: string | null;

  @Field(() => DeadlineBasisEnum, {
    nullable: true,
    description: 'Whether the default date is the regulation’s or ours.',
  })
  basis: DeadlineBasis | null;

  @Field(() => [StageActorEnum], { description: 'Who acts at this stage.' })
  actors: StageActor[];
}

@ObjectType('Cycle', {
  implements: Node,
  description:
    'One year’s cycle (kỳ giao nhiệm vụ năm N): registration at the end of N-1, work in N, evaluation after N.',
})
export class CycleType extends Node {
  @Field(() => Int, { description: 'The year N whose tasks this cycle assigns and evaluates.' })
  year: number;

  @Field(() => CyclePhaseEnum, { description: 'Where the cycle is in its year.' })
  phase: CyclePhase;
}
