import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import { jobContext } from '../../jobs/system-context.js';
import { recordAudit, runUseCase } from '../../workflow/use-case.js';
import type { MailConfig } from './notification-config.js';

/** Locks the notification while it is sent, so two workers never send the same one at once. */
const LOCK = `
  SELECT n.id::int, n.title_vi AS "titleVi", n.title_en AS "titleEn", n.body_vi AS "bodyVi", n.body_en AS "bodyEn",
         n.link, n.emailed_at AS "emailedAt", u.email, u.display_name AS "displayName", u.disabled
    FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
   WHERE n.id = $1 FOR UPDATE OF n`;
const MARK_SENT = `UPDATE notification SET emailed_at = $2 WHERE id = $1`;

interface Locked {
  readonly id: number;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly bodyVi: string;
  readonly bodyEn: string;
  readonly link: string;
  readonly emailedAt: Date | null;
  readonly email: string | null;
  readonly displayName: string;
  readonly disabled: boolean;
}

export type EmailOutcome = 'SENT' | 'ALREADY_SENT' | 'NO_ADDRESS' | 'GONE';

/**
 * The Message-ID of a notification's e-mail: the same on every attempt, so if a crash between the
 * SMTP server's acceptance and our commit makes the job send again, the receiving side can see it
 * is the same message (docs/reminders.md).
 */
export function messageIdOf(notificationId: number, from: string): string {
  const domain = /@([^@\s>]+)>?\s*$/.exec(from)?.[1] ?? 'nvtt.invalid';
  return `<nvtt-notification-${notificationId}@${domain}>`;
}

export interface Mailer {
  /** Sends a notification's e-mail unless it has been sent; records when it was. */
  send(notificationId: number, jobId: string): Promise<EmailOutcome>;
}

export function createMailer(dataSource: DataSource, mail: MailConfig, publicUrl: string | null): Mailer {
  // Timeouts stay below the database's idle-in-transaction limit: the row is locked while sending.
  const transport = nodemailer.createTransport({
    url: mail.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(notificationId, jobId) {
      const ctx = jobContext(jobId);
      const result = await runUseCase(dataSource, async (db): Promise<EmailOutcome> => {
        const [row]: Locked[] = await db.query(LOCK, [notificationId]);
        if (!row) return 'GONE';
        if (row.emailedAt !== null) return 'ALREADY_SENT';
        if (row.email === null || row.disabled) return 'NO_ADDRESS';
        const link = publicUrl === null ? row.link : `${publicUrl}${row.link}`;
        const messageId = messageIdOf(row.id, mail.from);
        await transport.sendMail({
          from: mail.from,
          to: { name: row.displayName, address: row.email },
          subject: row.titleVi,
          messageId,
          text: `${row.bodyVi}\n\n${link}\n\n— English —\n${row.titleEn}\n${row.bodyEn}\n`,
        });
        await db.query(MARK_SENT, [row.id, new Date()]);
        await recordAudit(db, ctx, {
          entityType: 'Notification',
          entityId: row.id,
          action: 'EMAIL_SENT',
          data: { messageId },
        });
        return 'SENT';
      });
      if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
      return result.value;
    },
  };
}
