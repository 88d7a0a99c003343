import { normalizeText, type TokenScope } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { fail } from '../graphql/user-error.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../workflow/use-case.js';
import { newSecret, secretHash } from './secrets.js';

export interface ApiTokenRow {
  readonly id: number;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: TokenScope[];
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
  readonly lastUsedAt: Date | null;
}

const COLUMNS = `id, name, prefix, scopes, created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;
const MAX_DAYS = 366;
const LIST_SQL = `SELECT ${COLUMNS} FROM api_token WHERE user_id = $1 ORDER BY id DESC`;
const INSERT_SQL = `INSERT INTO api_token (user_id, name, token_hash, prefix, scopes, created_at, expires_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`;
const REVOKE_SQL = `UPDATE api_token SET revoked_at = coalesce(revoked_at, $3) WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`;

/** API tokens for other tools: created by a user, shown once, stored hashed, scoped, expiring, revocable. */
export class TokenService {
  constructor(private readonly db: DataSource) {}

  list(userId: number): Promise<ApiTokenRow[]> {
    return this.db.query(LIST_SQL, [userId]);
  }

  create(
    ctx: UseCaseContext,
    name: string,
    scopes: readonly TokenScope[],
    days: number,
  ): Promise<UseCaseResult<{ token: string; apiToken: ApiTokenRow }>> {
    return runUseCase(this.db, async (db) => {
      if (ctx.actor.tokenScopes)
        fail('ACTOR_NOT_ALLOWED', {
          vi: 'Không thể tạo khóa API bằng một khóa API.',
          en: 'A token cannot create tokens.',
        });
      const label = normalizeText(name);
      if (label === '' || label.length > 100)
        fail(
          'INVALID_INPUT',
          { vi: 'Tên khóa từ 1 đến 100 ký tự.', en: 'A name of 1 to 100 characters.' },
          { field: ['name'] },
        );
      if (scopes.length === 0)
        fail(
          'INVALID_INPUT',
          { vi: 'Chọn ít nhất một phạm vi.', en: 'Choose at least one scope.' },
          { field: ['scopes'] },
        );
      if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
        fail(
          'INVALID_INPUT',
          { vi: `Thời hạn từ 1 đến ${MAX_DAYS} ngày.`, en: `Valid for 1 to ${MAX_DAYS} days.` },
          { field: ['expiresInDays'] },
        );
      }
      const token = newSecret('nvtt_');
      const expiresAt = new Date(ctx.now.getTime() + days * 86_400_000);
      const [row] = await db.query(INSERT_SQL, [
        Number(ctx.actor.userId),
        label,
        secretHash(token),
        token.slice(0, 9),
        [...new Set(scopes)],
        ctx.now,
        expiresAt,
      ]);
      await recordAudit(db, ctx, {
        entityType: 'ApiToken',
        entityId: row.id,
        action: 'CREATE',
        data: { scopes, expiresAt },
      });
      return { token, apiToken: row as ApiTokenRow };
    });
  }

  revoke(ctx: UseCaseContext, id: number): Promise<UseCaseResult<ApiTokenRow>> {
    return runUseCase(this.db, async (db) => {
      const [row] = await db.query(REVOKE_SQL, [id, Number(ctx.actor.userId), ctx.now]);
      if (!row) fail('NOT_FOUND', { vi: 'Không tìm thấy khóa API.', en: 'No such token.' });
      await recordAudit(db, ctx, { entityType: 'ApiToken', entityId: id, action: 'REVOKE' });
      return row as ApiTokenRow;
    });
  }
}
