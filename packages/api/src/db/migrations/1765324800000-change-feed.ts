import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed (docs/change-feed.md). The audit trail is the event log: it is written in every
 * write's transaction, in commit order (chain_seq). An AFTER INSERT trigger on audit_event, in that
 * same transaction, wakes the API processes' live subscriptions (NOTIFY is delivered only on
 * commit) and, when any webhook is active, queues one fan-out job for the deliveries — so there is
 * no event without its write, and no committed write without its event.
 *
 * Only key-task rows can be events (the public vocabulary, packages/shared/src/change-feed.ts,
 * decides which of them are); other rows cost nothing here.
 */
const NOTIFY_FUNCTION = `
  CREATE FUNCTION change_feed_after_audit() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.entity_type = 'KeyTask' THEN
      PERFORM pg_notify('nvtt_change_feed', NEW.id::text);
      IF EXISTS (SELECT 1 FROM webhook_subscription WHERE revoked_at IS NULL) THEN
        PERFORM graphile_worker.add_job('webhooks.fan-out', json_build_object('auditEventId', NEW.id::text));
      END IF;
    END IF;
    RETURN NULL;
  END $$`;

export class ChangeFeed1765324800000 implements MigrationInterface {
  name = 'ChangeFeed1765324800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_subscription (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        owner_user_id integer NOT NULL REFERENCES app_user(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        target_url text NOT NULL CHECK (length(target_url) BETWEEN 8 AND 2000),
        event_types text[] NOT NULL CHECK (cardinality(event_types) > 0
          AND event_types <@ ARRAY['TASK_STATE_CHANGED','OPINION_SUBMITTED','DECISION_RECORDED','DEADLINE_PASSED']),
        -- The signing key: needed in clear to sign, shown to the administrator once at creation.
        secret text NOT NULL,
        created_by_label text NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX webhook_subscription_owner_idx ON webhook_subscription (owner_user_id)`);
    await db.query(`
      CREATE TABLE webhook_delivery (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subscription_id integer NOT NULL REFERENCES webhook_subscription(id),
        audit_event_id bigint NOT NULL REFERENCES audit_event(id),
        event_type text NOT NULL,
        attempt integer NOT NULL CHECK (attempt >= 1),
        attempted_at timestamptz NOT NULL,
        status_code integer,
        duration_ms integer NOT NULL CHECK (duration_ms >= 0),
        error text CHECK (length(error) <= 500),
        delivered_at timestamptz
      )`);
    await db.query(`CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (subscription_id, id DESC)`);
    // At most one successful delivery of an event to a subscription: a re-run job finds it and stops.
    await db.query(`
      CREATE UNIQUE INDEX webhook_delivery_once_idx ON webhook_delivery (subscription_id, audit_event_id)
      WHERE delivered_at IS NOT NULL`);
    // Each passed deadline is recorded once (a later extension that passes too is a new date).
    await db.query(`
      CREATE TABLE deadline_passed (
        key_task_id integer NOT NULL REFERENCES key_task(id) ON DELETE CASCADE,
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 60),
        due_on date NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (key_task_id, subject, due_on)
      )`);
    await db.query(NOTIFY_FUNCTION);
    await db.query(`
      CREATE TRIGGER audit_event_change_feed AFTER INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION change_feed_after_audit()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_event_change_feed ON audit_event`);
    await db.query(`DROP FUNCTION change_feed_after_audit`);
    await db.query(`DROP TABLE deadline_passed`);
    await db.query(`DROP TABLE webhook_delivery`);
    await db.query(`DROP TABLE webhook_subscription`);
  }
}
