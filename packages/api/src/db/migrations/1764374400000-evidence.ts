import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence (minh chứng) for a task, an output or a self-assessment, and its verification. */
export class Evidence1764374400000 implements MigrationInterface {
  name = 'Evidence1764374400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evidence (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_task_id integer NOT NULL REFERENCES key_task(id),
        target text NOT NULL CHECK (target IN ('TASK', 'OUTPUT', 'SELF_ASSESSMENT')),
        output_ordinal integer CHECK (output_ordinal BETWEEN 1 AND 20),
        kind text NOT NULL CHECK (kind IN ('DOCUMENT', 'FILE')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        document_number text CHECK (length(document_number) BETWEEN 1 AND 60),
        document_date date,
        issuer text CHECK (length(issuer) BETWEEN 1 AND 200),
        verification text NOT NULL DEFAULT 'PENDING' CHECK (verification IN ('PENDING', 'VERIFIED', 'REJECTED')),
        verification_note text CHECK (length(verification_note) <= 2000),
        verified_by_label text,
        verified_at timestamptz,
        added_by_label text NOT NULL,
        added_at timestamptz NOT NULL,
        CHECK ((target = 'OUTPUT') = (output_ordinal IS NOT NULL)),
        CHECK (kind <> 'DOCUMENT' OR (document_number IS NOT NULL AND document_date IS NOT NULL AND issuer IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX evidence_task_idx ON evidence (key_task_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evidence`);
  }
}
