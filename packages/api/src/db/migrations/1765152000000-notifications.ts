import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue #9, reminders): the in-app notification centre, e-mail addresses of users,
 * and which members head their agency (reminders escalate to them). A notification's dedupe key is
 * unique per recipient, so a reminder scan that runs twice, or after a restart, creates nothing twice.
 */
export class Notifications1765152000000 implements MigrationInterface {
  name = 'Notifications1765152000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE app_user ADD COLUMN email text
        CHECK (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$')`);
    // The head (thủ trưởng) of the agency a member acts for: reminders overdue escalate to them.
    await db.query(`ALTER TABLE user_membership ADD COLUMN head boolean NOT NULL DEFAULT false`);
    await db.query(`CREATE INDEX user_membership_head_idx ON user_membership (unit_id) WHERE head`);
    await db.query(`
      CREATE TABLE notification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient_user_id integer NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (
          'DEADLINE_SOON','OVERDUE','ESCALATION','MILESTONE_OVERDUE','MILESTONE_ESCALATION','WEEKLY_DIGEST')),
        title_vi text NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 300),
        title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
        body_vi text NOT NULL CHECK (length(body_vi) <= 5000),
        body_en text NOT NULL CHECK (length(body_en) <= 5000),
        link text NOT NULL CHECK (link ~ '^/[^/]'),
        dedupe_key text NOT NULL CHECK (length(dedupe_key) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        emailed_at timestamptz,
        UNIQUE (recipient_user_id, dedupe_key)
      )`);
    await db.query(`CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, id DESC)`);
    await db.query(`CREATE INDEX notification_unread_idx ON notification (recipient_user_id) WHERE read_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification`);
    await db.query(`ALTER TABLE user_membership DROP COLUMN head`);
    await db.query(`ALTER TABLE app_user DROP COLUMN email`);
  }
}
