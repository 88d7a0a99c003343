import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open data: the cycles whose completion figures Ban Tổ chức has opened to the public. A row per
 * opened cycle (none by default: every cycle starts closed); removing the row closes it again.
 */
export class OpenData1765411300000 implements MigrationInterface {
  name = 'OpenData1765411300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE open_data_release (
        cycle_id integer PRIMARY KEY REFERENCES cycle(id),
        opened_at timestamptz NOT NULL,
        opened_by text NOT NULL CHECK (length(opened_by) BETWEEN 1 AND 300)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE open_data_release`);
  }
}
