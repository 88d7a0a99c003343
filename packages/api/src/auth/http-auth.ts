import type express from 'express';
import type { Actor } from './actor.js';
import type { AuthService } from './auth.service.js';

export const SESSION_COOKIE = 'nvtt_session';

/** What the GraphQL layer may do with the HTTP exchange: read who is calling, set the session cookie. */
export interface HttpExchange {
  readonly address: string;
  readonly userAgent: string;
  readonly sessionToken: string | null;
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export function httpExchange(req: express.Request, res: express.Response, secureCookies: boolean): HttpExchange {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  return {
    address: req.ip ?? 'unknown',
    userAgent: req.header('user-agent') ?? '',
    sessionToken: cookies?.[SESSION_COOKIE] ?? null,
    setSession(token, expiresAt) {
      // HttpOnly: scripts never see it; SameSite=Lax: other sites' forms do not send it.
      res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        path: '/',
        expires: expiresAt,
      });
    },
    clearSession() {
      res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: secureCookies, path: '/' });
    },
  };
}

/** The actor of a request: a Bearer token (tools) or the session cookie (people). */
export async function actorOfRequest(auth: AuthService, req: express.Request, now: Date): Promise<Actor | null> {
  const authorization = req.header('authorization');
  if (authorization?.startsWith('Bearer ')) return auth.actorOfToken(authorization.slice('Bearer '.length).trim(), now);
  const token = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
  return token ? auth.actorOfSession(token, now) : null;
}
