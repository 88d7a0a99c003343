import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';

/**
 * The longest text any argument may carry. Each field has its own, smaller limit (checked by its
 * use case and by the database); this bound stops absurd inputs before any work is done.
 */
export const MAX_INPUT_TEXT_LENGTH = 10_000;

export const TextErrorCode = {
  INVALID_CHARACTER: 'INVALID_CHARACTER',
  INPUT_TOO_LONG: 'INPUT_TOO_LONG',
} as const;

// With the `u` flag a well-formed surrogate pair is one code point, so this matches lone halves only.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why a text cannot be stored, or null when it can. */
export function textProblem(value: string): keyof typeof TextErrorCode | null {
  if (value.includes('\u0000') || LONE_SURROGATE.test(value)) return 'INVALID_CHARACTER';
  if (value.length > MAX_INPUT_TEXT_LENGTH) return 'INPUT_TOO_LONG';
  return null;
}

function refusal(problem: keyof typeof TextErrorCode): GraphQLError {
  const message =
    problem === 'INVALID_CHARACTER'
      ? 'Văn bản chứa ký tự không hợp lệ (NUL hoặc nửa cặp thay thế UTF-16). (Text contains an invalid character: NUL or a lone surrogate.)'
      : `Văn bản quá dài (tối đa ${MAX_INPUT_TEXT_LENGTH} ký tự). (Text too long: at most ${MAX_INPUT_TEXT_LENGTH} characters.)`;
  return new GraphQLError(message, {
    extensions: {
      code: TextErrorCode[problem],
      http: { status: 400 },
      ...(problem === 'INPUT_TOO_LONG' ? { limit: MAX_INPUT_TEXT_LENGTH } : {}),
    },
  });
}

/** Every string in a JSON value, walked without recursion (variables may nest deeply). */
function* stringsOf(value: unknown): Generator<string> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') yield current;
    else if (typeof current === 'object' && current !== null) {
      // A loop, not push(...values): spreading a huge array would overflow the call stack.
      for (const item of Array.isArray(current) ? (current as unknown[]) : Object.values(current)) stack.push(item);
    }
  }
}

/**
 * Checks every text of a request — string literals in the document and strings in the variables —
 * before execution: NUL and lone surrogates cannot be stored as UTF-8 text, and nothing may
 * exceed MAX_INPUT_TEXT_LENGTH. Returns the error to answer with (400), or null.
 */
export function inputTextViolation(document: DocumentNode, variables: unknown): GraphQLError | null {
  return variablesTextViolation(variables) ?? documentTextViolation(document);
}

/** The variables' part of inputTextViolation. */
export function variablesTextViolation(variables: unknown): GraphQLError | null {
  for (const text of stringsOf(variables)) {
    const problem = textProblem(text);
    if (problem) return refusal(problem);
  }
  return null;
}

/** The document's part of inputTextViolation: its string literals. */
export function documentTextViolation(document: DocumentNode): GraphQLError | null {
  let found: keyof typeof TextErrorCode | null = null;
  visit(document, {
    StringValue(node) {
      found ??= textProblem(node.value);
    },
  });
  return found ? refusal(found) : null;
}

/** Rewrites every string of an argument value to NFC, in place (objects from graphql-js are fresh per call). */
function normalizeInPlace(container: Record<string, unknown> | unknown[]): void {
  const stack: Array<Record<string, unknown> | unknown[]> = [container];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const keys: Array<string | number> = Array.isArray(current) ? current.map((_, i) => i) : Object.keys(current);
    for (const key of keys) {
      const value: unknown = (current as Record<string | number, unknown>)[key];
      if (typeof value === 'string') {
        const nfc = value.normalize('NFC');
        if (nfc !== value) (current as Record<string | number, unknown>)[key] = nfc;
      } else if (typeof value === 'object' && value !== null) {
        stack.push(value as Record<string, unknown> | unknown[]);
      }
    }
  }
}

/**
 * Stored text is NFC: Vietnamese typed on some keyboards (or pasted from some documents) arrives
 * decomposed ("e" + combining marks), which would look identical but compare, sort, count and
 * search differently. Every argument's text is normalised before a resolver sees it.
 */
export const normalizeArgumentText: MiddlewareFn = ({ args }, next) => {
  if (Object.keys(args).length > 0) normalizeInPlace(args);
  return next();
};
