import type { Actor } from '../auth/actor.js';
import type { UseCaseContext } from '../workflow/use-case.js';

/** Background jobs act as the system: their audit records name no person. */
export const SYSTEM_ACTOR: Actor = {
  userId: 'system',
  label: 'Hệ thống NVTT (tác vụ nền)',
  cadreId: null,
  memberships: [],
};

/** The use-case context of one job run; the request id ties its audit rows to the job. */
export function jobContext(jobId: string, now: Date = new Date()): UseCaseContext {
  return { actor: SYSTEM_ACTOR, now, requestId: `job:${jobId}` };
}

/** What graphile-worker adds to the payload of a job it scheduled from the crontab. */
export interface CronPayload {
  readonly _cron?: { readonly ts: string; readonly backfilled: boolean };
}
