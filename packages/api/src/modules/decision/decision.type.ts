import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { TaskVersionType } from '../key-task/key-task.type.js';
import type { ChangeRequestStatus } from './decision.entity.js';

export const ChangeRequestStatusEnum = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
registerEnumType(ChangeRequestStatusEnum, {
  name: 'ChangeRequestStatus',
  description: 'Where a change request stands.',
  valuesConfig: {
    PENDING: { description: 'Awaiting decision (chờ quyết định).' },
    APPROVED: { description: 'Approved; the task took the new version (đồng ý).' },
    REJECTED: { description: 'Not approved (không đồng ý).' },
  },
});

@ObjectType('AssignmentDecision', {
  description: 'The Standing Committee’s notice assigning tasks (thông báo giao nhiệm vụ).',
})
export class AssignmentDecisionType {
  @Field(() => String, { description: 'Document number (số văn bản), e.g. "125-TB/TU".' })
  documentNumber: string;

  @Field(() => LocalDateScalar, { description: 'Date signed (ngày ký).' })
  signedOn: string;

  @Field(() => String, { description: 'Who recorded it.' })
  signerLabel: string;
}

@ObjectType('ChangeRequest', { description: 'A formal amendment of an assigned task (đề nghị điều chỉnh).' })
export class ChangeRequestType {
  @Field(() => Int, { description: 'Identifier within the system, to decide on it.' })
  id: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was requested.' })
  requestedAt: Date;

  @Field(() => String, { description: 'Who requested it.' })
  requesterLabel: string;

  @Field(() => String, { description: 'Why (lý do).' })
  reason: string;

  @Field(() => ChangeRequestStatusEnum, { description: 'Where it stands.' })
  status: ChangeRequestStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was decided.' })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who decided.' })
  deciderLabel: string | null;

  @Field(() => String, { nullable: true, description: 'The decision’s document number.' })
  documentNumber: string | null;

  @Field(() => Int, { nullable: true, description: 'The task version it produced, when approved.' })
  resultingVersion: number | null;

  @Field(() => TaskVersionType, { description: 'The proposed version.' })
  proposed: TaskVersionType;
}
