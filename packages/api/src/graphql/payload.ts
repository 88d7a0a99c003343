import { Field, ObjectType, type ClassType } from 'type-graphql';
import type { UseCaseResult } from '../workflow/use-case.js';
import { UserError } from './user-error.js';

/** `{ <field>: T | null, userErrors: [UserError!]! }` — the shape of every mutation's answer. */
export function payloadType<T extends object>(name: string, field: string, type: ClassType<T>, description: string) {
  @ObjectType(name, { description })
  class Payload {
    @Field(() => type, {
      name: field,
      nullable: true,
      description: 'The object as it stands after the change; null when refused.',
    })
    value: unknown;

    @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
    userErrors: UserError[];
  }
  return Payload;
}

export interface PayloadValue<T> {
  readonly value: T | null;
  readonly userErrors: UserError[];
}

export function toPayload<T>(result: UseCaseResult<T>): PayloadValue<T> {
  return result.ok ? { value: result.value, userErrors: [] } : { value: null, userErrors: result.errors };
}
