import { HeaderMap } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { databaseFaultOf, databaseRefusalOf, type DatabaseFault } from '../db/faults.js';
import { LimitCode, OPERATION_LIMITS } from './limits.js';

/** Stable codes of faults that are not the client's: retry after the Retry-After header's seconds. */
export const FaultCode = {
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  DATABASE_BUSY: 'DATABASE_BUSY',
} as const;

const FAULT_ANSWERS: Record<DatabaseFault, { code: string; message: string; retryAfter: string }> = {
  UNAVAILABLE: {
    code: FaultCode.SERVICE_UNAVAILABLE,
    message:
      'Cơ sở dữ liệu tạm thời không sẵn sàng; vui lòng thử lại sau ít giây. (The database is temporarily unavailable; retry in a few seconds.)',
    retryAfter: '2',
  },
  TIMEOUT: {
    code: FaultCode.DATABASE_TIMEOUT,
    message:
      'Thao tác quá thời gian cho phép và đã được hủy, không có thay đổi nào được lưu. (The operation timed out and was cancelled; nothing was saved.)',
    retryAfter: '1',
  },
  BUSY: {
    code: FaultCode.DATABASE_BUSY,
    message: 'Hệ thống đang bận; vui lòng thử lại. (The system is busy; please retry.)',
    retryAfter: '1',
  },
};

/** The GraphQL error (503 with Retry-After) a database fault is answered with; SQL never reaches the client. */
export function faultError(fault: DatabaseFault, original: unknown): GraphQLError {
  const answer = FAULT_ANSWERS[fault];
  return new GraphQLError(answer.message, {
    originalError: original instanceof Error ? original : undefined,
    extensions: {
      code: answer.code,
      http: { status: 503, headers: new HeaderMap([['retry-after', answer.retryAfter]]) },
    },
  });
}

/**
 * Turns database faults met by any resolver into 503 answers, and data the database refused into
 * a 400 (a global TypeGraphQL middleware). Neither ever shows SQL to the client.
 */
export const translateDatabaseFaults: MiddlewareFn = async (_, next) => {
  try {
    return (await next()) as unknown;
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    const fault = databaseFaultOf(error);
    if (fault) throw faultError(fault, error);
    const refusal = databaseRefusalOf(error);
    if (refusal) {
      throw new GraphQLError(
        'Dữ liệu không được chấp nhận (vi phạm quy tắc lưu trữ); không có gì được lưu. (The data was refused by a storage rule; nothing was saved.)',
        {
          originalError: error instanceof Error ? error : undefined,
          extensions: { code: 'CONSTRAINT_VIOLATION', http: { status: 400 } },
        },
      );
    }
    throw error;
  }
};

// graphql-js 16 words it "more that"; accept the corrected wording too.
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;
const GET_MUTATION = /^GET requests only support query operations/;

/**
 * The last word on every error sent: token-limit parse errors get their own code, and in
 * production unexpected errors are masked (their message could hold SQL or internals); the
 * request id added to each error lets support find the full error in the log.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(formatted.message)) {
      return {
        message: `Truy vấn quá dài (tối đa ${OPERATION_LIMITS.maxTokens} từ tố). (Query too large: at most ${OPERATION_LIMITS.maxTokens} tokens.)`,
        extensions: { code: LimitCode.TOO_MANY_TOKENS, limit: OPERATION_LIMITS.maxTokens },
      };
    }
    if (code === 'BAD_REQUEST' && GET_MUTATION.test(formatted.message)) {
      return {
        message:
          'Chỉ được thực hiện thao tác thay đổi dữ liệu bằng POST. (Mutations are accepted over POST only, never GET.)',
        extensions: { code: 'METHOD_NOT_ALLOWED' },
      };
    }
    if (production && (code === 'INTERNAL_SERVER_ERROR' || code === undefined)) {
      return {
        message: 'Lỗi hệ thống; vui lòng thử lại. (Internal error; please try again.)',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return formatted;
  };
}
