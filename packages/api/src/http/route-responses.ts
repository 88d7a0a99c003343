import type express from 'express';
import { GraphQLError } from 'graphql';
import { databaseFaultOf } from '../db/faults.js';
import type { Logger } from '../logger.js';
import { API_CSP } from './security-headers.js';

/** One refusal of a file route, in the shape GraphQL answers use: `{ errors: [{ message, extensions: { code } }] }`. */
export interface RouteError {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly field?: readonly string[] | null;
}

/** Answers a refusal as JSON (never HTML): the Vietnamese message, the English one, a stable code. */
export function sendRouteErrors(
  res: express.Response,
  status: number,
  errors: readonly RouteError[],
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) return;
  const requestId = res.locals.requestId as string | undefined;
  res.status(status);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-security-policy', API_CSP);
  res.send(
    JSON.stringify({
      errors: errors.map((error) => ({
        message: error.vi,
        messageEn: error.en,
        extensions: { code: error.code, field: error.field ?? null, ...(requestId ? { requestId } : {}) },
      })),
    }),
  );
}

export function sendRouteError(res: express.Response, status: number, error: RouteError): void {
  sendRouteErrors(res, status, [error]);
}

export const NOT_SIGNED_IN: RouteError = {
  code: 'UNAUTHENTICATED',
  vi: 'Cần đăng nhập.',
  en: 'Sign in first.',
};
export const NOT_FOUND: RouteError = {
  code: 'NOT_FOUND',
  vi: 'Không tìm thấy, hoặc bạn không có quyền xem.',
  en: 'Not found, or not visible to you.',
};

/**
 * `attachment` with the name twice: an ASCII fallback (diacritics stripped, quotes and separators
 * replaced) for old clients, and the exact UTF-8 name per RFC 6266 / RFC 5987 (`filename*`).
 */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]|["\\;]/g, '_')
      .trim() || 'download';
  const encoded = encodeURIComponent(fileName.normalize('NFC')).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Headers of a file answer: its type, a download (never rendered in our origin), no sniffing, private. */
export function setDownloadHeaders(res: express.Response, contentType: string, fileName: string): void {
  res.setHeader('content-type', contentType);
  res.setHeader('content-disposition', contentDisposition(fileName));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-security-policy', API_CSP);
  res.setHeader('cache-control', 'private, no-store');
}

/** The last handler of the file routes: database faults answer 503, anything else 500, as JSON. */
export function routeErrorHandler(logger: Logger, route: string): express.ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const fault = error instanceof GraphQLError ? 'UNAVAILABLE' : databaseFaultOf(error);
    if (fault !== null) {
      sendRouteErrors(
        res,
        503,
        [
          {
            code: 'SERVICE_UNAVAILABLE',
            vi: 'Cơ sở dữ liệu tạm thời không sẵn sàng; vui lòng thử lại sau ít giây.',
            en: 'The database is temporarily unavailable; retry in a few seconds.',
          },
        ],
        { 'retry-after': '5' },
      );
      return;
    }
    logger.error({ err: error, route }, 'unexpected error in a file route');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendRouteError(res, 500, {
      code: 'INTERNAL_SERVER_ERROR',
      vi: 'Lỗi hệ thống; vui lòng thử lại.',
      en: 'Internal error; please try again.',
    });
  };
}
