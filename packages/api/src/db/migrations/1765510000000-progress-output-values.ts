import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress reports carry the actual values reached for the task's outputs (target vs actual during
 * the year, not only at self-assessment). Each report keeps what it said, as reported: the output's
 * position, name and unit at the time, and the value. The output itself keeps the latest actual and
 * when it was reported, which the dossier shows.
 */
export class ProgressOutputValues1765510000000 implements MigrationInterface {
  name = 'ProgressOutputValues1765510000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE progress_report
        ADD COLUMN output_values jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(output_values) = 'array')`);
    await db.query(`ALTER TABLE output_product ADD COLUMN actual_reported_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE output_product DROP COLUMN actual_reported_at`);
    await db.query(`ALTER TABLE progress_report DROP COLUMN output_values`);
  }
}
