import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation units, cycles and their deadlines. Codes are checked against the vocabulary of
 * packages/shared as it stood when this migration was written; later vocabularies add migrations.
 */
export class Foundation1764201600000 implements MigrationInterface {
  name = 'Foundation1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Names sort the Vietnamese way (a ă â … d đ …), whatever the server's default locale.
    await db.query(`CREATE COLLATION IF NOT EXISTS vietnamese (provider = icu, locale = 'vi')`);

    await db.query(`
      CREATE TABLE org_unit (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
        name text COLLATE vietnamese NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        kind text NOT NULL CHECK (kind IN (
          'PROVINCIAL_PARTY_COMMITTEE','PARTY_STANDING_COMMITTEE','PARTY_PERMANENT_BOARD',
          'PARTY_COMMISSION','PARTY_OFFICE','PARTY_COMMITTEE','PARTY_SCHOOL','PARTY_AFFAIRS_BOARD',
          'PARTY_DELEGATION','BLOC_PARTY_COMMITTEE','PEOPLES_COUNCIL','PEOPLES_COMMITTEE',
          'DEPARTMENT','AGENCY','MANAGEMENT_BOARD','FATHERLAND_FRONT','MASS_ORGANIZATION',
          'DISTRICT','COMMUNE','WARD','SPECIAL_ZONE')),
        sector text NOT NULL CHECK (sector IN (
          'PARTY','GOVERNMENT','COUNCIL','FRONT_MASS_ORG','ECONOMY','DEFENSE_SECURITY','LOCALITY')),
        roles text[] NOT NULL DEFAULT '{}'
          CHECK (roles <@ ARRAY['FOCAL','ADVISORY','CONSOLIDATOR','DECIDER']::text[]),
        abbreviation text CHECK (length(abbreviation) BETWEEN 1 AND 30),
        parent_id integer REFERENCES org_unit(id),
        legacy_district_id integer REFERENCES org_unit(id),
        valid_from date,
        valid_to date,
        search_text text NOT NULL,
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
        CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await db.query(`CREATE INDEX org_unit_parent_idx ON org_unit (parent_id)`);
    await db.query(`CREATE INDEX org_unit_kind_idx ON org_unit (kind)`);
    await db.query(`CREATE INDEX org_unit_search_idx ON org_unit USING gin (search_text gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE org_unit_successor (
        predecessor_id integer NOT NULL REFERENCES org_unit(id),
        successor_id integer NOT NULL REFERENCES org_unit(id),
        PRIMARY KEY (predecessor_id, successor_id),
        CHECK (predecessor_id <> successor_id)
      )`);
    await db.query(`CREATE INDEX org_unit_successor_successor_idx ON org_unit_successor (successor_id)`);

    await db.query(`
      CREATE TABLE cycle (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        year integer NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
        phase text NOT NULL CHECK (phase IN (
          'PREPARING','REGISTRATION','ASSIGNMENT','IMPLEMENTATION','EVALUATION','CLOSED')),
        tasks_per_cadre integer NOT NULL CHECK (tasks_per_cadre BETWEEN 1 AND 10),
        max_duration_months integer NOT NULL CHECK (max_duration_months BETWEEN 1 AND 60),
        progress_report_day integer NOT NULL CHECK (progress_report_day BETWEEN 1 AND 28),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE cycle_deadline (
        cycle_id integer NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN (
          'REGISTRATION_OPEN','REGISTER','APPRAISE_REGISTRATION','CONSOLIDATE','SUBMIT_TO_DECIDER',
          'DECIDE','PLAN','SELF_ASSESS','APPRAISE_RESULTS','ADVISORY_RESULTS','CONSOLIDATE_RESULTS',
          'CONCLUDE')),
        due_on date,
        PRIMARY KEY (cycle_id, stage)
      )`);

    await db.query(`
      CREATE TABLE seed_run (
        name text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE seed_run`);
    await db.query(`DROP TABLE cycle_deadline`);
    await db.query(`DROP TABLE cycle`);
    await db.query(`DROP TABLE org_unit_successor`);
    await db.query(`DROP TABLE org_unit`);
    await db.query(`DROP COLLATION vietnamese`);
  }
}
