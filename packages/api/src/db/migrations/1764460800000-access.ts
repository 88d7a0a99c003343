import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, server-side sessions, sign-in throttling and API tokens — all in PostgreSQL so that
 * several API processes share them. Secrets are stored only as hashes.
 */
export class Access1764460800000 implements MigrationInterface {
  name = 'Access1764460800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_user (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        cadre_id integer REFERENCES cadre(id),
        global_roles text[] NOT NULL DEFAULT '{}' CHECK (global_roles <@ ARRAY['VIEWER','ADMIN']::text[]),
        disabled boolean NOT NULL DEFAULT false,
        password_changed_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE user_membership (
        user_id integer NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        unit_id integer NOT NULL REFERENCES org_unit(id),
        role text NOT NULL CHECK (role IN ('FOCAL','ADVISORY','CONSOLIDATOR','DECIDER')),
        PRIMARY KEY (user_id, unit_id, role)
      )`);
    await db.query(`
      CREATE TABLE user_session (
        id_hash text PRIMARY KEY,
        user_id integer NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        address text,
        user_agent text CHECK (length(user_agent) <= 300)
      )`);
    await db.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await db.query(`
      CREATE TABLE login_failure (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username text NOT NULL,
        address text NOT NULL,
        failed_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX login_failure_username_idx ON login_failure (username, failed_at)`);
    await db.query(`CREATE INDEX login_failure_address_idx ON login_failure (address, failed_at)`);
    await db.query(`
      CREATE TABLE api_token (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id integer NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        token_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        scopes text[] NOT NULL CHECK (scopes <@ ARRAY['AGGREGATES','DOSSIERS','WRITE','INTROSPECTION']::text[] AND cardinality(scopes) > 0),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE api_token, login_failure, user_session, user_membership, app_user`);
  }
}
