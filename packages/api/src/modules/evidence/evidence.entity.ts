import type { EvidenceTarget, EvidenceVerification } from '@nvtt/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A proof of an output or result (minh chứng): an official document referenced, or (later) a file. */
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

  @Column({ name: 'added_by_label', type: 'text' })
  addedByLabel: string;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
