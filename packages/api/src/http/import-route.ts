import { IMPORT_LIMITS, type ImportKind } from '@nvtt/shared';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { Logger } from '../logger.js';
import { ImportRefusal, ImportService, type ImportRefusalCode } from '../modules/import/import.service.js';
import { ImportFileError } from '../modules/import/read-table.js';
import { requestDeadline } from './deadline.js';
import { preventCsrf } from './graphql-request.js';

/**
 * Spreadsheet imports over plain HTTP (docs/import.md): the file travels as the raw request body
 * (up to IMPORT_LIMITS.maxFileBytes, on this route only — GraphQL keeps its small body limit),
 * the answer is JSON.
 *   POST /api/import/{units|cadres|tasks}/preview?name=<file name>  → ImportPreview
 *   POST /api/import/{units|cadres|tasks}/apply?token=<preview token> → ImportApplyResult
 * Errors: `{ "error": { code, message, messageEn, errors? } }`.
 */

/** Deadline of one import request (the largest file's apply stays well within it). */
export const IMPORT_REQUEST_TIMEOUT_MS = 120_000;

const KINDS: Readonly<Record<string, ImportKind>> = { units: 'UNITS', cadres: 'CADRES', tasks: 'TASKS' };
const STATUS: Readonly<
  Record<ImportRefusalCode | 'PAYLOAD_TOO_LARGE' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR', number>
> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_FILE: 400,
  HAS_ERRORS: 422,
  STALE_PREVIEW: 409,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
  INTERNAL_SERVER_ERROR: 500,
};

function sendError(
  res: express.Response,
  code: keyof typeof STATUS,
  vi: string,
  en: string,
  errors: readonly unknown[] = [],
): void {
  res
    .status(STATUS[code])
    .setHeader('cache-control', 'no-store')
    .json({ error: { code, message: vi, messageEn: en, ...(errors.length ? { errors } : {}) } });
}

function queryText(req: express.Request, name: string): string {
  const value = req.query[name];
  return typeof value === 'string' ? value.normalize('NFC').slice(0, 200) : '';
}

export interface ImportRouteOptions {
  readonly dataSource: DataSource;
  readonly logger: Logger;
  readonly requestTimeoutMs: number;
  readonly actorOf: (req: express.Request) => Promise<Actor | null>;
}

export function importRouter(options: ImportRouteOptions): express.Router {
  const service = new ImportService(options.dataSource);
  const router = express.Router();
  const body = express.raw({ type: () => true, limit: IMPORT_LIMITS.maxFileBytes });

  const handle =
    (step: 'preview' | 'apply'): express.RequestHandler =>
    async (req, res) => {
      const kind = KINDS[String(req.params.kind)];
      if (!kind) return sendError(res, 'NOT_FOUND', 'Không có loại dữ liệu này.', 'No such import kind.');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      try {
        const actor = await options.actorOf(req);
        const now = new Date();
        if (step === 'preview') {
          res.setHeader('cache-control', 'no-store');
          res.json(await service.preview({ actor, now }, kind, queryText(req, 'name'), bytes));
          return;
        }
        const requestId = res.locals.requestId as string;
        const result = await service.apply({ actor, now, requestId }, kind, bytes, queryText(req, 'token'));
        options.logger.info({ requestId, kind, counts: result.counts }, 'import applied');
        res.setHeader('cache-control', 'no-store');
        res.json(result);
      } catch (error) {
        if (error instanceof ImportFileError) return sendError(res, 'INVALID_FILE', error.vi, error.en);
        if (error instanceof ImportRefusal) return sendError(res, error.code, error.vi, error.en, error.errors);
        throw error;
      }
    };

  const failed: express.ErrorRequestHandler = (error: { type?: string }, _req, res, _next) => {
    if (error.type !== 'entity.too.large') {
      // Name, message and stack only: a failed statement's parameters hold the file's personal data.
      const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
      options.logger.error({ err: { name, message, stack } }, 'unexpected error in the import route');
      return sendError(
        res,
        'INTERNAL_SERVER_ERROR',
        'Lỗi máy chủ; chưa có gì được ghi.',
        'Server error; nothing was written.',
      );
    }
    const megabytes = IMPORT_LIMITS.maxFileBytes / (1024 * 1024);
    sendError(
      res,
      'PAYLOAD_TOO_LARGE',
      `Tệp quá lớn: tối đa ${megabytes} MB.`,
      `The file is too large: at most ${megabytes} MB.`,
    );
  };

  // The session cookie is read as on /graphql (Bearer tokens work as well).
  router.use(cookieParser());
  router.use(requestDeadline(options.requestTimeoutMs, () => options.logger.warn('import deadline exceeded')));
  router.post('/:kind/preview', preventCsrf, body, handle('preview'), failed);
  router.post('/:kind/apply', preventCsrf, body, handle('apply'), failed);
  return router;
}
