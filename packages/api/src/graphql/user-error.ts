import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Codes of expected business failures; clients branch on these, not on messages. */
export const UserErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  ACTOR_NOT_ALLOWED: 'ACTOR_NOT_ALLOWED',
  WRONG_STATE: 'WRONG_STATE',
  RULE_VIOLATION: 'RULE_VIOLATION',
  INVALID_INPUT: 'INVALID_INPUT',
  COMMENT_REQUIRED: 'COMMENT_REQUIRED',
  DOCUMENT_REQUIRED: 'DOCUMENT_REQUIRED',
  STALE_VERSION: 'STALE_VERSION',
  CONFLICT: 'CONFLICT',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  THROTTLED: 'THROTTLED',
} as const;
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation did not change anything.',
  valuesConfig: {
    NOT_FOUND: { description: 'No such object, or it is not visible to you (không tìm thấy).' },
    ACTOR_NOT_ALLOWED: { description: 'Your role may not take this action on this object (không có quyền).' },
    WRONG_STATE: { description: 'The object is not in a state that allows this action (sai trạng thái).' },
    RULE_VIOLATION: { description: 'A rule of the regulation is not met; see `rule` (vi phạm quy định).' },
    INVALID_INPUT: { description: 'A field is missing, too long or malformed (dữ liệu không hợp lệ).' },
    COMMENT_REQUIRED: { description: 'This action needs a reason or comment (cần ghi lý do).' },
    DOCUMENT_REQUIRED: { description: 'This action needs an official document number and date (cần số văn bản).' },
    STALE_VERSION: { description: 'Someone changed the object since you loaded it; reload (dữ liệu đã thay đổi).' },
    CONFLICT: { description: 'The change conflicts with an existing record (trùng lặp).' },
    INVALID_CREDENTIALS: { description: 'Wrong username or password (sai thông tin đăng nhập).' },
    THROTTLED: { description: 'Too many failed sign-ins; wait and try again (tạm khóa đăng nhập).' },
  },
});

/** An expected failure of a mutation, with a Vietnamese message for people and a code for tools. */
@ObjectType('UserError', { description: 'An expected failure of a mutation; nothing was changed.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Stable code to branch on.' })
  code: UserErrorCode;

  @Field(() => String, { description: 'Message for people, in Vietnamese (thông báo).' })
  message: string;

  @Field(() => String, { description: 'Message in English.' })
  messageEn: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Path of the input field at fault, e.g. ["outputs", "0", "target"].',
  })
  field: string[] | null;

  @Field(() => String, { nullable: true, description: 'For RULE_VIOLATION: which registration rule (quy tắc).' })
  rule: string | null;
}

/** Thrown inside a use case to abort its transaction and answer with user errors. */
export class UserErrorsException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}

export function userError(
  code: UserErrorCode,
  message: { vi: string; en: string },
  options: { field?: string[]; rule?: string } = {},
): UserError {
  return { code, message: message.vi, messageEn: message.en, field: options.field ?? null, rule: options.rule ?? null };
}

export function fail(
  code: UserErrorCode,
  message: { vi: string; en: string },
  options?: { field?: string[]; rule?: string },
): never {
  throw new UserErrorsException([userError(code, message, options)]);
}
