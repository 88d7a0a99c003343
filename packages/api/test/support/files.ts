import type { Actor } from '../../src/auth/actor.js';
import type { TestApp } from './test-app.js';

/** The smallest well-formed PDF: accepted as evidence by its content. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** Headers of a request acting as `actor` through the test resolver (null: anonymous). */
export function actorHeaders(actor: Actor | null): Record<string, string> {
  return actor ? { 'x-test-actor': Buffer.from(JSON.stringify(actor)).toString('base64url') } : {};
}

export interface UploadAnswer {
  readonly status: number;
  readonly body: {
    evidence?: {
      id: number;
      progressReportId: number | null;
      sha256: string;
      fileName: string;
      contentType: string;
      downloadUrl: string;
    };
    errors?: Array<{ message: string; extensions: { code: string; field: string[] | null } }>;
  };
}

/** Posts a file to the evidence endpoint as a browser form would, with the CSRF header unless told not to. */
export async function uploadEvidence(
  app: TestApp,
  actor: Actor | null,
  file: { name: string; bytes: Buffer | Uint8Array; type?: string },
  fields: Record<string, string>,
  options: { csrfHeader?: boolean } = {},
): Promise<UploadAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(
    'file',
    new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
    file.name,
  );
  const response = await fetch(`${app.url}/files/evidence`, {
    method: 'POST',
    headers: {
      ...(options.csrfHeader === false ? {} : { 'apollo-require-preflight': 'true' }),
      ...actorHeaders(actor),
    },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

/** GETs a path as `actor`, returning the status, headers and raw bytes. */
export async function download(
  app: TestApp,
  path: string,
  actor: Actor | null,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${app.url}${path}`, { headers: actorHeaders(actor) });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}
