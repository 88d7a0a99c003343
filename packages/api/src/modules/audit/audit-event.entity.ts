import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change to the record: who, when, what, from which state to which (append-only). */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @Column({ name: 'actor_user_id', type: 'text', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'integer' })
  entityId: number;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'text', nullable: true })
  toState: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'document_number', type: 'text', nullable: true })
  documentNumber: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;
}
