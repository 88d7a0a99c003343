import http from 'node:http';
import https from 'node:https';
import type { UnitRole } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { isTaskInScope, taskScopeOf } from '../../auth/scope.js';
import { changeEventBody, loadChangeEvents } from './change-event.js';
import {
  ATTEMPT_HEADER,
  EVENT_ID_HEADER,
  EVENT_TYPE_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
} from './webhook-signature.js';
import { checkLiteralHost, guardedLookup } from './webhook-target.js';

export interface WebhookOptions {
  /** Allow targets on private, loopback and link-local addresses (an intranet receiver, tests). */
  readonly allowPrivateTargets: boolean;
  /** Attempts per event before giving up; graphile-worker waits exp(attempt) seconds between them. */
  readonly maxAttempts: number;
  /** How long one attempt may take. */
  readonly timeoutMs: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  allowPrivateTargets: false,
  maxAttempts: 12,
  timeoutMs: 10_000,
};

export interface DeliveryJob {
  readonly subscriptionId: number;
  readonly auditEventId: string;
}

export type DeliveryOutcome = 'DELIVERED' | 'ALREADY_DELIVERED' | 'REVOKED' | 'NOT_VISIBLE';

const SUBSCRIPTION_SQL = `SELECT owner_user_id AS "ownerUserId", target_url AS "targetUrl", event_types AS "eventTypes", secret,
  revoked_at AS "revokedAt" FROM webhook_subscription WHERE id = $1`;
const DELIVERED_SQL = `SELECT 1 FROM webhook_delivery WHERE subscription_id = $1 AND audit_event_id = $2 AND delivered_at IS NOT NULL`;
const LOG_SQL = `INSERT INTO webhook_delivery (subscription_id, audit_event_id, event_type, attempt, attempted_at, status_code,
  duration_ms, error, delivered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  ON CONFLICT (subscription_id, audit_event_id) WHERE delivered_at IS NOT NULL DO NOTHING`;
const OWNER_SQL = `SELECT u.id, u.display_name, u.cadre_id, u.global_roles,
  coalesce(json_agg(json_build_object('unitId', m.unit_id, 'role', m.role)) FILTER (WHERE m.unit_id IS NOT NULL), '[]') AS memberships
  FROM app_user u LEFT JOIN user_membership m ON m.user_id = u.id WHERE u.id = $1 AND NOT u.disabled GROUP BY u.id`;

/** The owner as an actor with a full session's scope; null once the account is disabled. */
async function ownerActor(db: DataSource, userId: number): Promise<Actor | null> {
  const [row] = await db.query(OWNER_SQL, [userId]);
  if (!row) return null;
  return {
    userId: String(row.id),
    label: row.display_name,
    cadreId: row.cadre_id,
    globalRoles: row.global_roles,
    memberships: (row.memberships as Array<{ unitId: number; role: UnitRole }>).map((m) => ({
      unitId: m.unitId,
      role: m.role,
    })),
  };
}

function post(url: URL, body: string, headers: Record<string, string>, options: WebhookOptions): Promise<number> {
  checkLiteralHost(url, options.allowPrivateTargets);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: options.timeoutMs,
        lookup: guardedLookup(options.allowPrivateTargets),
      },
      (response) => {
        // The answer's body is not needed; reading it frees the socket. Redirects are not followed.
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * One delivery attempt of one event to one subscription (a graphile-worker job; a thrown error
 * makes the queue retry it later with exponential back-off). Before sending it checks that the
 * subscription is still active, that the event was not already delivered (a job run again after a
 * restart sends nothing twice), and that the owner may still see the task.
 */
export async function deliverWebhook(
  db: DataSource,
  job: DeliveryJob,
  attempt: number,
  options: WebhookOptions,
  now: () => Date = () => new Date(),
): Promise<DeliveryOutcome> {
  const [subscription] = await db.query(SUBSCRIPTION_SQL, [job.subscriptionId]);
  if (!subscription || subscription.revokedAt !== null) return 'REVOKED';
  if ((await db.query(DELIVERED_SQL, [job.subscriptionId, job.auditEventId])).length > 0) return 'ALREADY_DELIVERED';
  const [event] = await loadChangeEvents(db, [job.auditEventId]);
  const owner = await ownerActor(db, subscription.ownerUserId);
  if (!event || !owner || !(subscription.eventTypes as string[]).includes(event.type)) return 'NOT_VISIBLE';
  if (!isTaskInScope(taskScopeOf(owner), event.task)) return 'NOT_VISIBLE';

  const body = JSON.stringify(changeEventBody(event));
  const attemptedAt = now();
  let status: number | null = null;
  let error: string | null = null;
  try {
    status = await post(
      new URL(subscription.targetUrl),
      body,
      {
        'content-type': 'application/json',
        'user-agent': 'NVTT-Webhooks/1',
        [SIGNATURE_HEADER]: signatureHeader(subscription.secret, body, attemptedAt),
        [EVENT_ID_HEADER]: event.id,
        [EVENT_TYPE_HEADER]: event.type,
        [ATTEMPT_HEADER]: String(attempt),
      },
      options,
    );
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (failure) {
    error = (failure instanceof Error ? failure.message : String(failure)).slice(0, 500);
  }
  const finishedAt = now();
  await db.query(LOG_SQL, [
    job.subscriptionId,
    job.auditEventId,
    event.type,
    attempt,
    attemptedAt,
    status,
    Math.max(0, finishedAt.getTime() - attemptedAt.getTime()),
    error,
    error === null ? finishedAt : null,
  ]);
  if (error !== null) throw new Error(`webhook ${job.subscriptionId}, event ${job.auditEventId}: ${error}`);
  return 'DELIVERED';
}
