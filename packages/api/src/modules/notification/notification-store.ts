import type { EntityManager } from 'typeorm';
import { enqueueJob } from '../../jobs/job-queue.js';
import type { NotificationText } from './reminder-texts.js';

/** A notification to create, unless its recipient already has one with the same dedupe key. */
export interface NewNotification extends NotificationText {
  readonly recipientUserId: number;
  /** A path of the dashboard, e.g. /inbox. */
  readonly link: string;
  readonly dedupeKey: string;
}

export interface CreatedNotification {
  readonly id: number;
  readonly kind: NewNotification['kind'];
}

const INSERT = `
  INSERT INTO notification (recipient_user_id, kind, title_vi, title_en, body_vi, body_en, link, dedupe_key, created_at)
  SELECT *, $9::timestamptz FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
  ON CONFLICT (recipient_user_id, dedupe_key) DO NOTHING
  RETURNING id::int, kind`;

/** The new notifications whose recipient has an address to write to (and may still sign in). */
const WITH_ADDRESS = `
  SELECT n.id::int FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
   WHERE n.id = ANY($1::bigint[]) AND u.email IS NOT NULL AND NOT u.disabled ORDER BY n.id`;

/** The job key of a notification's e-mail: one pending delivery per notification, ever. */
export function emailJobKey(notificationId: number): string {
  return `notification-email:${notificationId}`;
}

/**
 * Creates the notifications not created before (the unique dedupe key per recipient decides, in the
 * database, so two scans at once or a scan re-run after a restart add nothing) and, when e-mail is
 * on, queues one delivery job per new notification in the same transaction.
 */
export async function createNotifications(
  db: EntityManager,
  rows: readonly NewNotification[],
  now: Date,
  email: boolean,
): Promise<CreatedNotification[]> {
  if (rows.length === 0) return [];
  const created: CreatedNotification[] = await db.query(INSERT, [
    rows.map((row) => row.recipientUserId),
    rows.map((row) => row.kind),
    rows.map((row) => row.titleVi),
    rows.map((row) => row.titleEn),
    rows.map((row) => row.bodyVi),
    rows.map((row) => row.bodyEn),
    rows.map((row) => row.link),
    rows.map((row) => row.dedupeKey),
    now,
  ]);
  if (email && created.length > 0) {
    const addressed: Array<{ id: number }> = await db.query(WITH_ADDRESS, [created.map((row) => row.id)]);
    for (const { id } of addressed) {
      await enqueueJob(db, 'notifications.email', { notificationId: id }, { jobKey: emailJobKey(id), maxAttempts: 10 });
    }
  }
  return created;
}
