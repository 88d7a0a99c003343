import { normalizeText, type UnitRole } from '@nvtt/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { UserErrorsException, fail, userError, type UserError } from '../graphql/user-error.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../workflow/use-case.js';
import { hashPassword } from './secrets.js';
import { SESSION_POLICY } from '@nvtt/shared';
import { escapeLike } from '../sql.js';

export interface AccountRow {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly cadreId: number | null;
  readonly cadreCode: string | null;
  readonly globalRoles: Array<'VIEWER' | 'ADMIN'>;
  readonly disabled: boolean;
  readonly createdAt: Date;
  readonly lastSignInAt: Date | null;
  readonly memberships: Array<{ unitId: number; role: UnitRole; head: boolean }>;
  readonly email: string | null;
}

export interface AccountInput {
  readonly displayName?: string | null;
  readonly cadreId?: number | null;
  /** The cadre by personnel code: administrators link accounts without seeing task data. */
  readonly cadreCode?: string | null;
  readonly globalRoles?: ReadonlyArray<'VIEWER' | 'ADMIN'> | null;
  /** `head`: the member heads the agency (reminders escalate to heads). */
  readonly memberships?: ReadonlyArray<{ unitId: number; role: UnitRole; head?: boolean }> | null;
  readonly disabled?: boolean | null;
  /** Where reminders are e-mailed; '' or null removes it. */
  readonly email?: string | null;
}

const SELECT = `
  SELECT u.id, u.username, u.display_name AS "displayName", u.cadre_id AS "cadreId", u.global_roles AS "globalRoles",
         (SELECT c.code FROM cadre c WHERE c.id = u.cadre_id) AS "cadreCode",
         u.disabled, u.email, u.created_at AS "createdAt",
         (SELECT max(s.created_at) FROM user_session s WHERE s.user_id = u.id) AS "lastSignInAt",
         coalesce((SELECT json_agg(json_build_object('unitId', m.unit_id, 'role', m.role, 'head', m.head) ORDER BY m.unit_id, m.role)
                     FROM user_membership m WHERE m.user_id = u.id), '[]') AS memberships
    FROM app_user u`;

const LIST_SQL = `${SELECT}
  WHERE $1 = '' OR u.username LIKE '%' || $1 || '%' ESCAPE '\\' OR lower(u.display_name) LIKE '%' || $1 || '%' ESCAPE '\\'
  ORDER BY u.username LIMIT 200`;
const ONE_SQL = `${SELECT} WHERE u.id = $1`;

function requireAdmin(ctx: UseCaseContext): void {
  if (!ctx.actor.globalRoles?.includes('ADMIN')) {
    fail('ACTOR_NOT_ALLOWED', {
      vi: 'Chỉ quản trị viên quản lý tài khoản.',
      en: 'Only an administrator manages accounts.',
    });
  }
}

/** An address as the database accepts it (migration 1765152000000), or null to remove it. */
function checkedEmail(raw: string | null): string | null {
  const email = normalizeText(raw ?? '');
  if (email === '') return null;
  if (email.length > 254 || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    fail(
      'INVALID_INPUT',
      { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'Not a valid e-mail address.' },
      { field: ['email'] },
    );
  }
  return email;
}

/** Account administration: who may sign in, as which cadre, for which agencies, in which roles. */
export class AccountService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: UseCaseContext, search: string | null): Promise<AccountRow[]> {
    requireAdmin(ctx);
    const words = normalizeText(search ?? '').toLowerCase();
    return this.db.query(LIST_SQL, [escapeLike(words)]);
  }

  create(
    ctx: UseCaseContext,
    username: string,
    password: string,
    input: AccountInput,
  ): Promise<UseCaseResult<AccountRow>> {
    return runUseCase(this.db, async (db) => {
      requireAdmin(ctx);
      const name = normalizeText(username).toLowerCase();
      const errors: UserError[] = [];
      if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(name)) {
        errors.push(
          userError(
            'INVALID_INPUT',
            {
              vi: 'Tên đăng nhập 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch.',
              en: 'Username: 3–64 of a-z, 0-9, ".", "_", "-".',
            },
            { field: ['username'] },
          ),
        );
      }
      if (password.length < SESSION_POLICY.minPasswordLength || password.length > 200) {
        errors.push(
          userError(
            'INVALID_INPUT',
            {
              vi: `Mật khẩu từ ${SESSION_POLICY.minPasswordLength} ký tự.`,
              en: `At least ${SESSION_POLICY.minPasswordLength} characters.`,
            },
            { field: ['password'] },
          ),
        );
      }
      if (errors.length) throw new UserErrorsException(errors);
      const [taken] = await db.query('SELECT 1 FROM app_user WHERE username = $1', [name]);
      if (taken)
        fail('CONFLICT', { vi: 'Tên đăng nhập đã có.', en: 'The username is taken.' }, { field: ['username'] });
      const [{ id }] = await db.query(
        `INSERT INTO app_user (username, display_name, password_hash, password_changed_at, created_at) VALUES ($1, $1, $2, $3, $3) RETURNING id`,
        [name, await hashPassword(password), ctx.now],
      );
      await this.apply(db, id, input);
      await recordAudit(db, ctx, { entityType: 'User', entityId: id, action: 'CREATE', data: { username: name } });
      return this.one(db, id);
    });
  }

  update(ctx: UseCaseContext, id: number, input: AccountInput): Promise<UseCaseResult<AccountRow>> {
    return runUseCase(this.db, async (db) => {
      requireAdmin(ctx);
      const [exists] = await db.query('SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE', [id]);
      if (!exists) fail('NOT_FOUND', { vi: 'Không tìm thấy tài khoản.', en: 'No such account.' });
      if (input.disabled === true && String(id) === ctx.actor.userId) {
        fail('CONFLICT', { vi: 'Không thể tự khóa tài khoản của mình.', en: 'You cannot disable your own account.' });
      }
      await this.apply(db, id, input);
      // A disabled account or changed roles take effect now: its sessions end.
      if (
        input.disabled === true ||
        input.memberships ||
        input.globalRoles ||
        input.cadreId !== undefined ||
        input.cadreCode
      ) {
        await db.query('UPDATE user_session SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [
          id,
          ctx.now,
        ]);
      }
      await recordAudit(db, ctx, { entityType: 'User', entityId: id, action: 'UPDATE', data: { ...input } });
      return this.one(db, id);
    });
  }

  private async apply(db: EntityManager, id: number, input: AccountInput): Promise<void> {
    if (input.displayName !== undefined && input.displayName !== null) {
      const name = normalizeText(input.displayName);
      if (name === '' || name.length > 200)
        fail(
          'INVALID_INPUT',
          { vi: 'Họ tên, chức vụ từ 1 đến 200 ký tự.', en: '1 to 200 characters.' },
          { field: ['displayName'] },
        );
      await db.query('UPDATE app_user SET display_name = $2 WHERE id = $1', [id, name]);
    }
    if (input.cadreId !== undefined) {
      if (input.cadreId !== null) {
        const [cadre] = await db.query('SELECT 1 FROM cadre WHERE id = $1', [input.cadreId]);
        if (!cadre) fail('NOT_FOUND', { vi: 'Không tìm thấy cán bộ.', en: 'No such cadre.' }, { field: ['cadre'] });
      }
      await db.query('UPDATE app_user SET cadre_id = $2 WHERE id = $1', [id, input.cadreId]);
    }
    if (input.cadreCode) {
      const [cadre] = await db.query('SELECT id FROM cadre WHERE code = $1', [
        normalizeText(input.cadreCode).toUpperCase(),
      ]);
      if (!cadre)
        fail(
          'NOT_FOUND',
          { vi: 'Không có cán bộ với mã này.', en: 'No cadre has this code.' },
          { field: ['cadreCode'] },
        );
      await db.query('UPDATE app_user SET cadre_id = $2 WHERE id = $1', [id, cadre.id]);
    }
    if (input.globalRoles)
      await db.query('UPDATE app_user SET global_roles = $2 WHERE id = $1', [id, [...new Set(input.globalRoles)]]);
    if (input.disabled !== undefined && input.disabled !== null)
      await db.query('UPDATE app_user SET disabled = $2 WHERE id = $1', [id, input.disabled]);
    if (input.email !== undefined)
      await db.query('UPDATE app_user SET email = $2 WHERE id = $1', [id, checkedEmail(input.email)]);
    if (input.memberships) {
      for (const membership of input.memberships) {
        const [unit] = await db.query('SELECT 1 FROM org_unit WHERE id = $1 AND $2 = ANY(roles)', [
          membership.unitId,
          membership.role,
        ]);
        if (!unit)
          fail(
            'INVALID_INPUT',
            { vi: 'Đơn vị không có vai trò này trong quy trình.', en: 'The unit does not have this role.' },
            { field: ['memberships'] },
          );
      }
      await db.query('DELETE FROM user_membership WHERE user_id = $1', [id]);
      for (const membership of input.memberships) {
        await db.query(
          'INSERT INTO user_membership (user_id, unit_id, role, head) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
          [id, membership.unitId, membership.role, membership.head ?? false],
        );
      }
    }
  }

  private async one(db: EntityManager, id: number): Promise<AccountRow> {
    const [row] = await db.query(ONE_SQL, [id]);
    return row as AccountRow;
  }
}
