import { isLocalDate } from '@nvtt/shared';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseLocalDate(value: unknown): string {
  if (typeof value === 'string' && isLocalDate(value)) return value;
  throw new GraphQLError(`LocalDate must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Dates already found valid on the way out. A drill-down page serialises a couple of thousand
 * milestone dates, a few hundred distinct ones; checking each again (a regular expression and a
 * Date) showed in the profile. Only strings that passed `isLocalDate` are kept, so the answer is
 * the same; the set is emptied when it grows past a bound.
 */
const SERIALIZED_DATES = new Set<string>();
const SERIALIZED_DATES_MAX = 20_000;

function serializeLocalDate(value: unknown): string {
  if (typeof value === 'string' && SERIALIZED_DATES.has(value)) return value;
  const date = parseLocalDate(value);
  if (SERIALIZED_DATES.size >= SERIALIZED_DATES_MAX) SERIALIZED_DATES.clear();
  SERIALIZED_DATES.add(date);
  return date;
}

/** A calendar date without time or zone (YYYY-MM-DD); deadlines are such dates in Asia/Ho_Chi_Minh. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description:
    'A calendar date, YYYY-MM-DD, with no time or time zone (ngày). Deadlines on a date last until 23:59:59 of that day in Asia/Ho_Chi_Minh.',
  serialize: (value) => serializeLocalDate(value),
  parseValue: (value) => parseLocalDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('LocalDate must be a string YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseLocalDate(ast.value);
  },
});
