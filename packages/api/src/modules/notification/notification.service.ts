import type { NotificationKind } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { fail } from '../../graphql/user-error.js';
import { toConnection, type ConnectionResult, type PageRequest } from '../../graphql/relay.js';
import { runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';

export interface NotificationRow {
  readonly id: number;
  readonly kind: NotificationKind;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly bodyVi: string;
  readonly bodyEn: string;
  readonly link: string;
  readonly createdAt: Date;
  readonly readAt: Date | null;
  readonly emailedAt: Date | null;
}

// Every statement names the recipient: a user reads and marks only their own notifications.
const PAGE_SQL = `
  SELECT id::int, kind, title_vi AS "titleVi", title_en AS "titleEn", body_vi AS "bodyVi", body_en AS "bodyEn", link,
         created_at AS "createdAt", read_at AS "readAt", emailed_at AS "emailedAt"
    FROM notification
   WHERE recipient_user_id = $1 AND ($2::bigint IS NULL OR id < $2) AND (NOT $3 OR read_at IS NULL)
   ORDER BY id DESC LIMIT $4`;
const COUNT_SQL = `SELECT count(*)::int AS count FROM notification WHERE recipient_user_id = $1 AND (NOT $2 OR read_at IS NULL)`;
const MARK_SQL = `
  WITH marked AS (
    UPDATE notification SET read_at = $3
     WHERE recipient_user_id = $1 AND read_at IS NULL AND ($2::bigint[] IS NULL OR id = ANY($2))
    RETURNING 1)
  SELECT count(*)::int AS count FROM marked`;

/** The signed-in person's account number; null for callers that are no account (or a token that may not read it). */
export function recipientOf(actor: Actor): number | null {
  const id = Number(actor.userId);
  if (!Number.isInteger(id)) return null;
  // A token reads its owner's notifications only with a scope that reads names (they name tasks).
  if (actor.tokenScopes && !actor.tokenScopes.some((scope) => scope === 'DOSSIERS' || scope === 'WRITE')) return null;
  return id;
}

const MAX_IDS = 500;

/** The notification centre: each user's own notifications, newest first, and their read state. */
export class NotificationService {
  constructor(private readonly db: DataSource) {}

  async page(
    userId: number | null,
    page: PageRequest<number>,
    unreadOnly: boolean,
  ): Promise<ConnectionResult<NotificationRow>> {
    const rows: NotificationRow[] =
      userId === null || page.first === 0
        ? []
        : await this.db.query(PAGE_SQL, [userId, page.after, unreadOnly, page.first + 1]);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      () => this.count(userId, unreadOnly),
    );
  }

  async count(userId: number | null, unreadOnly: boolean): Promise<number> {
    if (userId === null) return 0;
    const rows: Array<{ count: number }> = await this.db.query(COUNT_SQL, [userId, unreadOnly]);
    return rows[0]?.count ?? 0;
  }

  /**
   * Marks the given notifications (or all) read. Read state is the reader's own view of their
   * list, like a mail client's: it changes no record of the work, so it writes no audit event.
   * Numbers that are not the caller's are ignored, exactly like numbers that do not exist.
   */
  markRead(
    ctx: UseCaseContext,
    ids: readonly number[] | null,
    all: boolean,
  ): Promise<UseCaseResult<{ marked: number }>> {
    return runUseCase(this.db, async (db) => {
      const userId = recipientOf(ctx.actor);
      if ((ids === null) === !all) {
        fail(
          'INVALID_INPUT',
          { vi: 'Chọn thông báo cần đánh dấu, hoặc đánh dấu tất cả.', en: 'Give the notifications to mark, or all.' },
          { field: ['ids'] },
        );
      }
      if (ids !== null && ids.length > MAX_IDS) {
        fail(
          'INVALID_INPUT',
          { vi: `Tối đa ${MAX_IDS} thông báo mỗi lần.`, en: `At most ${MAX_IDS} at a time.` },
          { field: ['ids'] },
        );
      }
      if (userId === null) return { marked: 0 };
      const rows: Array<{ count: number }> = await db.query(MARK_SQL, [userId, all ? null : ids, ctx.now]);
      return { marked: rows[0]?.count ?? 0 };
    });
  }
}
