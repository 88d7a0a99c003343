import type { CronItem, Task } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { enqueueJob } from '../../jobs/job-queue.js';
import type { CronPayload } from '../../jobs/system-context.js';
import type { Logger } from '../../logger.js';
import { loadChangeEvents } from './change-event.js';
import { recordPassedDeadlines } from './deadline-passed.job.js';
import { deliverWebhook, type DeliveryJob, type WebhookOptions } from './webhook-delivery.js';

declare global {
  namespace GraphileWorker {
    interface Tasks {
      /** Added by the audit_event trigger (migration 1765324800000) in the writing transaction. */
      'webhooks.fan-out': { readonly auditEventId: string };
      'webhooks.deliver': DeliveryJob;
      'deadlines.record-passed': CronPayload;
    }
  }
}

const SUBSCRIBERS_SQL = `SELECT id FROM webhook_subscription WHERE revoked_at IS NULL AND $1 = ANY(event_types) ORDER BY id`;

/** The job key of one event's delivery to one subscription: at most one pending job for the pair. */
export const deliveryJobKey = (subscriptionId: number, auditEventId: string) =>
  `webhook:${subscriptionId}:${auditEventId}`;

export function changeFeedTasks(
  dataSource: DataSource,
  logger: Logger,
  options: WebhookOptions,
): {
  'webhooks.fan-out': Task<'webhooks.fan-out'>;
  'webhooks.deliver': Task<'webhooks.deliver'>;
  'deadlines.record-passed': Task<'deadlines.record-passed'>;
} {
  return {
    // One delivery job per active subscription wanting this kind of event, added in one transaction.
    'webhooks.fan-out': async ({ auditEventId }) => {
      const [event] = await loadChangeEvents(dataSource, [auditEventId]);
      if (!event) return;
      await dataSource.transaction(async (db) => {
        const subscriptions: Array<{ id: number }> = await db.query(SUBSCRIBERS_SQL, [event.type]);
        for (const { id } of subscriptions) {
          await enqueueJob(
            db,
            'webhooks.deliver',
            { subscriptionId: id, auditEventId },
            { jobKey: deliveryJobKey(id, auditEventId), maxAttempts: options.maxAttempts },
          );
        }
      });
    },
    'webhooks.deliver': async (job, helpers) => {
      const outcome = await deliverWebhook(dataSource, job, helpers.job.attempts, options);
      logger.debug({ ...job, outcome }, 'webhook delivery');
    },
    'deadlines.record-passed': async (_payload, helpers) => {
      const passed = await recordPassedDeadlines(dataSource, helpers.job.id, new Date());
      if (passed.length > 0) logger.info({ deadlines: passed.length }, 'passed deadlines recorded');
    },
  };
}

/** Hourly at :05 (UTC; deadlines end at the province's midnight, 17:00 UTC): a missed hour is caught up. */
export const DEADLINE_PASSED_SCHEDULE: CronItem = {
  task: 'deadlines.record-passed',
  match: '5 * * * *',
  identifier: 'deadlines.record-passed',
  options: { backfillPeriod: 60 * 60 * 1000 },
};
