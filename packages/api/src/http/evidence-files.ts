import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { EVIDENCE_FILE_TYPES, evidenceTypeOfName } from '@nvtt/shared';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { Actor } from '../auth/actor.js';
import { mayWrite } from '../auth/actor.js';
import { taskScopeOf } from '../auth/scope.js';
import { idOfType } from '../graphql/relay.js';
import type { UserError } from '../graphql/user-error.js';
import type { Logger } from '../logger.js';
import { cleanFileName, type EvidenceFileService } from '../modules/evidence/evidence-file.service.js';
import { detectEvidenceType, readHead } from '../modules/evidence/files/content-type.js';
import type { EvidenceFileStore } from '../modules/evidence/files/file-store.js';
import { evidenceDownloadUrl } from '../modules/evidence/evidence.entity.js';
import { preventCsrf } from './graphql-request.js';
import {
  NOT_FOUND,
  NOT_SIGNED_IN,
  routeErrorHandler,
  sendRouteError,
  sendRouteErrors,
  setDownloadHeaders,
  type RouteError,
} from './route-responses.js';
import { receiveUpload } from './evidence-upload.js';

export interface EvidenceFileRoutesOptions {
  readonly files: EvidenceFileService;
  readonly store: EvidenceFileStore;
  readonly actorOf: (req: express.Request) => Promise<Actor | null>;
  readonly logger: Logger;
  readonly requestId: (res: express.Response) => string;
}

/** Multipart overhead allowed on top of the file itself before a declared length is refused outright. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const STATUS_OF_USER_ERROR: Readonly<Record<string, number>> = {
  NOT_FOUND: 404,
  ACTOR_NOT_ALLOWED: 403,
  WRONG_STATE: 409,
};

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

function tooLarge(maxBytes: number): RouteError {
  return {
    code: 'PAYLOAD_TOO_LARGE',
    vi: `Tệp vượt quá giới hạn ${megabytes(maxBytes)} MB.`,
    en: `The file is larger than the ${megabytes(maxBytes)} MB limit.`,
    field: ['file'],
  };
}

const WRONG_TYPE: RouteError = {
  code: 'UNSUPPORTED_FILE_TYPE',
  vi: `Chỉ nhận ${Object.values(EVIDENCE_FILE_TYPES)
    .map((type) => type.extensions.join('/'))
    .join(', ')}; nội dung tệp phải đúng với phần mở rộng của tên tệp.`,
  en: 'Only PDF, Word, Excel, PowerPoint, PNG or JPEG files are accepted, and the content must match the name’s extension.',
  field: ['file'],
};

function fromUserErrors(errors: readonly UserError[]): RouteError[] {
  return errors.map((error) => ({ code: error.code, vi: error.message, en: error.messageEn, field: error.field }));
}

/** A whole number of at most `digits` digits from a form field; null when left blank. */
function numberOf(raw: string | undefined, digits: number): number | null | 'invalid' {
  if (raw === undefined || raw.trim() === '') return null;
  const text = raw.trim();
  return text.length <= digits && /^\d+$/.test(text) ? Number(text) : 'invalid';
}

const INVALID_NUMBER: Readonly<Record<'outputNumber' | 'progressReport', RouteError>> = {
  outputNumber: {
    code: 'INVALID_INPUT',
    vi: 'Số thứ tự sản phẩm không hợp lệ.',
    en: 'Invalid output number.',
    field: ['outputNumber'],
  },
  progressReport: {
    code: 'INVALID_INPUT',
    vi: 'Báo cáo mốc tiến độ không hợp lệ.',
    en: 'Invalid milestone report.',
    field: ['progressReport'],
  },
};

/**
 * Evidence files over HTTP, mounted at `/files` (docs/evidence-and-exports.md):
 * - `POST /files/evidence` — multipart/form-data with fields `keyTask` (its ID), `target`, `outputNumber`
 *   (for an output), `progressReport` (for a milestone report: ProgressReport.id), `title` (optional) and one part `file`; answers 201 `{ evidence }`, or errors as JSON.
 *   Needs the CSRF header the GraphQL endpoint needs (`apollo-require-preflight`), and a session or a token.
 * - `GET /files/evidence/:id` — the bytes, for readers whose scope includes the task; 404 otherwise.
 */
export function evidenceFileRoutes(options: EvidenceFileRoutesOptions): express.Router {
  const { files, store, actorOf, logger } = options;
  const router = express.Router();

  router.post('/evidence', preventCsrf, cookieParser(), async (req, res) => {
    const actor = await actorOf(req);
    if (actor === null) return sendRouteError(res, 401, NOT_SIGNED_IN);
    if (!mayWrite(actor)) {
      return sendRouteError(res, 403, {
        code: 'FORBIDDEN',
        vi: 'Mã truy cập này không được phép ghi.',
        en: 'This token may not write.',
      });
    }
    if (!req.is('multipart/form-data')) {
      return sendRouteError(res, 415, {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        vi: 'Gửi tệp dưới dạng multipart/form-data.',
        en: 'Send the file as multipart/form-data.',
      });
    }
    const declared = Number(req.header('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > store.maxBytes + FORM_OVERHEAD_BYTES) {
      // Refused before reading: the client is told at once, and the connection is not reused.
      res.setHeader('connection', 'close');
      return sendRouteError(res, 413, tooLarge(store.maxBytes));
    }
    await store.ensureDir();
    const tempPath = store.newTempPath();
    let committed = false;
    try {
      const upload = await receiveUpload(req, tempPath, store.maxBytes);
      const file = upload.file;
      if (file?.tooLarge) return sendRouteError(res, 413, tooLarge(store.maxBytes));
      if (file === null || upload.malformed || file.size === 0) {
        return sendRouteError(res, 400, {
          code: 'INVALID_INPUT',
          vi: 'Chọn đúng một tệp (không rỗng) để tải lên.',
          en: 'Send exactly one non-empty file.',
          field: ['file'],
        });
      }
      const fileName = cleanFileName(file.fileName);
      const claimed = evidenceTypeOfName(fileName);
      const detected = await detectEvidenceType(await readHead(file.tempPath), () => readFile(file.tempPath));
      if (claimed === null || detected === null || claimed !== detected) return sendRouteError(res, 415, WRONG_TYPE);
      const taskId = idOfType(upload.fields.get('keyTask') ?? '', 'KeyTask');
      const outputNumber = numberOf(upload.fields.get('outputNumber'), 2);
      if (outputNumber === 'invalid') return sendRouteError(res, 400, INVALID_NUMBER.outputNumber);
      const progressReportId = numberOf(upload.fields.get('progressReport'), 9);
      if (progressReportId === 'invalid') return sendRouteError(res, 400, INVALID_NUMBER.progressReport);
      const result = await files.addFile({ actor, now: new Date(), requestId: options.requestId(res) }, taskId ?? -1, {
        target: upload.fields.get('target') ?? '',
        outputNumber,
        progressReportId,
        title: upload.fields.get('title') ?? '',
        fileName,
        fileSize: file.size,
        contentType: EVIDENCE_FILE_TYPES[detected].mime,
        sha256: file.sha256,
      });
      if (!result.ok) {
        return sendRouteErrors(res, STATUS_OF_USER_ERROR[result.errors[0]!.code] ?? 400, fromUserErrors(result.errors));
      }
      const evidence = result.value;
      await store.commit(tempPath, evidence.id);
      committed = true;
      res.status(201).json({
        evidence: {
          id: evidence.id,
          title: evidence.title,
          target: evidence.target,
          outputOrdinal: evidence.outputOrdinal,
          progressReportId: evidence.progressReportId,
          fileName: evidence.fileName,
          fileSize: evidence.fileSize,
          contentType: evidence.contentType,
          sha256: evidence.sha256,
          verification: evidence.verification,
          downloadUrl: evidenceDownloadUrl(evidence),
        },
      });
    } finally {
      if (!committed) await store.discard(tempPath);
    }
  });

  router.get('/evidence/:id', cookieParser(), async (req, res) => {
    const actor = await actorOf(req);
    if (actor === null) return sendRouteError(res, 401, NOT_SIGNED_IN);
    const raw = String(req.params.id);
    if (!/^\d{1,9}$/.test(raw)) return sendRouteError(res, 404, NOT_FOUND);
    const found = await files.findForDownload(taskScopeOf(actor), Number(raw));
    if (found === null) return sendRouteError(res, 404, NOT_FOUND);
    const filePath = store.pathOf(found.id);
    try {
      await stat(filePath);
    } catch {
      logger.error({ evidenceId: found.id, filePath }, 'evidence file recorded but missing on disk');
      return sendRouteError(res, 404, NOT_FOUND);
    }
    setDownloadHeaders(res, found.contentType, found.fileName);
    res.setHeader('content-length', String(found.fileSize));
    res.setHeader('etag', `"${found.sha256}"`);
    await pipeline(createReadStream(filePath), res);
  });

  router.use(routeErrorHandler(logger, '/files/evidence'));
  return router;
}
