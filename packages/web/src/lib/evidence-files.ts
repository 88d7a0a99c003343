import { EVIDENCE_FILE_TYPES } from '@nvtt/shared';

/** What the `accept` attribute of a file input lists: the extensions and media types the API takes. */
export const EVIDENCE_ACCEPT = Object.values(EVIDENCE_FILE_TYPES)
  .flatMap((type) => [...type.extensions.map((extension) => `.${extension}`), type.mime])
  .join(',');

/** One refusal of the upload endpoint, in both languages. */
export interface UploadError {
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
  readonly field: readonly string[] | null;
}

export type UploadResult = { readonly ok: true } | { readonly ok: false; readonly errors: readonly UploadError[] };

interface ErrorBody {
  errors?: Array<{ message?: string; messageEn?: string; extensions?: { code?: string; field?: string[] | null } }>;
}

/**
 * Sends one evidence file to `POST /files/evidence` (multipart, same-origin cookie). The custom
 * header is what the server's CSRF check asks for: a cross-site form cannot send it.
 */
export async function uploadEvidenceFile(input: {
  keyTask: string;
  target: string;
  outputNumber: number | null;
  progressReport: number | null;
  title: string;
  file: File;
}): Promise<UploadResult> {
  const form = new FormData();
  form.append('keyTask', input.keyTask);
  form.append('target', input.target);
  if (input.outputNumber !== null) form.append('outputNumber', String(input.outputNumber));
  if (input.progressReport !== null) form.append('progressReport', String(input.progressReport));
  form.append('title', input.title);
  form.append('file', input.file, input.file.name);
  let response: Response;
  try {
    response = await fetch('/files/evidence', {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    return { ok: false, errors: [networkError] };
  }
  if (response.ok) return { ok: true };
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // A proxy's HTML error page: fall back to the generic message below.
  }
  const errors = (body.errors ?? []).map((error) => ({
    code: error.extensions?.code ?? 'ERROR',
    message: error.message ?? networkError.message,
    messageEn: error.messageEn ?? error.message ?? networkError.messageEn,
    field: error.extensions?.field ?? null,
  }));
  return { ok: false, errors: errors.length ? errors : [networkError] };
}

const networkError: UploadError = {
  code: 'NETWORK',
  message: 'Không gửi được tệp; vui lòng thử lại.',
  messageEn: 'The file could not be sent; please try again.',
  field: null,
};

// Apart (lib/file-size.ts) so that a download link does not load the upload code.
export { formatFileSize } from './file-size';
