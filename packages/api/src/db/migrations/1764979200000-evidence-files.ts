import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files: the name the cadre gave, the size, the media type detected from the content and
 * the SHA-256 of the bytes. The bytes live on disk, named by the evidence id (EVIDENCE_DIR).
 */
export class EvidenceFiles1764979200000 implements MigrationInterface {
  name = 'EvidenceFiles1764979200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE evidence
        ADD COLUMN file_name text CHECK (length(file_name) BETWEEN 1 AND 255),
        ADD COLUMN file_size integer CHECK (file_size > 0),
        ADD COLUMN content_type text CHECK (length(content_type) BETWEEN 1 AND 120),
        ADD COLUMN sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        ADD CONSTRAINT evidence_file_complete CHECK (
          kind <> 'FILE' OR (file_name IS NOT NULL AND file_size IS NOT NULL AND content_type IS NOT NULL AND sha256 IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE evidence
        DROP CONSTRAINT evidence_file_complete,
        DROP COLUMN file_name, DROP COLUMN file_size, DROP COLUMN content_type, DROP COLUMN sha256`);
  }
}
