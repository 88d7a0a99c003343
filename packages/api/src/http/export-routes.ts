import {
  ANALYTICS_DIMENSIONS,
  IMPORT_KINDS,
  isCodeOf,
  parseView,
  provinceDateOf,
  type AnalyticsDimension,
  type Locale,
} from '@nvtt/shared';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { Actor } from '../auth/actor.js';
import { aggregateScopeOf, taskScopeOf } from '../auth/scope.js';
import type { Services } from '../graphql/context.js';
import { idOfType } from '../graphql/relay.js';
import type { Logger } from '../logger.js';
import { ConsolidatedListService } from '../modules/exports/consolidated-list.service.js';
import { loadDossierPrint } from '../modules/exports/dossier-print.js';
import { NoticeService } from '../modules/exports/notice.service.js';
import {
  NOT_FOUND,
  NOT_SIGNED_IN,
  routeErrorHandler,
  sendRouteError,
  setDownloadHeaders,
  type RouteError,
} from './route-responses.js';

/**
 * The generators load exceljs, pdfkit and docx, about a third of the API's start-up when imported
 * with it: they are loaded at the first export instead (then cached by the module system).
 */
const xlsxExports = () => import('../modules/exports/xlsx-exports.js');
const analysisExport = () => import('../modules/exports/analysis-export.js');
const importTemplates = () => import('../modules/exports/import-template.js');
const dossierPdf = () => import('../modules/exports/dossier-pdf.js');
const noticeDocx = () => import('../modules/exports/notice-docx.js');

export interface ExportRoutesOptions {
  readonly services: Services;
  readonly actorOf: (req: express.Request) => Promise<Actor | null>;
  readonly logger: Logger;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FORBIDDEN: RouteError = {
  code: 'FORBIDDEN',
  vi: 'Vai trò của bạn không được xuất dữ liệu này.',
  en: 'Your role may not export this.',
};

function badInput(vi: string, en: string, field: string): RouteError {
  return { code: 'INVALID_INPUT', vi, en, field: [field] };
}

function yearOf(raw: unknown): number | null {
  const text = String(raw ?? '');
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

function dimensionOf(raw: unknown): AnalyticsDimension | null {
  const text = typeof raw === 'string' ? raw : '';
  return isCodeOf(ANALYTICS_DIMENSIONS, text) ? text : null;
}

function send(res: express.Response, bytes: Buffer, contentType: string, fileName: string): void {
  setDownloadHeaders(res, contentType, fileName);
  res.setHeader('content-length', String(bytes.length));
  res.end(bytes);
}

/**
 * Server-side exports, mounted at `/exports` (docs/evidence-and-exports.md). Each checks who asks:
 * views need aggregate access (BTC, BTV, viewers, aggregate tokens); the consolidated list names
 * every cadre, so it needs the whole-province scope (BTC, BTV); a dossier or a notice follows the
 * dossier's own access (an out-of-scope cadre answers 404, as the `cadreDossier` query answers null).
 */
export function exportRoutes(options: ExportRoutesOptions): express.Router {
  const { services, actorOf, logger } = options;
  const consolidated = new ConsolidatedListService(services.db);
  const notices = new NoticeService(services.db);
  const router = express.Router();
  router.use(cookieParser());

  const signedIn = async (req: express.Request, res: express.Response): Promise<Actor | null> => {
    const actor = await actorOf(req);
    if (actor === null) sendRouteError(res, 401, NOT_SIGNED_IN);
    return actor;
  };

  router.get('/comparison.xlsx', async (req, res) => {
    const actor = await signedIn(req, res);
    if (actor === null) return;
    const scope = aggregateScopeOf(actor);
    if (scope.kind !== 'all') return sendRouteError(res, 403, FORBIDDEN);
    const years = String(req.query.years ?? '')
      .split(',')
      .map(yearOf);
    if (years.length === 0 || years.length > 10 || years.some((year) => year === null)) {
      return sendRouteError(res, 400, badInput('Chọn từ 1 đến 10 năm.', 'Choose 1 to 10 cycle years.', 'years'));
    }
    const dimension = dimensionOf(req.query.dimension);
    if (dimension === null) {
      return sendRouteError(res, 400, badInput('Tiêu chí so sánh không hợp lệ.', 'Unknown dimension.', 'dimension'));
    }
    const by = req.query.by === undefined || req.query.by === '' ? null : dimensionOf(req.query.by);
    if ((req.query.by !== undefined && req.query.by !== '' && by === null) || by === dimension) {
      return sendRouteError(
        res,
        400,
        badInput('Tiêu chí thứ hai phải khác tiêu chí thứ nhất.', 'A matrix needs two different dimensions.', 'by'),
      );
    }
    const asOf = provinceDateOf(new Date());
    const cycleYears = years as number[];
    const rows = await services.analytics.compare(cycleYears, dimension, by, scope, asOf);
    const bytes = await (
      await xlsxExports()
    ).comparisonWorkbook({ cycleYears, dimension, by, rows, generatedOn: asOf });
    send(
      res,
      bytes,
      XLSX,
      `so-sanh-${dimension.toLowerCase()}${by ? `-${by.toLowerCase()}` : ''}-${cycleYears.join('-')}.xlsx`,
    );
  });

  // An analyst's view as shown on the analysis page (its address: rows, by, metrics, years, q, min),
  // scoped as the `comparison` query is: everything for aggregate readers, else the reader's own scope.
  const analysis = (format: 'csv' | 'xlsx') => async (req: express.Request, res: express.Response) => {
    const actor = await signedIn(req, res);
    if (actor === null) return;
    const search = new URLSearchParams(req.url.split('?')[1] ?? '');
    const years = (search.get('years') ?? '').split(',').map(yearOf);
    if (years.length === 0 || years.length > 10 || years.some((year) => year === null)) {
      return sendRouteError(res, 400, badInput('Chọn từ 1 đến 10 năm.', 'Choose 1 to 10 cycle years.', 'years'));
    }
    const view = parseView(search.toString(), years[0]!);
    const locale: Locale = search.get('lang') === 'en' ? 'en' : 'vi';
    const asOf = provinceDateOf(new Date());
    const rows = await services.analytics.compare(view.years, view.dimension, view.by, aggregateScopeOf(actor), asOf);
    const { analysisCsv, analysisFileName, analysisTable, writeAnalysisXlsx } = await analysisExport();
    const table = analysisTable(rows, view, locale);
    if (format === 'csv') {
      send(res, Buffer.from(analysisCsv(table), 'utf8'), 'text/csv; charset=utf-8', analysisFileName(view, 'csv'));
      return;
    }
    setDownloadHeaders(res, XLSX, analysisFileName(view, 'xlsx'));
    await writeAnalysisXlsx(table, res);
  };
  router.get('/analysis.xlsx', analysis('xlsx'));
  router.get('/analysis.csv', analysis('csv'));

  // The import templates (headers in Vietnamese, one example row, a guide sheet): any signed-in user.
  router.get('/import-templates/:kind.xlsx', async (req, res) => {
    const actor = await signedIn(req, res);
    if (actor === null) return;
    const kind = String(req.params.kind).toUpperCase();
    if (!isCodeOf(IMPORT_KINDS, kind)) return sendRouteError(res, 404, NOT_FOUND);
    const locale: Locale = req.query.lang === 'en' ? 'en' : 'vi';
    const { IMPORT_TEMPLATE_FILE_NAMES, importTemplateWorkbook } = await importTemplates();
    send(res, await importTemplateWorkbook(kind, locale), XLSX, IMPORT_TEMPLATE_FILE_NAMES[kind]);
  });

  router.get('/cycles/:year/consolidated.xlsx', async (req, res) => {
    const actor = await signedIn(req, res);
    if (actor === null) return;
    if (taskScopeOf(actor).kind !== 'all') return sendRouteError(res, 403, FORBIDDEN);
    const year = yearOf(req.params.year);
    const rows = year === null ? null : await consolidated.list(year);
    if (year === null || rows === null) return sendRouteError(res, 404, NOT_FOUND);
    const bytes = await (await xlsxExports()).consolidatedWorkbook(year, rows, provinceDateOf(new Date()));
    send(res, bytes, XLSX, `Danh sách tổng hợp nhiệm vụ trọng tâm ${year}.xlsx`);
  });

  router.get('/cadres/:cadre/:year/dossier.pdf', async (req, res) => {
    const actor = await signedIn(req, res);
    if (actor === null) return;
    const cadreId = idOfType(String(req.params.cadre), 'Cadre');
    const year = yearOf(req.params.year);
    const print =
      cadreId === null || year === null
        ? null
        : await loadDossierPrint(
            services.db,
            services.dossiers,
            services.orgUnits,
            taskScopeOf(actor),
            cadreId,
            year,
            new Date(),
          );
    if (print === null) return sendRouteError(res, 404, NOT_FOUND);
    send(
      res,
      await (await dossierPdf()).renderDossierPdf(print),
      'application/pdf',
      `Hồ sơ ${print.cadreName} ${year}.pdf`,
    );
  });

  router.get('/cadres/:cadre/:year/notice.docx', async (req, res) => {
    const actor = await signedIn(req, res);
    if (actor === null) return;
    const cadreId = idOfType(String(req.params.cadre), 'Cadre');
    const year = yearOf(req.params.year);
    const notice = cadreId === null || year === null ? null : await notices.load(taskScopeOf(actor), cadreId, year);
    if (notice === null) return sendRouteError(res, 404, NOT_FOUND);
    send(
      res,
      await (await noticeDocx()).renderNoticeDocx(notice),
      DOCX,
      `Thông báo giao nhiệm vụ ${notice.cadreName} ${year}.docx`,
    );
  });

  router.use(routeErrorHandler(logger, '/exports'));
  return router;
}
