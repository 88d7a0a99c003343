import express from 'express';
import type { Logger } from '../../logger.js';
import type { OpenDataCell, OpenDataCompletion, OpenDataService } from './open-data.service.js';

const CSV_COLUMNS = [
  'dimension',
  'code',
  'label',
  'cadres',
  'tasks',
  'assessable',
  'completed',
  'completion_rate',
  'note',
];

/** RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(dimension: string, cell: OpenDataCell, minimum: number): string {
  const note = cell.suppressed ? `Ẩn số liệu: dưới ${minimum} cán bộ (suppressed: fewer than ${minimum} cadres)` : '';
  return [
    dimension,
    cell.code,
    cell.label,
    cell.cadres,
    cell.tasks,
    cell.assessable,
    cell.completed,
    cell.completionRate === null ? null : cell.completionRate.toFixed(4),
    note,
  ]
    .map(csvField)
    .join(',');
}

/** The CSV download: one line per locality and per sector; a suppressed cell has empty figures and a note. */
export function completionCsv(data: OpenDataCompletion): string {
  const lines = [
    CSV_COLUMNS.join(','),
    ...data.byLocality.map((cell) => csvRow('LOCALITY', cell, data.minimumCadres)),
    ...data.bySector.map((cell) => csvRow('SECTOR', cell, data.minimumCadres)),
  ];
  // A BOM so spreadsheet programs read the Vietnamese labels as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const NOT_OPEN = {
  error: 'NOT_FOUND',
  message: 'Kỳ này chưa được công bố dữ liệu mở. (This cycle’s figures are not open to the public.)',
};

/**
 * Public, read-only, no sign-in: `GET /open-data/{year}/completion.json` and `.csv`. 404 unless Ban
 * Tổ chức has opened the cycle. Only aggregate counts by locality and sector are served.
 */
export function openDataRouter(openData: OpenDataService, logger: Logger): express.Router {
  const router = express.Router();
  router.get('/open-data/:year/completion.:format', async (req, res) => {
    const year = Number(req.params.year);
    const format = req.params.format;
    if (!/^\d{4}$/.test(req.params.year) || (format !== 'json' && format !== 'csv')) {
      res.status(404).json(NOT_OPEN);
      return;
    }
    try {
      const data = await openData.completion(year, new Date());
      if (data === null) {
        res.status(404).json(NOT_OPEN);
        return;
      }
      res.setHeader('cache-control', 'public, max-age=300');
      if (format === 'json') {
        res.json(data);
      } else {
        res
          .type('text/csv; charset=utf-8')
          .setHeader('content-disposition', `attachment; filename="nvtt-hoan-thanh-${year}.csv"`)
          .send(completionCsv(data));
      }
    } catch (error) {
      logger.error({ err: error }, 'open data failed');
      res
        .status(503)
        .json({ error: 'UNAVAILABLE', message: 'Tạm thời không phục vụ được. (Temporarily unavailable.)' });
    }
  });
  return router;
}
