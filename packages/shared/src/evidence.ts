import type { StageActor } from './cycle.js';
import type { KeyTaskState } from './key-task.js';
import type { Label, Vocabulary } from './label.js';

/** Whether the focal agency has checked a piece of evidence (minh chứng). */
export const EVIDENCE_VERIFICATIONS = {
  PENDING: { vi: 'Chưa xác minh', en: 'Not yet verified' },
  VERIFIED: { vi: 'Đã xác minh', en: 'Verified' },
  REJECTED: { vi: 'Không chấp nhận', en: 'Rejected' },
} as const satisfies Vocabulary<string>;
export type EvidenceVerification = keyof typeof EVIDENCE_VERIFICATIONS;

/** What a piece of evidence supports. */
export const EVIDENCE_TARGETS = {
  TASK: { vi: 'Nhiệm vụ', en: 'The task' },
  OUTPUT: { vi: 'Sản phẩm đầu ra', en: 'An output' },
  SELF_ASSESSMENT: { vi: 'Bản tự đánh giá', en: 'The self-assessment' },
  MILESTONE_REPORT: { vi: 'Báo cáo mốc tiến độ', en: 'A milestone report' },
} as const satisfies Vocabulary<string>;
export type EvidenceTarget = keyof typeof EVIDENCE_TARGETS;

/**
 * What else a target names besides the task: an output by its number, a milestone report (a progress
 * report filed against one of the plan's milestones) by its id; the task and the self-assessment nothing.
 */
export const EVIDENCE_TARGET_REFERENCE = {
  TASK: null,
  OUTPUT: 'outputNumber',
  SELF_ASSESSMENT: null,
  MILESTONE_REPORT: 'progressReport',
} as const satisfies Readonly<Record<EvidenceTarget, 'outputNumber' | 'progressReport' | null>>;

/** States in which a task is being carried out or evaluated: evidence may be added and checked. */
const DELIVERY_STATES: readonly KeyTaskState[] = [
  'ASSIGNED',
  'PLANNED',
  'IN_PROGRESS',
  'SELF_ASSESSED',
  'RESULT_APPRAISED',
  'RESULT_CONSULTED',
];

/** Who may add and who may verify evidence, and while the task is in which states. */
export const EVIDENCE_RULES: Readonly<
  Record<'ADD' | 'VERIFY', { actor: StageActor; states: readonly KeyTaskState[] }>
> = {
  ADD: { actor: 'CADRE', states: DELIVERY_STATES },
  VERIFY: { actor: 'FOCAL', states: DELIVERY_STATES },
};

/**
 * File types accepted as evidence: what the content must be (checked from its bytes, never the name),
 * the name's extensions that agree with it, and the media type it is served with.
 */
export const EVIDENCE_FILE_TYPES = {
  PDF: { vi: 'PDF', en: 'PDF', mime: 'application/pdf', extensions: ['pdf'] },
  DOCX: {
    vi: 'Văn bản Word (.docx)',
    en: 'Word document (.docx)',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  XLSX: {
    vi: 'Bảng tính Excel (.xlsx)',
    en: 'Excel workbook (.xlsx)',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  PPTX: {
    vi: 'Trình chiếu PowerPoint (.pptx)',
    en: 'PowerPoint presentation (.pptx)',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  PNG: { vi: 'Ảnh PNG', en: 'PNG image', mime: 'image/png', extensions: ['png'] },
  JPEG: { vi: 'Ảnh JPEG', en: 'JPEG image', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
} as const satisfies Readonly<Record<string, Label & { mime: string; extensions: readonly string[] }>>;
export type EvidenceFileType = keyof typeof EVIDENCE_FILE_TYPES;

/** The default upper bound of one evidence file (the server's EVIDENCE_MAX_BYTES may change it). */
export const EVIDENCE_DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The file type a name's extension claims, or null when it is not an accepted one. */
export function evidenceTypeOfName(fileName: string): EvidenceFileType | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = fileName.slice(dot + 1).toLowerCase();
  for (const [type, spec] of Object.entries(EVIDENCE_FILE_TYPES)) {
    if ((spec.extensions as readonly string[]).includes(extension)) return type as EvidenceFileType;
  }
  return null;
}
