import { GraphQLError } from 'graphql';

/** Top-level error codes; business failures of mutations go to `userErrors` instead. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}
