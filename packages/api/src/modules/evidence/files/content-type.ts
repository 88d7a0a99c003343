import { open } from 'node:fs/promises';
import { EVIDENCE_FILE_TYPES, type EvidenceFileType } from '@nvtt/shared';
import type JSZip from 'jszip';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);
const PDF_SIGNATURE = Buffer.from('%PDF-', 'latin1');
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Office Open XML packages are zip files; what makes one a Word, Excel or PowerPoint document is
 * its main part, declared in [Content_Types].xml with the type below and present in the package.
 * Macro-enabled documents and templates declare other types, so they are not accepted.
 */
const OFFICE_MAIN_PARTS: ReadonlyArray<{ type: EvidenceFileType; part: string; contentType: string }> = [
  {
    type: 'DOCX',
    part: 'word/document.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  },
  {
    type: 'XLSX',
    part: 'xl/workbook.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  },
  {
    type: 'PPTX',
    part: 'ppt/presentation.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  },
];

/** [Content_Types].xml is a short list; anything far larger is not an Office document. */
const MAX_CONTENT_TYPES_CHARS = 1_000_000;

function startsWith(bytes: Buffer, signature: Buffer): boolean {
  return bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);
}

/** The `ContentType` declared for `/partName` by an Override element, if any. */
function overrideFor(contentTypes: string, partName: string): string | null {
  for (const match of contentTypes.matchAll(/<Override\b[^>]*>/g)) {
    const element = match[0];
    const name = /PartName="([^"]*)"/.exec(element)?.[1];
    if (name?.toLowerCase() === `/${partName}`) return /ContentType="([^"]*)"/.exec(element)?.[1] ?? null;
  }
  return null;
}

async function officeTypeOf(bytes: Buffer): Promise<EvidenceFileType | null> {
  let zip: JSZip;
  try {
    // jszip is loaded at the first Office upload, not with the API.
    const { default: Zip } = await import('jszip');
    zip = await Zip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return null;
  }
  const manifest = zip.file('[Content_Types].xml');
  if (!manifest) return null;
  let contentTypes: string;
  try {
    contentTypes = await manifest.async('string');
  } catch {
    return null;
  }
  if (contentTypes.length > MAX_CONTENT_TYPES_CHARS) return null;
  for (const main of OFFICE_MAIN_PARTS) {
    if (zip.file(main.part) && overrideFor(contentTypes, main.part) === main.contentType) return main.type;
  }
  return null;
}

/**
 * What a file is, judged from its bytes alone (never its name); null when it is none of the
 * accepted types. `readAll` is called only for zip packages, whose directory must be read.
 */
export async function detectEvidenceType(
  head: Buffer,
  readAll: () => Promise<Buffer>,
): Promise<EvidenceFileType | null> {
  if (startsWith(head, PDF_SIGNATURE)) return 'PDF';
  if (startsWith(head, PNG_SIGNATURE)) return 'PNG';
  if (startsWith(head, JPEG_SIGNATURE)) return 'JPEG';
  if (startsWith(head, ZIP_SIGNATURE)) return officeTypeOf(await readAll());
  return null;
}

/** The first bytes of a file: enough for every signature above. */
export async function readHead(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function mimeOf(type: EvidenceFileType): string {
  return EVIDENCE_FILE_TYPES[type].mime;
}
