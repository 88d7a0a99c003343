import { useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import {
  IMPORT_ENTITIES,
  IMPORT_KINDS,
  IMPORT_LIMITS,
  codesOf,
  type ImportApplyResult,
  type ImportKind,
  type ImportPreview,
} from '@nvtt/shared';
import { useLabels } from '../../lib/vocabulary';
import { ImportRequestError, applyImport, previewImport } from './api';
import './i18n';
import './import.css';
import { PreviewTables } from './PreviewTables';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'previewed'; readonly preview: ImportPreview }
  | { readonly kind: 'applied'; readonly result: ImportApplyResult };

/** Ban Tổ chức imports units, cadres or registered tasks: upload, preview, then write all or nothing. */
export default function ImportPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const kindId = useId();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>('CADRES');
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);

  const failure = (error: unknown) => {
    setStep({ kind: 'idle' });
    const message =
      error instanceof ImportRequestError
        ? i18n.language === 'en'
          ? error.messageEn
          : error.messageVi
        : String(error);
    setProblem(t('import.failed', { message }));
  };

  async function preview() {
    if (!file) return setProblem(t('import.chooseFile'));
    setProblem(null);
    setStep({ kind: 'busy' });
    try {
      setStep({ kind: 'previewed', preview: await previewImport(kind, file) });
    } catch (error) {
      failure(error);
    }
  }

  async function apply(previewed: ImportPreview) {
    if (!file) return;
    setProblem(null);
    setStep({ kind: 'busy' });
    try {
      setStep({ kind: 'applied', result: await applyImport(kind, file, previewed.token) });
    } catch (error) {
      failure(error);
    }
  }

  const reset = () => {
    setStep({ kind: 'idle' });
    setProblem(null);
  };

  return (
    <>
      <header className="page-header">
        <h1>{t('import.heading')}</h1>
        <p className="page-header__intro">{t('import.intro')}</p>
      </header>
      <section className="card import-form">
        <div className="field">
          <label htmlFor={kindId}>{t('import.kind')}</label>
          <select
            id={kindId}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ImportKind);
              reset();
            }}
          >
            {codesOf(IMPORT_KINDS).map((code) => (
              <option key={code} value={code}>
                {labels.label(IMPORT_KINDS, code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label id={`${fileId}-label`} htmlFor={fileId}>
            {t('import.file', {
              json: kind === 'UNITS' ? t('import.unitsJson') : '',
              megabytes: IMPORT_LIMITS.maxFileBytes / (1024 * 1024),
              rows: IMPORT_LIMITS.maxRows,
            })}
          </label>
          {/* The browser's own picker text ("Choose File / No file chosen") follows the browser's language,
              not the app's: the input is kept (focusable, operable with Enter or Space) but hidden, and a
              button-styled label and the chosen file's name stand in for it. */}
          <div className="import-file">
            <input
              id={fileId}
              className="import-file__input"
              type="file"
              aria-labelledby={`${fileId}-label`}
              aria-describedby={`${fileId}-name`}
              accept={kind === 'UNITS' ? '.xlsx,.csv,.json' : '.xlsx,.csv'}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                reset();
              }}
            />
            <label htmlFor={fileId} className="button button--ghost import-file__button" aria-hidden="true">
              {t('import.chooseButton')}
            </label>
            <span id={`${fileId}-name`} className={file ? 'import-file__name' : 'import-file__name muted'}>
              {file ? file.name : t('import.noFile')}
            </span>
          </div>
        </div>
        <div className="import-actions">
          <button type="button" className="button" disabled={step.kind === 'busy'} onClick={() => void preview()}>
            {step.kind === 'busy' ? t('import.previewing') : t('import.preview')}
          </button>
          <a
            className="button button--ghost"
            href={`/exports/import-templates/${kind.toLowerCase()}.xlsx?lang=${labels.locale}`}
            download
          >
            {t('import.template')}
          </a>
        </div>
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
      </section>
      {step.kind === 'previewed' && (
        <section className="card" aria-live="polite">
          <p>
            {t('import.summary', {
              file: step.preview.fileName,
              sheet: step.preview.sheet,
              rows: step.preview.dataRows,
            })}
          </p>
          <PreviewTables preview={step.preview} />
          {step.preview.errors.length === 0 && !step.preview.canApply && (
            <p role="status" className="form-ok">
              {t('import.nothingToDo')}
            </p>
          )}
          <button
            type="button"
            className="button"
            disabled={!step.preview.canApply}
            onClick={() => void apply(step.preview)}
          >
            {t('import.apply')}
          </button>
        </section>
      )}
      {step.kind === 'applied' && (
        <p role="status" className="form-ok">
          {t('import.applied', {
            summary: step.result.counts
              .map((count) =>
                t('import.appliedPart', {
                  entity: labels.label(IMPORT_ENTITIES, count.entity),
                  create: count.create,
                  update: count.update,
                }),
              )
              .join('; '),
            audit: step.result.auditRows,
          })}
        </p>
      )}
    </>
  );
}
