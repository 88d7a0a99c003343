import type { EntityManager } from 'typeorm';
import type { AuditRecord, UseCaseContext } from '../../workflow/use-case.js';

/** Records per statement: one statement per thousand rows keeps a 5,000-row import quick. */
const CHUNK = 1_000;

const INSERT_SQL = `
  INSERT INTO audit_event (occurred_at, request_id, actor_label, actor_user_id, entity_type, entity_id, action,
                           from_state, to_state, data)
  SELECT $1, $2, $3, $4, e.r->>'entityType', (e.r->>'entityId')::integer, e.r->>'action', e.r->>'fromState',
         e.r->>'toState', coalesce(e.r->'data', '{}')
    FROM jsonb_array_elements($5::jsonb) WITH ORDINALITY AS e(r, n)
   ORDER BY e.n`;

/**
 * Appends many audit records in the caller's transaction, as recordAudit does one by one. The
 * chain trigger runs per row, in insertion order (ORDER BY the list's position), and sees the
 * rows inserted before it by the same statement, so the hash chain links them in that order.
 */
export async function recordAudits(
  db: EntityManager,
  ctx: UseCaseContext,
  records: readonly AuditRecord[],
): Promise<void> {
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK).map((record) => ({
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      fromState: record.fromState ?? null,
      toState: record.toState ?? null,
      data: record.data ?? {},
    }));
    await db.query(INSERT_SQL, [ctx.now, ctx.requestId, ctx.actor.label, ctx.actor.userId, JSON.stringify(chunk)]);
  }
}
