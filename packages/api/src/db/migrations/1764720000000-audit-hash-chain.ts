import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail as a hash chain. Rows were already insert-only (triggers refuse UPDATE, DELETE
 * and TRUNCATE); now each row also carries its place in the chain (`chain_seq`), the previous
 * row's hash and its own: SHA-256 over the previous hash and the row's content. Changing,
 * removing or inserting a row anywhere but at the end breaks every later link, which
 * `pnpm audit:verify` (packages/api/src/cli/audit-verify.ts) detects by recomputing each hash in
 * Node from the columns — without trusting the database functions below.
 *
 * A BEFORE INSERT trigger fills the three columns in the inserting transaction, so a change and
 * its audit row still commit together. Appends are serialised by a transaction-scoped advisory
 * lock: two transactions never chain to the same predecessor; the lock is held until commit.
 * The chain follows `chain_seq`, not `id`: identity values are handed out before the lock, so
 * ids and commit order may differ.
 */

/** Advisory lock key of the audit chain (any constant unique in this database). */
export const AUDIT_CHAIN_LOCK = 6_222_025_001;

/** The canonical text of a row, version 1. audit-chain.ts builds the same text in Node. */
const MESSAGE_FUNCTION = `
  CREATE FUNCTION audit_event_message(
    chain_seq bigint, id bigint, occurred_at timestamptz, request_id text, actor_label text, actor_user_id text,
    entity_type text, entity_id integer, action text, from_state text, to_state text, comment text,
    document_number text, data jsonb, prev_hash bytea
  ) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'nvtt-audit-v1|' || encode(prev_hash, 'hex') || '|' || string_agg(
      CASE WHEN f IS NULL THEN '~' ELSE octet_length(f)::text || ':' || f END, '|' ORDER BY n)
    FROM unnest(ARRAY[
      chain_seq::text, id::text, (extract(epoch FROM occurred_at) * 1000000)::bigint::text, request_id,
      actor_label, actor_user_id, entity_type, entity_id::text, action, from_state, to_state, comment,
      document_number, data::text
    ]) WITH ORDINALITY AS t(f, n)
  $$`;

const CHAIN_FUNCTION = `
  CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    last_seq bigint;
    last_hash bytea;
  BEGIN
    PERFORM pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK});
    SELECT chain_seq, hash INTO last_seq, last_hash FROM audit_event ORDER BY chain_seq DESC LIMIT 1;
    NEW.chain_seq := coalesce(last_seq, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    NEW.hash := sha256(convert_to(audit_event_message(
      NEW.chain_seq, NEW.id, NEW.occurred_at, NEW.request_id, NEW.actor_label, NEW.actor_user_id, NEW.entity_type,
      NEW.entity_id, NEW.action, NEW.from_state, NEW.to_state, NEW.comment, NEW.document_number, NEW.data,
      NEW.prev_hash), 'UTF8'));
    RETURN NEW;
  END $$`;

/** Chains the rows written before this migration, oldest first. */
const BACKFILL = `
  DO $$
  DECLARE
    r record;
    seq bigint := 0;
    prev bytea := '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
  BEGIN
    FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
      seq := seq + 1;
      UPDATE audit_event SET chain_seq = seq, prev_hash = prev,
        hash = sha256(convert_to(audit_event_message(seq, r.id, r.occurred_at, r.request_id, r.actor_label,
          r.actor_user_id, r.entity_type, r.entity_id, r.action, r.from_state, r.to_state, r.comment,
          r.document_number, r.data, prev), 'UTF8'))
      WHERE id = r.id
      RETURNING hash INTO prev;
    END LOOP;
  END $$`;

export class AuditHashChain1764720000000 implements MigrationInterface {
  name = 'AuditHashChain1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE audit_event ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea`,
    );
    await db.query(MESSAGE_FUNCTION);
    // The append-only trigger refuses the one-time backfill; it is back on before this commits.
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
    await db.query(BACKFILL);
    await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`);
    await db.query(`
      ALTER TABLE audit_event
        ALTER COLUMN chain_seq SET NOT NULL,
        ALTER COLUMN prev_hash SET NOT NULL,
        ALTER COLUMN hash SET NOT NULL,
        ADD CONSTRAINT audit_event_hash_length CHECK (octet_length(hash) = 32 AND octet_length(prev_hash) = 32)`);
    await db.query(`CREATE UNIQUE INDEX audit_event_chain_seq_key ON audit_event (chain_seq)`);
    await db.query(CHAIN_FUNCTION);
    await db.query(`
      CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await db.query(`DROP FUNCTION audit_event_chain`);
    await db.query(`DROP FUNCTION audit_event_message`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN hash`);
  }
}
