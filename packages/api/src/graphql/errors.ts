import { GraphQLError } from 'graphql';

/** A top-level error for malformed query arguments; business failures of mutations go to `userErrors`. */
export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}
