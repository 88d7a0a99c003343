import { createHash } from 'node:crypto';
import type { ImportApplyResult, ImportKind, ImportPreview, ImportRowError } from '@nvtt/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { mayWrite, unitsInRole, type Actor } from '../../auth/actor.js';
import type { UseCaseContext } from '../../workflow/use-case.js';
import { recordAudits } from './audit-rows.js';
import { planCadres } from './cadres.plan.js';
import type { ImportPlan } from './plan.js';
import { readTable, type Table } from './read-table.js';
import { planTasks } from './tasks.plan.js';
import { planUnits } from './units.plan.js';

/** Serialises imports: two applies never plan against each other's half-written data. */
const IMPORT_LOCK = 6_222_025_009;
/** Cadres are locked as a registration locks its cadre, so no draft takes a number being imported. */
const LOCK_CADRES_SQL = 'SELECT id FROM cadre ORDER BY id FOR UPDATE';
const LOCK_SQL = 'SELECT pg_advisory_xact_lock($1)';

export type ImportRefusalCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INVALID_FILE' | 'HAS_ERRORS' | 'STALE_PREVIEW';

/** An import refused as a whole; nothing was written. */
export class ImportRefusal extends Error {
  constructor(
    readonly code: ImportRefusalCode,
    readonly vi: string,
    readonly en: string,
    readonly errors: readonly ImportRowError[] = [],
  ) {
    super(en);
  }
}

/** Ban Tổ chức (the consolidator) and account administrators import. */
export function mayImport(actor: Actor | null): actor is Actor {
  return (
    actor !== null && (unitsInRole(actor, 'CONSOLIDATOR').length > 0 || (actor.globalRoles ?? []).includes('ADMIN'))
  );
}

function requireImporter(actor: Actor | null, writing: boolean): void {
  if (actor === null) throw new ImportRefusal('UNAUTHENTICATED', 'Cần đăng nhập.', 'Sign-in required.');
  if (!mayImport(actor) || (writing && !mayWrite(actor))) {
    throw new ImportRefusal(
      'FORBIDDEN',
      'Chỉ Ban Tổ chức Tỉnh ủy và quản trị viên được nhập dữ liệu.',
      'Only the Organisation Commission and administrators may import data.',
    );
  }
}

function planOf(kind: ImportKind, db: EntityManager, table: Table, now: Date): Promise<ImportPlan> {
  switch (kind) {
    case 'UNITS':
      return planUnits(db, table);
    case 'CADRES':
      return planCadres(db, table);
    case 'TASKS':
      return planTasks(db, table, now);
    default: {
      const unreachable: never = kind;
      throw new Error(`Unknown import kind ${String(unreachable)}`);
    }
  }
}

/** Binds an apply to the file's bytes and to the exact writes the preview showed. */
function tokenOf(kind: ImportKind, bytes: Buffer, plan: ImportPlan): string {
  const file = createHash('sha256').update(bytes).digest('hex');
  return createHash('sha256')
    .update(JSON.stringify({ kind, file, writes: plan.writes }))
    .digest('hex');
}

function changes(plan: ImportPlan): number {
  return plan.counts.reduce((sum, count) => sum + count.create + count.update, 0);
}

/**
 * Upload → preview (nothing written) → apply (all or nothing, with its audit records, refused
 * while any row has an error or when the data or the file differ from what was previewed).
 */
export class ImportService {
  constructor(private readonly dataSource: DataSource) {}

  async preview(
    ctx: { readonly actor: Actor | null; readonly now: Date },
    kind: ImportKind,
    fileName: string,
    bytes: Buffer,
  ): Promise<ImportPreview> {
    requireImporter(ctx.actor, false);
    const table = await readTable(kind, bytes);
    // One snapshot for every read of the plan.
    const plan = await this.dataSource.transaction('REPEATABLE READ', (db) => planOf(kind, db, table, ctx.now));
    return {
      kind,
      fileName,
      sheet: table.sheet,
      dataRows: table.rows.length,
      token: tokenOf(kind, bytes, plan),
      counts: plan.counts,
      rows: plan.rows,
      // By row, keeping the order found within a row (stable sort).
      errors: [...plan.errors].sort((a, b) => a.row - b.row),
      canApply: plan.errors.length === 0 && changes(plan) > 0,
    };
  }

  async apply(
    request: { readonly actor: Actor | null; readonly now: Date; readonly requestId: string },
    kind: ImportKind,
    bytes: Buffer,
    token: string,
  ): Promise<ImportApplyResult> {
    requireImporter(request.actor, true);
    const ctx: UseCaseContext = { ...request, actor: request.actor! };
    const table = await readTable(kind, bytes);
    return this.dataSource.transaction(async (db) => {
      await db.query(LOCK_SQL, [IMPORT_LOCK]);
      if (kind === 'TASKS') await db.query(LOCK_CADRES_SQL);
      const plan = await planOf(kind, db, table, ctx.now);
      if (plan.errors.length > 0) {
        throw new ImportRefusal(
          'HAS_ERRORS',
          `Tệp còn ${plan.errors.length} lỗi: sửa rồi xem trước lại; chưa có gì được ghi.`,
          `The file still has ${plan.errors.length} errors: fix them and preview again; nothing was written.`,
          plan.errors,
        );
      }
      if (tokenOf(kind, bytes, plan) !== token) {
        throw new ImportRefusal(
          'STALE_PREVIEW',
          'Tệp hoặc dữ liệu trong hệ thống đã thay đổi từ lúc xem trước: hãy xem trước lại.',
          'The file or the data changed since the preview: preview again.',
        );
      }
      const audit = await plan.apply(db);
      await recordAudits(db, ctx, audit);
      return { kind, counts: plan.counts, auditRows: audit.length };
    });
  }
}
