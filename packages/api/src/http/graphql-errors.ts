import type express from 'express';

/** GraphQL-over-HTTP media types; clients that ask for the newer one get it. */
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';

/**
 * Stable codes of requests the HTTP layer refuses before GraphQL sees them. Clients branch on
 * these; the messages (Vietnamese, then English) are for people. docs/hardening.md lists them.
 */
export const HttpErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INVALID_JSON: 'INVALID_JSON',
  INVALID_UTF8: 'INVALID_UTF8',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  BATCHING_NOT_SUPPORTED: 'BATCHING_NOT_SUPPORTED',
  CSRF_PREVENTED: 'CSRF_PREVENTED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

/** The media type of a GraphQL answer: the spec's own when accepted, else plain JSON (legacy clients). */
export function graphqlMediaType(req: express.Request): string {
  if (!req.header('accept')) return APPLICATION_JSON;
  return req.accepts([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON
    ? GRAPHQL_RESPONSE_JSON
    : APPLICATION_JSON;
}

/** Answers with one GraphQL error (JSON, never HTML), as Apollo Server answers request errors. */
export function sendGraphQLError(
  req: express.Request,
  res: express.Response,
  status: number,
  code: HttpErrorCode,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) return;
  const requestId = res.locals.requestId as string | undefined;
  res.status(status);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('content-type', `${graphqlMediaType(req)}; charset=utf-8`);
  res.setHeader('cache-control', 'no-store');
  res.send(JSON.stringify({ errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] }));
}
