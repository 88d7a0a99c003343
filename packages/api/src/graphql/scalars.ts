import { isLocalDate } from '@nvtt/shared';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseLocalDate(value: unknown): string {
  if (typeof value === 'string' && isLocalDate(value)) return value;
  throw new GraphQLError(`LocalDate must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date without time or zone (YYYY-MM-DD); deadlines are such dates in Asia/Ho_Chi_Minh. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description:
    'A calendar date, YYYY-MM-DD, with no time or time zone (ngày). Deadlines on a date last until 23:59:59 of that day in Asia/Ho_Chi_Minh.',
  serialize: (value) => parseLocalDate(value),
  parseValue: (value) => parseLocalDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('LocalDate must be a string YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseLocalDate(ast.value);
  },
});
