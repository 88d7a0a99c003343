import { CHANGE_EVENT_TYPE_CODES, normalizeText, type ChangeEventType } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { newSecret } from '../../auth/secrets.js';
import { fail } from '../../graphql/user-error.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import { parseTargetUrl } from './webhook-target.js';

export interface WebhookSubscriptionRow {
  readonly id: number;
  readonly ownerUserId: number;
  readonly ownerUsername: string;
  readonly name: string;
  readonly targetUrl: string;
  readonly eventTypes: ChangeEventType[];
  readonly createdByLabel: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

export interface WebhookDeliveryRow {
  readonly id: string;
  readonly eventId: string;
  readonly eventType: ChangeEventType;
  readonly attempt: number;
  readonly attemptedAt: Date;
  readonly statusCode: number | null;
  readonly durationMs: number;
  readonly error: string | null;
  readonly deliveredAt: Date | null;
}

export interface WebhookInput {
  readonly ownerUsername: string;
  readonly name: string;
  readonly targetUrl: string;
  readonly eventTypes: readonly ChangeEventType[];
}

const COLUMNS = `w.id, w.owner_user_id AS "ownerUserId", u.username AS "ownerUsername", w.name, w.target_url AS "targetUrl",
  w.event_types AS "eventTypes", w.created_by_label AS "createdByLabel", w.created_at AS "createdAt", w.revoked_at AS "revokedAt"`;
const LIST_SQL = `SELECT ${COLUMNS} FROM webhook_subscription w JOIN app_user u ON u.id = w.owner_user_id
  WHERE $1::int IS NULL OR w.owner_user_id = $1 ORDER BY w.id DESC`;
const ONE_SQL = `SELECT ${COLUMNS} FROM webhook_subscription w JOIN app_user u ON u.id = w.owner_user_id WHERE w.id = $1`;
const OWNER_SQL = `SELECT id FROM app_user WHERE username = $1 AND NOT disabled`;
const INSERT_SQL = `INSERT INTO webhook_subscription (owner_user_id, name, target_url, event_types, secret, created_by_label, created_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`;
const REVOKE_SQL = `UPDATE webhook_subscription SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1`;
const DELIVERIES_SQL = `SELECT id::text AS id, audit_event_id::text AS "eventId", event_type AS "eventType", attempt,
  attempted_at AS "attemptedAt", status_code AS "statusCode", duration_ms AS "durationMs", error, delivered_at AS "deliveredAt"
  FROM webhook_delivery WHERE subscription_id = $1 ORDER BY id DESC LIMIT $2`;

const isAdmin = (actor: Actor) => actor.tokenScopes === undefined && (actor.globalRoles ?? []).includes('ADMIN');

/**
 * Webhook subscriptions (docs/change-feed.md): an administrator connects another system for an
 * owner account, whose scope decides which events are sent; the secret is shown once. Owners see
 * and may revoke their own. API tokens manage none (like tokens, which a token cannot create).
 */
export class WebhookService {
  constructor(private readonly db: DataSource) {}

  /** All subscriptions for an administrator, otherwise the actor's own. */
  list(actor: Actor): Promise<WebhookSubscriptionRow[]> {
    return this.db.query(LIST_SQL, [isAdmin(actor) ? null : Number(actor.userId)]);
  }

  /** The latest deliveries of a subscription the actor may see (null when they may not). */
  async deliveries(actor: Actor, subscriptionId: number, limit: number): Promise<WebhookDeliveryRow[] | null> {
    const [row]: WebhookSubscriptionRow[] = await this.db.query(ONE_SQL, [subscriptionId]);
    if (!row || !(isAdmin(actor) || row.ownerUserId === Number(actor.userId))) return null;
    return this.db.query(DELIVERIES_SQL, [subscriptionId, Math.min(Math.max(limit, 1), 200)]);
  }

  create(
    ctx: UseCaseContext,
    input: WebhookInput,
  ): Promise<UseCaseResult<{ secret: string; subscription: WebhookSubscriptionRow }>> {
    return runUseCase(this.db, async (db) => {
      if (!isAdmin(ctx.actor)) {
        fail('ACTOR_NOT_ALLOWED', {
          vi: 'Chỉ quản trị viên kết nối webhook.',
          en: 'Only an administrator connects webhooks.',
        });
      }
      const name = normalizeText(input.name);
      if (name === '' || name.length > 100) {
        fail(
          'INVALID_INPUT',
          { vi: 'Tên từ 1 đến 100 ký tự.', en: 'A name of 1 to 100 characters.' },
          { field: ['name'] },
        );
      }
      const target = parseTargetUrl(input.targetUrl);
      if ('reason' in target) fail('INVALID_INPUT', target.reason, { field: ['targetUrl'] });
      const eventTypes = CHANGE_EVENT_TYPE_CODES.filter((type) => input.eventTypes.includes(type));
      if (eventTypes.length === 0) {
        fail(
          'INVALID_INPUT',
          { vi: 'Chọn ít nhất một loại sự kiện.', en: 'Choose at least one event type.' },
          { field: ['eventTypes'] },
        );
      }
      const [owner] = await db.query(OWNER_SQL, [normalizeText(input.ownerUsername).toLowerCase()]);
      if (!owner) {
        fail('NOT_FOUND', { vi: 'Không tìm thấy tài khoản.', en: 'No such account.' }, { field: ['ownerUsername'] });
      }
      const secret = newSecret('whsec_');
      const [{ id }] = await db.query(INSERT_SQL, [
        owner.id,
        name,
        target.url,
        eventTypes,
        secret,
        ctx.actor.label,
        ctx.now,
      ]);
      await recordAudit(db, ctx, {
        entityType: 'WebhookSubscription',
        entityId: id,
        action: 'CREATE',
        data: { ownerUserId: owner.id, targetUrl: target.url, eventTypes },
      });
      const [subscription] = await db.query(ONE_SQL, [id]);
      return { secret, subscription: subscription as WebhookSubscriptionRow };
    });
  }

  /** Stops deliveries: queued ones find the subscription revoked and send nothing. */
  revoke(ctx: UseCaseContext, id: number): Promise<UseCaseResult<WebhookSubscriptionRow>> {
    return runUseCase(this.db, async (db) => {
      const [row]: WebhookSubscriptionRow[] = await db.query(`${ONE_SQL} FOR UPDATE OF w`, [id]);
      const allowed =
        row &&
        ctx.actor.tokenScopes === undefined &&
        (isAdmin(ctx.actor) || row.ownerUserId === Number(ctx.actor.userId));
      if (!row || !allowed) fail('NOT_FOUND', { vi: 'Không tìm thấy webhook.', en: 'No such webhook.' });
      await db.query(REVOKE_SQL, [id, ctx.now]);
      await recordAudit(db, ctx, { entityType: 'WebhookSubscription', entityId: id, action: 'REVOKE' });
      const [updated] = await db.query(ONE_SQL, [id]);
      return updated as WebhookSubscriptionRow;
    });
  }
}
