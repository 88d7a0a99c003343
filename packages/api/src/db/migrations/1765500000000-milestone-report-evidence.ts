import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence of a milestone report (minh chứng cho báo cáo mốc tiến độ): a piece of evidence may
 * name one progress report of its own task. The foreign key goes through (id, key_task_id), so the
 * database itself refuses a report of another task; the target says exactly which reference is set.
 */
export class MilestoneReportEvidence1765500000000 implements MigrationInterface {
  name = 'MilestoneReportEvidence1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE progress_report ADD CONSTRAINT progress_report_task_key UNIQUE (id, key_task_id)`);
    await db.query(`
      ALTER TABLE evidence
        ADD COLUMN progress_report_id integer,
        ADD CONSTRAINT evidence_progress_report_fk FOREIGN KEY (progress_report_id, key_task_id)
          REFERENCES progress_report (id, key_task_id),
        DROP CONSTRAINT evidence_target_check,
        ADD CONSTRAINT evidence_target_check
          CHECK (target IN ('TASK', 'OUTPUT', 'SELF_ASSESSMENT', 'MILESTONE_REPORT')),
        ADD CONSTRAINT evidence_progress_report_target
          CHECK ((target = 'MILESTONE_REPORT') = (progress_report_id IS NOT NULL))`);
    await db.query(
      `CREATE INDEX evidence_progress_report_idx ON evidence (progress_report_id) WHERE progress_report_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM evidence WHERE target = 'MILESTONE_REPORT'`);
    await db.query(`DROP INDEX evidence_progress_report_idx`);
    await db.query(`
      ALTER TABLE evidence
        DROP CONSTRAINT evidence_progress_report_target,
        DROP CONSTRAINT evidence_target_check,
        ADD CONSTRAINT evidence_target_check CHECK (target IN ('TASK', 'OUTPUT', 'SELF_ASSESSMENT')),
        DROP CONSTRAINT evidence_progress_report_fk,
        DROP COLUMN progress_report_id`);
    await db.query(`ALTER TABLE progress_report DROP CONSTRAINT progress_report_task_key`);
  }
}
