import { SESSION_POLICY, normalizeText, type UnitRole } from '@nvtt/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { fail } from '../graphql/user-error.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../workflow/use-case.js';
import type { Actor, Membership } from './actor.js';
import { sessionActor, tokenActor } from './credential-lookup.js';
import { DUMMY_PASSWORD_HASH, hashPassword, newSecret, secretHash, verifyPassword } from './secrets.js';

export interface SignInRequest {
  readonly username: string;
  readonly password: string;
  readonly address: string;
  readonly userAgent: string;
  readonly now: Date;
  /** The session being replaced (its cookie), revoked so a session id never outlives a sign-in. */
  readonly previousSession: string | null;
}

export interface SignedIn {
  readonly sessionToken: string;
  readonly expiresAt: Date;
  readonly actor: Actor;
}

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  cadre_id: number | null;
  global_roles: Array<'VIEWER' | 'ADMIN'>;
  disabled: boolean;
}

const MINUTE = 60_000;

/** Accounts and the ways in: password sign-in with server-side sessions, and API tokens. */
export class AuthService {
  constructor(private readonly db: DataSource) {}

  async signIn(request: SignInRequest): Promise<UseCaseResult<SignedIn>> {
    const username = normalizeText(request.username).toLowerCase();
    const since = new Date(request.now.getTime() - SESSION_POLICY.failureWindowMinutes * MINUTE);
    const [{ byAccount, byAddress }] = await this.db.query(
      `SELECT count(*) FILTER (WHERE username = $1)::int AS "byAccount", count(*) FILTER (WHERE address = $2)::int AS "byAddress"
         FROM login_failure WHERE failed_at > $3 AND (username = $1 OR address = $2)`,
      [username, request.address, since],
    );
    if (byAccount >= SESSION_POLICY.maxFailuresPerAccount || byAddress >= SESSION_POLICY.maxFailuresPerAddress) {
      return {
        ok: false,
        errors: [
          {
            code: 'THROTTLED',
            message: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${SESSION_POLICY.failureWindowMinutes} phút.`,
            messageEn: `Too many failed sign-ins. Try again in ${SESSION_POLICY.failureWindowMinutes} minutes.`,
            field: null,
            rule: null,
          },
        ],
      };
    }
    const [user]: UserRow[] = await this.db.query('SELECT * FROM app_user WHERE username = $1', [username]);
    const valid = await verifyPassword(user?.password_hash ?? DUMMY_PASSWORD_HASH, request.password);
    if (!user || !valid || user.disabled) {
      await this.db.query('INSERT INTO login_failure (username, address, failed_at) VALUES ($1, $2, $3)', [
        username,
        request.address,
        request.now,
      ]);
      return {
        ok: false,
        errors: [
          {
            code: 'INVALID_CREDENTIALS',
            message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
            messageEn: 'Wrong username or password.',
            field: null,
            rule: null,
          },
        ],
      };
    }
    const sessionToken = newSecret('s_');
    const expiresAt = new Date(request.now.getTime() + SESSION_POLICY.absoluteTimeoutHours * 60 * MINUTE);
    const actor = await this.actorOf(user, { sessionHash: secretHash(sessionToken) });
    await this.db.transaction(async (db) => {
      if (request.previousSession) {
        await db.query('UPDATE user_session SET revoked_at = $2 WHERE id_hash = $1 AND revoked_at IS NULL', [
          secretHash(request.previousSession),
          request.now,
        ]);
      }
      await db.query(
        `INSERT INTO user_session (id_hash, user_id, created_at, last_seen_at, expires_at, address, user_agent)
         VALUES ($1, $2, $3, $3, $4, $5, $6)`,
        [secretHash(sessionToken), user.id, request.now, expiresAt, request.address, request.userAgent.slice(0, 300)],
      );
      await db.query('DELETE FROM login_failure WHERE username = $1', [username]);
      await recordAudit(
        db,
        { actor, now: request.now, requestId: '' },
        { entityType: 'User', entityId: user.id, action: 'SIGN_IN' },
      );
    });
    return { ok: true, value: { sessionToken, expiresAt, actor } };
  }

  async signOut(sessionHash: string, now: Date): Promise<void> {
    await this.db.query('UPDATE user_session SET revoked_at = $2 WHERE id_hash = $1 AND revoked_at IS NULL', [
      sessionHash,
      now,
    ]);
  }

  /** Signs the user out everywhere (every session), e.g. after a lost device. */
  revokeAllSessions(ctx: UseCaseContext): Promise<UseCaseResult<number>> {
    return runUseCase(this.db, async (db) => {
      const userId = Number(ctx.actor.userId);
      const revoked = await db.query(
        'UPDATE user_session SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL RETURNING 1',
        [userId, ctx.now],
      );
      await recordAudit(db, ctx, { entityType: 'User', entityId: userId, action: 'REVOKE_SESSIONS' });
      return revoked.length;
    });
  }

  /** The actor of a session cookie, if the session is live (not revoked, idle or expired): one statement. */
  actorOfSession(sessionToken: string, now: Date): Promise<Actor | null> {
    return sessionActor(this.db, secretHash(sessionToken), now);
  }

  /** The actor of a Bearer token: its owner, limited to the token's scopes; one statement. */
  actorOfToken(token: string, now: Date): Promise<Actor | null> {
    return tokenActor(this.db, secretHash(token), now);
  }

  changePassword(ctx: UseCaseContext, current: string, next: string): Promise<UseCaseResult<boolean>> {
    return runUseCase(this.db, async (db) => {
      const userId = Number(ctx.actor.userId);
      const [user] = await db.query('SELECT password_hash FROM app_user WHERE id = $1 FOR UPDATE', [userId]);
      if (!user || !(await verifyPassword(user.password_hash, current))) {
        fail(
          'INVALID_INPUT',
          { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
          { field: ['current'] },
        );
      }
      await this.setPassword(db, userId, next, ctx);
      // Other sessions end: whoever knew the old password is signed out.
      await db.query(
        'UPDATE user_session SET revoked_at = $3 WHERE user_id = $1 AND id_hash <> $2 AND revoked_at IS NULL',
        [userId, ctx.actor.sessionHash ?? '', ctx.now],
      );
      return true;
    });
  }

  adminResetPassword(ctx: UseCaseContext, userId: number, next: string): Promise<UseCaseResult<boolean>> {
    return runUseCase(this.db, async (db) => {
      if (!ctx.actor.globalRoles?.includes('ADMIN')) {
        fail('ACTOR_NOT_ALLOWED', {
          vi: 'Chỉ quản trị viên đặt lại mật khẩu.',
          en: 'Only an administrator resets passwords.',
        });
      }
      const [user] = await db.query('SELECT id FROM app_user WHERE id = $1 FOR UPDATE', [userId]);
      if (!user) fail('NOT_FOUND', { vi: 'Không tìm thấy tài khoản.', en: 'No such account.' });
      await this.setPassword(db, userId, next, ctx);
      await db.query('UPDATE user_session SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [
        userId,
        ctx.now,
      ]);
      return true;
    });
  }

  private async setPassword(db: EntityManager, userId: number, next: string, ctx: UseCaseContext): Promise<void> {
    if (next.length < SESSION_POLICY.minPasswordLength || next.length > 200) {
      fail(
        'INVALID_INPUT',
        {
          vi: `Mật khẩu mới cần từ ${SESSION_POLICY.minPasswordLength} đến 200 ký tự.`,
          en: `A new password has ${SESSION_POLICY.minPasswordLength} to 200 characters.`,
        },
        { field: ['next'] },
      );
    }
    await db.query('UPDATE app_user SET password_hash = $2, password_changed_at = $3 WHERE id = $1', [
      userId,
      await hashPassword(next),
      ctx.now,
    ]);
    await recordAudit(db, ctx, { entityType: 'User', entityId: userId, action: 'SET_PASSWORD' });
  }

  private async actorOf(user: UserRow, extra: Pick<Actor, 'sessionHash' | 'tokenScopes'>): Promise<Actor> {
    const memberships: Array<{ unit_id: number; role: UnitRole }> = await this.db.query(
      'SELECT unit_id, role FROM user_membership WHERE user_id = $1',
      [user.id],
    );
    return {
      userId: String(user.id),
      label: user.display_name,
      cadreId: user.cadre_id,
      memberships: memberships.map((row): Membership => ({ unitId: row.unit_id, role: row.role })),
      globalRoles: user.global_roles,
      ...extra,
    };
  }
}
