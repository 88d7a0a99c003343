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
