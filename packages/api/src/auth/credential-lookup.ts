import { SESSION_POLICY, type TokenScope, type UnitRole } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { Actor, Membership } from './actor.js';

/**
 * `last_used_at` / `last_seen_at` are written at most once a minute per credential: a write on every
 * request would commit (and wait for the WAL flush) on every read the API answers.
 */
export const TOUCH_EVERY_MS = 60_000;

/**
 * One statement per request for a credential: it checks the credential (live, not revoked, not
 * expired, owner enabled) against the database on every request — so a revocation or a disabled
 * account takes effect on the very next request, whichever API process answers it — returns the
 * owner with their memberships, and touches the credential only when its last touch is over a
 * minute old (the data-modifying CTE runs whether or not the outer query reads it; when no row
 * qualifies, nothing is written and no transaction id is taken).
 */
const MEMBERSHIPS = `coalesce((SELECT json_agg(json_build_object('unitId', m.unit_id, 'role', m.role) ORDER BY m.unit_id, m.role)
                 FROM user_membership m WHERE m.user_id = hit.user_id), '[]'::json) AS memberships`;

const TOKEN_ACTOR_SQL = `
  WITH hit AS (
    SELECT t.id AS token_id, t.scopes, t.last_used_at, u.id AS user_id, u.display_name, u.cadre_id, u.global_roles
      FROM api_token t JOIN app_user u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND NOT u.disabled
  ), touched AS (
    UPDATE api_token SET last_used_at = $2 FROM hit
     WHERE api_token.id = hit.token_id AND (hit.last_used_at IS NULL OR hit.last_used_at <= $3)
    RETURNING 1
  )
  SELECT hit.user_id, hit.display_name, hit.cadre_id, hit.global_roles, hit.scopes, ${MEMBERSHIPS} FROM hit`;

const SESSION_ACTOR_SQL = `
  WITH hit AS (
    SELECT s.id_hash, s.last_seen_at, u.id AS user_id, u.display_name, u.cadre_id, u.global_roles
      FROM user_session s JOIN app_user u ON u.id = s.user_id
     WHERE s.id_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $4 AND NOT u.disabled
  ), touched AS (
    UPDATE user_session SET last_seen_at = $2 FROM hit
     WHERE user_session.id_hash = hit.id_hash AND hit.last_seen_at <= $3
    RETURNING 1
  )
  SELECT hit.user_id, hit.display_name, hit.cadre_id, hit.global_roles, ${MEMBERSHIPS} FROM hit`;

interface ActorRow {
  user_id: number;
  display_name: string;
  cadre_id: number | null;
  global_roles: Array<'VIEWER' | 'ADMIN'>;
  memberships: Array<{ unitId: number; role: UnitRole }>;
  scopes?: TokenScope[];
}

function toActor(row: ActorRow, extra: Pick<Actor, 'sessionHash' | 'tokenScopes'>): Actor {
  return {
    userId: String(row.user_id),
    label: row.display_name,
    cadreId: row.cadre_id,
    memberships: row.memberships.map((m): Membership => ({ unitId: m.unitId, role: m.role })),
    globalRoles: row.global_roles,
    ...extra,
  };
}

/** The actor of a Bearer token (by its hash), limited to the token's scopes; null if not live. */
export async function tokenActor(db: DataSource, tokenHash: string, now: Date): Promise<Actor | null> {
  const [row]: ActorRow[] = await db.query(TOKEN_ACTOR_SQL, [tokenHash, now, new Date(now.getTime() - TOUCH_EVERY_MS)]);
  return row ? toActor(row, { tokenScopes: row.scopes ?? [] }) : null;
}

/** The actor of a session (by its id hash) if it is live: not revoked, idle or expired. */
export async function sessionActor(db: DataSource, idHash: string, now: Date): Promise<Actor | null> {
  const [row]: ActorRow[] = await db.query(SESSION_ACTOR_SQL, [
    idHash,
    now,
    new Date(now.getTime() - TOUCH_EVERY_MS),
    new Date(now.getTime() - SESSION_POLICY.idleTimeoutMinutes * 60_000),
  ]);
  return row ? toActor(row, { sessionHash: idHash }) : null;
}
