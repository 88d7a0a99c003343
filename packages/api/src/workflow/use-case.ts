import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { UserErrorsException, type UserError } from '../graphql/user-error.js';

/** Who acts, when, and under which request: everything a use case needs besides its input. */
export interface UseCaseContext {
  readonly actor: Actor;
  readonly now: Date;
  readonly requestId: string;
}

export type UseCaseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: UserError[] };

/**
 * Runs a use case in one transaction. A thrown UserErrorsException rolls everything back and is
 * answered as user errors, so a refused action changes nothing — audit rows included.
 */
export async function runUseCase<T>(
  dataSource: DataSource,
  work: (db: EntityManager) => Promise<T>,
): Promise<UseCaseResult<T>> {
  try {
    return { ok: true, value: await dataSource.transaction(work) };
  } catch (error) {
    if (error instanceof UserErrorsException) return { ok: false, errors: error.errors };
    throw error;
  }
}

export interface AuditRecord {
  readonly entityType: string;
  readonly entityId: number;
  readonly action: string;
  readonly fromState?: string | null;
  readonly toState?: string | null;
  readonly comment?: string | null;
  readonly documentNumber?: string | null;
  readonly data?: Record<string, unknown>;
}

/**
 * Appends an audit event inside the caller's transaction: it commits with the change or not at all.
 * The database chains the row as it is inserted (position, previous hash, own hash; migration
 * 1764720000000-audit-hash-chain), in this same transaction; `pnpm audit:verify` checks the chain.
 */
export async function recordAudit(db: EntityManager, ctx: UseCaseContext, record: AuditRecord): Promise<void> {
  await db.query(
    `INSERT INTO audit_event (occurred_at, request_id, actor_label, actor_user_id, entity_type, entity_id, action,
                              from_state, to_state, comment, document_number, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      ctx.now,
      ctx.requestId,
      ctx.actor.label,
      ctx.actor.userId,
      record.entityType,
      record.entityId,
      record.action,
      record.fromState ?? null,
      record.toState ?? null,
      record.comment ?? null,
      record.documentNumber ?? null,
      JSON.stringify(record.data ?? {}),
    ],
  );
}
