import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

@ObjectType('AuditEvent', { description: 'One recorded change: who, when, what, from which state to which (nhật ký).' })
export class AuditEventType {
  @Field(() => GraphQLISODateTime, { description: 'When.' })
  occurredAt: Date;

  @Field(() => String, { description: 'Who, with their post.' })
  actorLabel: string;

  @Field(() => String, { description: 'What was done (the action’s code, e.g. SUBMIT).' })
  action: string;

  @Field(() => String, { nullable: true, description: 'State before.' })
  fromState: string | null;

  @Field(() => String, { nullable: true, description: 'State after.' })
  toState: string | null;

  @Field(() => String, { nullable: true, description: 'Reason or comment given.' })
  comment: string | null;

  @Field(() => String, { nullable: true, description: 'Document number, where one exists.' })
  documentNumber: string | null;
}
