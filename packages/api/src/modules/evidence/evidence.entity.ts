import type { EvidenceTarget, EvidenceVerification } from '@nvtt/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A proof of an output or result (minh chứng): an official document referenced, or a file kept on disk. */
@Entity({ name: 'evidence' })
export class EvidenceEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ type: 'text' })
  target: EvidenceTarget;

  @Column({ name: 'output_ordinal', type: 'integer', nullable: true })
  outputOrdinal: number | null;

  /** For a milestone report: the progress report it supports (of the same task). */
  @Column({ name: 'progress_report_id', type: 'integer', nullable: true })
  progressReportId: number | null;

  @Column({ type: 'text' })
  kind: 'DOCUMENT' | 'FILE';

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'document_number', type: 'text', nullable: true })
  documentNumber: string | null;

  @Column({ name: 'document_date', type: 'date', nullable: true })
  documentDate: string | null;

  @Column({ type: 'text', nullable: true })
  issuer: string | null;

  @Column({ type: 'text' })
  verification: EvidenceVerification;

  @Column({ name: 'verification_note', type: 'text', nullable: true })
  verificationNote: string | null;

  @Column({ name: 'verified_by_label', type: 'text', nullable: true })
  verifiedByLabel: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  @Column({ name: 'file_size', type: 'integer', nullable: true })
  fileSize: number | null;

  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType: string | null;

  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  @Column({ name: 'added_by_label', type: 'text' })
  addedByLabel: string;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;

  /** Where the file downloads from (same origin, session or token); null for a referenced document. */
  get downloadUrl(): string | null {
    return evidenceDownloadUrl(this);
  }
}

export function evidenceDownloadUrl(evidence: { id: number; kind: 'DOCUMENT' | 'FILE' }): string | null {
  return evidence.kind === 'FILE' ? `/files/evidence/${evidence.id}` : null;
}
