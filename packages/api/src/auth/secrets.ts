import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id, 64 MiB, 3 passes: above OWASP's minimum (19 MiB, t=2) and affordable on these machines. */
const ARGON2 = { algorithm: 2, memoryCost: 65_536, timeCost: 3, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A fresh random secret (session id, API token), URL-safe. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Sessions and tokens are stored only as SHA-256 hashes: a database leak does not leak them. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A hash that takes as long as a real check, so unknown usernames cannot be told apart by timing. */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=65536,t=3,p=1$Hbb8R65g0gX1VJcQxN8jBg$NYyBI4uvOOdTSHmDZDz81ESD8urOTnETgbSCt4P9OE8';
