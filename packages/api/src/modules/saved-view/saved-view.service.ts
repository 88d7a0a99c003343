import { isCanonicalView, normalizeText } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { fail } from '../../graphql/user-error.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';

export interface SavedViewRow {
  readonly id: number;
  readonly name: string;
  readonly query: string;
  readonly shared: boolean;
  readonly ownerUserId: number;
  readonly ownerName: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface SavedViewInput {
  readonly name: string;
  readonly query: string;
  readonly shared: boolean;
}

const COLUMNS = `v.id, v.name, v.query, v.shared, v.owner_user_id AS "ownerUserId", u.display_name AS "ownerName",
  v.created_at AS "createdAt", v.updated_at AS "updatedAt"`;
const LIST_SQL = `SELECT ${COLUMNS} FROM saved_view v JOIN app_user u ON u.id = v.owner_user_id
  WHERE v.owner_user_id = $1 OR v.shared ORDER BY v.owner_user_id = $1 DESC, v.name, v.id`;
const ONE_SQL = `SELECT ${COLUMNS} FROM saved_view v JOIN app_user u ON u.id = v.owner_user_id WHERE v.id = $1`;
// Saving under a name you already used replaces that view: analysts refine views in place.
const UPSERT_SQL = `INSERT INTO saved_view (owner_user_id, name, query, shared, created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $5)
  ON CONFLICT (owner_user_id, name) DO UPDATE SET query = excluded.query, shared = excluded.shared, updated_at = excluded.updated_at
  RETURNING id, (xmax = 0) AS created`;
// Wrapped in a SELECT so the driver answers rows, as for every other statement here.
const DELETE_SQL = `WITH gone AS (DELETE FROM saved_view WHERE id = $1 AND owner_user_id = $2 RETURNING id, name)
  SELECT id, name FROM gone`;

/** Saved comparative views: each user's own, plus those others chose to share. */
export class SavedViewService {
  constructor(private readonly db: DataSource) {}

  list(userId: number): Promise<SavedViewRow[]> {
    return this.db.query(LIST_SQL, [userId]);
  }

  save(ctx: UseCaseContext, input: SavedViewInput): Promise<UseCaseResult<SavedViewRow>> {
    return runUseCase(this.db, async (db) => {
      const userId = ownerOf(ctx);
      const name = normalizeText(input.name);
      if (name === '' || name.length > 120)
        fail(
          'INVALID_INPUT',
          { vi: 'Tên góc nhìn cần từ 1 đến 120 ký tự.', en: 'A view name takes 1 to 120 characters.' },
          { field: ['name'] },
        );
      if (input.query.length > 2000 || !isCanonicalView(input.query))
        fail(
          'INVALID_INPUT',
          {
            vi: 'Góc nhìn không hợp lệ; hãy lưu từ trang phân tích.',
            en: 'Not a valid view; save it from the analysis page.',
          },
          { field: ['query'] },
        );
      const [{ id, created }] = await db.query(UPSERT_SQL, [userId, name, input.query, input.shared, ctx.now]);
      await recordAudit(db, ctx, {
        entityType: 'SavedView',
        entityId: id,
        action: created ? 'CREATE' : 'UPDATE',
        data: { name, query: input.query, shared: input.shared },
      });
      const [row] = await db.query(ONE_SQL, [id]);
      return row as SavedViewRow;
    });
  }

  remove(ctx: UseCaseContext, id: number): Promise<UseCaseResult<{ id: number; name: string }>> {
    return runUseCase(this.db, async (db) => {
      const [row] = await db.query(DELETE_SQL, [id, ownerOf(ctx)]);
      if (!row) fail('NOT_FOUND', { vi: 'Không tìm thấy góc nhìn của bạn.', en: 'No such view of yours.' });
      await recordAudit(db, ctx, { entityType: 'SavedView', entityId: id, action: 'DELETE', data: { name: row.name } });
      return row as { id: number; name: string };
    });
  }
}

function ownerOf(ctx: UseCaseContext): number {
  const userId = Number(ctx.actor.userId);
  if (!Number.isInteger(userId) || userId <= 0 || ctx.actor.tokenScopes)
    fail('ACTOR_NOT_ALLOWED', {
      vi: 'Chỉ người dùng đăng nhập mới lưu được góc nhìn.',
      en: 'Only a signed-in user can save views.',
    });
  return userId;
}
