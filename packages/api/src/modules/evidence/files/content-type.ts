import { EVIDENCE_FILE_TYPES, type EvidenceFileType } from '@nvtt/shared';
import JSZip from 'jszip';

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
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
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

/** What a file is, judged from its bytes alone (never its name); null when it is none of the accepted types. */
export async function detectEvidenceType(bytes: Buffer): Promise<EvidenceFileType | null> {
  if (startsWith(bytes, PDF_SIGNATURE)) return 'PDF';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'PNG';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'JPEG';
  if (startsWith(bytes, ZIP_SIGNATURE)) return officeTypeOf(bytes);
  return null;
}

export function mimeOf(type: EvidenceFileType): string {
  return EVIDENCE_FILE_TYPES[type].mime;
}
