import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { enqueueJob, startJobWorker } from '../src/jobs/job-queue.js';
import { createJobTasks } from '../src/jobs/tasks.js';
import { createLogger } from '../src/logger.js';
import { messageIdOf } from '../src/modules/notification/mailer.js';
import { DEFAULT_REMINDER_POLICY } from '@nvtt/shared';
import type { NotificationConfig } from '../src/modules/notification/notification-config.js';
import { reminderWorld } from './support/reminders-world.js';
import { createTestDatabase } from './support/test-app.js';

interface Received {
  readonly to: string[];
  readonly messageId: string;
  readonly raw: string;
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
let smtp: SMTPServer;
const received: Received[] = [];
let port = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource(database.url);
  await db.initialize();
  // A local SMTP server: plain text (no STARTTLS), no authentication, keeps every message it accepts.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '',
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db.destroy();
  await database.drop();
});

const FROM = 'NVTT Khánh Hòa <nvtt@khanhhoa.example>';
const config = (): NotificationConfig => ({
  policy: DEFAULT_REMINDER_POLICY,
  mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM },
  publicUrl: 'https://nvtt.khanhhoa.example',
});

const QUEUED = `
  SELECT count(*)::int AS count, string_agg(j.last_error, '; ') AS errors
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
   WHERE t.identifier IN ('reminders.scan', 'notifications.email')`;

/** Waits until the worker has run every reminder and e-mail job (a failing one fails the test). */
async function drained(): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const rows: Array<{ count: number; errors: string | null }> = await db.query(QUEUED);
    const { count, errors } = rows[0]!;
    if (count === 0) return;
    if (errors) throw new Error(`a job failed: ${errors}`);
    if (Date.now() > deadline) throw new Error(`${count} job(s) still queued`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One process's life: a worker started, the hourly scan run once, the queue drained, the worker stopped. */
async function processLife(asOf: string, before?: () => Promise<void>): Promise<void> {
  const worker = await startJobWorker({
    connectionString: database.url,
    tasks: createJobTasks({ dataSource: db, logger: createLogger('silent'), notifications: config() }),
    schedule: [],
    concurrency: 2,
    logger: createLogger('silent'),
    pollIntervalMs: 200,
  });
  try {
    await before?.();
    await enqueueJob(db, 'reminders.scan', { asOf });
    await drained();
  } finally {
    await worker.stop();
  }
}

describe('reminders by e-mail through SMTP', () => {
  it('sends each notification once, across a worker restart and a repeated delivery job', async () => {
    const world = await reminderWorld(db, 2040);
    await world.task('A', 1, 'DRAFT');
    await world.task('B', 1, 'SUBMITTED');
    await db.query(`UPDATE app_user SET email = NULL WHERE id = $1`, [world.users.ubnd]);
    const asOf = '2039-11-10T05:00:00Z';

    await processLife(asOf);
    const sent: Array<{ id: number; email: string; emailedAt: Date | null }> = await db.query(
      `SELECT n.id::int, u.email, n.emailed_at AS "emailedAt" FROM notification n
         JOIN app_user u ON u.id = n.recipient_user_id ORDER BY n.id`,
    );
    // The cadre (overdue), the DU_CQD head (escalation) by e-mail; DU_UBND's reviewer has no address.
    expect(sent.map((row) => row.email)).toEqual(['canbo-a-2040@example.org', 'truong-cqd-2040@example.org', null]);
    expect(sent.map((row) => row.emailedAt !== null)).toEqual([true, true, false]);
    // Two delivery jobs may run side by side: compare without order.
    expect(received.map((mail) => mail.to.join()).sort()).toEqual([
      'canbo-a-2040@example.org',
      'truong-cqd-2040@example.org',
    ]);
    expect(received.map((mail) => mail.messageId).sort()).toEqual(
      [messageIdOf(sent[0]!.id, FROM), messageIdOf(sent[1]!.id, FROM)].sort(),
    );
    expect(received.find((mail) => mail.to[0] === 'canbo-a-2040@example.org')!.raw).toContain(
      'https://nvtt.khanhhoa.example/my-tasks',
    );

    // A restart: a new worker, the same scan again, and a delivery job queued again for a sent
    // notification (as a retry after a crash would): nothing new reaches the SMTP server.
    await processLife(asOf, () =>
      enqueueJob(db, 'notifications.email', { notificationId: sent[0]!.id }, { jobKey: 'retried-delivery' }),
    );
    expect(received).toHaveLength(2);
    const [{ audits }] = await db.query(
      `SELECT count(*)::int AS audits FROM audit_event WHERE action = 'EMAIL_SENT' AND entity_type = 'Notification'`,
    );
    expect(audits).toBe(2);

    // A new reason (the day before DU_UBND's deadline, its reviewer now with an address) sends
    // only the new notification; the earlier one stays in the app, as it was created.
    await db.query(`UPDATE app_user SET email = 'daumoi-ubnd-2040@example.org' WHERE id = $1`, [world.users.ubnd]);
    await processLife('2039-11-14T05:00:00Z');
    expect(received).toHaveLength(3);
    expect(received[2]!.to).toEqual(['daumoi-ubnd-2040@example.org']);
    const ids = received.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(3);
  });
});
