import { useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { IMPORT_ACTIONS, IMPORT_ENTITIES, type ImportPreview } from '@nvtt/shared';
import { useLabels } from '../../lib/vocabulary';

/** Rows shown at most in the row-by-row table (errors are always listed in full above it). */
const MAX_ROWS_SHOWN = 500;

/** The preview: counts per record type, every error with its row and column, then row by row. */
export function PreviewTables({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [onlyProblems, setOnlyProblems] = useState(true);
  const english = i18n.language === 'en';
  const rows = preview.rows.filter((row) => !onlyProblems || row.action !== 'UNCHANGED');
  return (
    <>
      <div className="table-scroll">
        <table className="table">
          <caption>{t('import.counts.caption')}</caption>
          <thead>
            <tr>
              {(['entity', 'create', 'update', 'unchanged'] as const).map((column) => (
                <th key={column} scope="col">
                  {t(`import.counts.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.counts.map((count) => (
              <tr key={count.entity}>
                <th scope="row">{labels.label(IMPORT_ENTITIES, count.entity)}</th>
                <td>{count.create}</td>
                <td>{count.update}</td>
                <td>{count.unchanged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.errors.length > 0 && (
        <div className="table-scroll">
          <table className="table import-errors">
            <caption>{t('import.errors.caption', { count: preview.errors.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.errors.row')}</th>
                <th scope="col">{t('import.errors.column')}</th>
                <th scope="col">{t('import.errors.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.errors.map((error, index) => (
                <tr key={`${error.row}-${index}`}>
                  <th scope="row">{error.row}</th>
                  <td>{error.header ?? '—'}</td>
                  <td>{english ? error.messageEn : error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <label className="import-filter">
        <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />{' '}
        {t('import.rows.onlyProblems')}
      </label>
      <div className="table-scroll">
        <table className="table">
          <caption>{t('import.rows.caption')}</caption>
          <thead>
            <tr>
              {(['row', 'key', 'action', 'changes'] as const).map((column) => (
                <th key={column} scope="col">
                  {t(`import.rows.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_ROWS_SHOWN).map((row) => (
              <tr key={row.row} className={row.action === 'ERROR' ? 'import-row--error' : undefined}>
                <th scope="row">{row.row}</th>
                <td>
                  <code>{row.key || '—'}</code>
                </td>
                <td>{labels.label(IMPORT_ACTIONS, row.action)}</td>
                <td>{row.changes.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > MAX_ROWS_SHOWN && <p>{t('import.rows.more', { count: rows.length - MAX_ROWS_SHOWN })}</p>}
    </>
  );
}
