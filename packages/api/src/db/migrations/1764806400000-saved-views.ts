import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Analysts' saved comparative views: a name and the view's canonical URL query, private or shared. */
export class SavedViews1764806400000 implements MigrationInterface {
  name = 'SavedViews1764806400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE saved_view (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        owner_user_id integer NOT NULL REFERENCES app_user(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        query text NOT NULL CHECK (length(query) BETWEEN 1 AND 2000),
        shared boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (owner_user_id, name)
      )`);
    await db.query(`CREATE INDEX saved_view_shared_idx ON saved_view (shared) WHERE shared`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE saved_view`);
  }
}
