import type { ImportApplyResult, ImportKind, ImportPreview } from '@nvtt/shared';

/** A refusal of the import route: `{ error: { code, message, messageEn } }`. */
export class ImportRequestError extends Error {
  constructor(
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

const PATH: Readonly<Record<ImportKind, string>> = { UNITS: 'units', CADRES: 'cadres', TASKS: 'tasks' };

async function send<T>(url: string, file: Blob): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    // Not a form content type: browsers preflight it, so no other site can post here (CSRF).
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as
    (T & { error?: { code: string; message: string; messageEn: string } }) | null;
  if (!response.ok || body === null || body.error) {
    const error = body?.error;
    throw new ImportRequestError(
      error?.code ?? String(response.status),
      error?.message ?? `Lỗi ${response.status}`,
      error?.messageEn ?? `Error ${response.status}`,
    );
  }
  return body;
}

/** Reads the file on the server and answers what an import would do; nothing is written. */
export function previewImport(kind: ImportKind, file: File): Promise<ImportPreview> {
  return send(`/api/import/${PATH[kind]}/preview?name=${encodeURIComponent(file.name)}`, file);
}

/** Writes exactly what the preview with `token` showed, or nothing. */
export function applyImport(kind: ImportKind, file: File, token: string): Promise<ImportApplyResult> {
  return send(`/api/import/${PATH[kind]}/apply?token=${encodeURIComponent(token)}`, file);
}
