import type http from 'node:http';
import { SESSION_POLICY } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import type { AuthService } from '../../auth/auth.service.js';
import { SESSION_COOKIE } from '../../auth/http-auth.js';
import { secretHash } from '../../auth/secrets.js';

/** What a WebSocket connection signed in with, to check it again while the socket stays open. */
export type Credential =
  { readonly kind: 'session'; readonly hash: string } | { readonly kind: 'token'; readonly hash: string };

export interface ConnectionIdentity {
  readonly actor: Actor;
  readonly credential: Credential;
}

function cookieOf(request: http.IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Who opens a WebSocket: a tool with `{ "authorization": "Bearer <token>" }` in connection_init's
 * payload, or a browser with its session cookie on the upgrade request (whose Origin the server
 * has already checked: another site cannot ride the cookie, cross-site WebSocket hijacking).
 */
export async function identifyConnection(
  auth: AuthService,
  request: http.IncomingMessage,
  params: Readonly<Record<string, unknown>> | undefined,
  now: Date,
): Promise<ConnectionIdentity | null> {
  const authorization = params?.authorization;
  if (typeof authorization === 'string') {
    if (!authorization.startsWith('Bearer ')) return null;
    const token = authorization.slice('Bearer '.length).trim();
    const actor = await auth.actorOfToken(token, now);
    return actor ? { actor, credential: { kind: 'token', hash: secretHash(token) } } : null;
  }
  const session = cookieOf(request, SESSION_COOKIE);
  if (!session) return null;
  const actor = await auth.actorOfSession(session, now);
  return actor ? { actor, credential: { kind: 'session', hash: secretHash(session) } } : null;
}

// The same conditions as AuthService's sign-in checks, without touching `last_seen_at`: an open
// socket is no activity, so it does not keep an unattended session alive past its idle timeout.
const SESSION_LIVE = `SELECT 1 FROM user_session s JOIN app_user u ON u.id = s.user_id
  WHERE s.id_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3 AND NOT u.disabled`;
const TOKEN_LIVE = `SELECT 1 FROM api_token t JOIN app_user u ON u.id = t.user_id
  WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND NOT u.disabled`;

/** Whether the session or token is still valid (not revoked, expired, idle, or its user disabled). */
export async function credentialIsLive(db: DataSource, credential: Credential, now: Date): Promise<boolean> {
  switch (credential.kind) {
    case 'session': {
      const idleSince = new Date(now.getTime() - SESSION_POLICY.idleTimeoutMinutes * 60_000);
      return (await db.query(SESSION_LIVE, [credential.hash, now, idleSince])).length > 0;
    }
    case 'token':
      return (await db.query(TOKEN_LIVE, [credential.hash, now])).length > 0;
    default: {
      const unreachable: never = credential;
      return unreachable;
    }
  }
}

/**
 * Same-origin check of a browser's upgrade request: its Origin's host must be the Host it asked
 * for. Clients that are not browsers send no Origin and authenticate with a token or cookie they hold.
 */
export function originAllowed(request: http.IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
