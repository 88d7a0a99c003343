import type { DataSource } from 'typeorm';

export interface PendingJob {
  readonly key: string | null;
  readonly payload: unknown;
  readonly runAt: Date;
  readonly attempts: number;
}

/** The queued jobs of a task, oldest first (the public `jobs` view has no payload). */
export async function pendingJobs(db: DataSource, task: string): Promise<PendingJob[]> {
  return db.query(
    `SELECT j.key, j.payload, j.run_at AS "runAt", j.attempts
       FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = $1 ORDER BY j.id`,
    [task],
  );
}
