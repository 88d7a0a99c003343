import type { ImportAction, ImportEntity, ImportEntityCounts, ImportRowError, ImportRowOutcome } from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import type { AuditRecord } from '../../workflow/use-case.js';

/**
 * What an import would do, computed without writing: the outcome of each row, the counts per
 * entity, the errors, and the writes themselves as plain data. The digest of those writes goes
 * into the preview token, so apply writes exactly what was previewed or refuses.
 */
export interface ImportPlan {
  readonly rows: readonly ImportRowOutcome[];
  readonly errors: readonly ImportRowError[];
  readonly counts: readonly ImportEntityCounts[];
  /** Canonical JSON of every planned write (hashed into the token). */
  readonly writes: unknown;
  /** Performs the writes in the caller's transaction; returns the audit records to append. */
  apply(db: EntityManager): Promise<AuditRecord[]>;
}

/** Counts per entity, built as rows are classified. */
export class Counter {
  private readonly counts = new Map<ImportEntity, { create: number; update: number; unchanged: number }>();

  constructor(entities: readonly ImportEntity[]) {
    for (const entity of entities) this.counts.set(entity, { create: 0, update: 0, unchanged: 0 });
  }

  add(entity: ImportEntity, action: Exclude<ImportAction, 'ERROR'>): void {
    const count = this.counts.get(entity)!;
    if (action === 'CREATE') count.create++;
    else if (action === 'UPDATE') count.update++;
    else count.unchanged++;
  }

  list(): ImportEntityCounts[] {
    return [...this.counts].map(([entity, count]) => ({ entity, ...count }));
  }
}

/** Names of the fields whose planned value differs from the stored one (in the order given). */
export function changedFields(stored: object, planned: object): string[] {
  return Object.keys(planned).filter(
    (field) =>
      JSON.stringify((stored as Record<string, unknown>)[field] ?? null) !==
      JSON.stringify((planned as Record<string, unknown>)[field] ?? null),
  );
}

/** The row's action from its entity's: an error wins, then a change; unchanged otherwise. */
export function rowAction(failed: boolean, actions: ReadonlyArray<Exclude<ImportAction, 'ERROR'>>): ImportAction {
  if (failed) return 'ERROR';
  if (actions.includes('CREATE')) return 'CREATE';
  if (actions.includes('UPDATE')) return 'UPDATE';
  return 'UNCHANGED';
}

/** The outcome of a row that cannot be imported (its errors are listed apart). */
export function errorRow(row: number, key: string): ImportRowOutcome {
  return { row, key, action: 'ERROR', changes: [] };
}

/**
 * What a row does to one stored entity: create it (none stored), update the fields that differ, or
 * leave it unchanged. `stored` and `planned` are compared field by field as `changedFields` does.
 */
export function classify(
  stored: object | undefined,
  planned: object,
): { action: Exclude<ImportAction, 'ERROR'>; changes: string[] } {
  if (!stored) return { action: 'CREATE', changes: [] };
  const changes = changedFields(stored, planned);
  return { action: changes.length > 0 ? 'UPDATE' : 'UNCHANGED', changes };
}

/** A created or updated entity as the import writes it: its row, its code and what changed (none: created). */
export interface KeyedWrite {
  readonly row: number;
  readonly code: string;
  readonly changes: readonly string[];
}

/** The audit record of an imported entity with a code (a unit, a cadre). */
export function importAudit(entityType: string, entityId: number, write: KeyedWrite): AuditRecord {
  return {
    entityType,
    entityId,
    action: write.changes.length ? 'UPDATE' : 'CREATE',
    data: {
      source: 'IMPORT',
      row: write.row,
      code: write.code,
      ...(write.changes.length ? { changes: write.changes } : {}),
    },
  };
}

/** The rows of an `UPDATE … RETURNING`, which TypeORM answers as `[rows, count]`. */
export function returnedRows<Row>(result: unknown): Row[] {
  return (result as [Row[], number])[0];
}
