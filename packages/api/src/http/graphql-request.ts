import { randomUUID } from 'node:crypto';
import express from 'express';
import { HttpErrorCode, sendGraphQLError } from './graphql-errors.js';

/** Request ids from a proxy are kept when they look like ids; anything else gets a fresh one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Gives every request an id (logged, returned in `x-request-id` and in error extensions). */
export const assignRequestId: express.RequestHandler = (req, res, next) => {
  const incoming = req.header('x-request-id');
  const id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = id;
  res.setHeader('x-request-id', id);
  next();
};

/** Content types a browser may send cross-site without a preflight (HTML forms). */
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

function mediaTypeOf(req: express.Request): string | null {
  const header = req.header('content-type');
  if (!header) return null;
  return header.split(';')[0]!.trim().toLowerCase();
}

/**
 * CSRF prevention (the same rule as Apollo Server's, which stays on behind this): a request must
 * carry a JSON content type or a custom header, either of which makes browsers send a CORS
 * preflight first, so another site cannot make a signed-in browser run an operation.
 */
export const preventCsrf: express.RequestHandler = (req, res, next) => {
  const mediaType = mediaTypeOf(req);
  const simple = mediaType === null || SIMPLE_CONTENT_TYPES.has(mediaType);
  const preflighted = PREFLIGHT_HEADERS.some((name) => (req.header(name) ?? '') !== '');
  if (simple && !preflighted) {
    sendGraphQLError(
      req,
      res,
      400,
      HttpErrorCode.CSRF_PREVENTED,
      'Yêu cầu bị chặn để chống giả mạo yêu cầu liên trang (CSRF): gửi "content-type: application/json" hoặc tiêu đề "apollo-require-preflight". ' +
        '(Blocked as a possible cross-site request forgery: send "content-type: application/json" or an "apollo-require-preflight" header.)',
    );
    return;
  }
  next();
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads a GraphQL POST body: at most `limitBytes` (413 beyond), strict UTF-8 (400 on a malformed
 * byte sequence, instead of silently replacing it), JSON (400 when malformed), one operation per
 * request (arrays — batches — are refused). GET requests carry the operation in the URL.
 */
export function readGraphQLBody(limitBytes: number): express.RequestHandler[] {
  const raw = express.raw({ type: () => true, limit: limitBytes });
  const parse: express.RequestHandler = (req, res, next) => {
    if (req.method !== 'POST') {
      // Apollo's integration expects a body property on every request.
      req.body = {};
      next();
      return;
    }
    const mediaType = mediaTypeOf(req);
    if (mediaType !== 'application/json' && mediaType !== 'application/graphql-response+json') {
      sendGraphQLError(
        req,
        res,
        415,
        HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
        'Chỉ nhận yêu cầu JSON ("content-type: application/json"). (Only JSON requests are accepted.)',
      );
      return;
    }
    const bytes: unknown = req.body;
    let text: string;
    try {
      text = Buffer.isBuffer(bytes) ? strictUtf8.decode(bytes) : '';
    } catch {
      sendGraphQLError(
        req,
        res,
        400,
        HttpErrorCode.INVALID_UTF8,
        'Nội dung yêu cầu không phải UTF-8 hợp lệ. (The request body is not valid UTF-8.)',
      );
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      sendGraphQLError(
        req,
        res,
        400,
        HttpErrorCode.INVALID_JSON,
        'Nội dung yêu cầu không phải JSON hợp lệ. (The request body is not valid JSON.)',
      );
      return;
    }
    if (Array.isArray(body)) {
      sendGraphQLError(
        req,
        res,
        400,
        HttpErrorCode.BATCHING_NOT_SUPPORTED,
        'Mỗi yêu cầu chỉ chứa một thao tác GraphQL. (Batched operations are not supported: send one operation per request.)',
      );
      return;
    }
    req.body = body;
    next();
  };
  return [raw, parse];
}

interface HttpError {
  readonly status?: number;
  readonly type?: string;
}

/**
 * The last error handler of the GraphQL route: body-parser's errors (too large, bad encoding)
 * and anything unexpected answer as GraphQL errors — never Express's HTML page or a stack.
 */
export function graphqlErrorHandler(onUnexpected: (error: unknown) => void): express.ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const { status, type } = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    if (res.headersSent) {
      // The deadline already answered; the late result has nowhere to go.
      return;
    }
    if (type === 'entity.too.large' || status === 413) {
      sendGraphQLError(
        req,
        res,
        413,
        HttpErrorCode.PAYLOAD_TOO_LARGE,
        'Yêu cầu quá lớn. (The request body is too large.)',
      );
      return;
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      sendGraphQLError(
        req,
        res,
        415,
        HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
        'Mã hóa nội dung không được hỗ trợ. (Unsupported content encoding or charset.)',
      );
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendGraphQLError(req, res, 400, HttpErrorCode.BAD_REQUEST, 'Yêu cầu không hợp lệ. (Malformed request.)');
      return;
    }
    onUnexpected(error);
    sendGraphQLError(
      req,
      res,
      500,
      HttpErrorCode.INTERNAL_SERVER_ERROR,
      'Lỗi hệ thống; vui lòng thử lại. (Internal error; please try again.)',
    );
  };
}
