import { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from '@nvtt/shared';
import { ConfigError } from '../../config.js';

/** How reminders are scheduled and whether they also go out by e-mail (docs/reminders.md). */
export interface NotificationConfig {
  readonly policy: ReminderPolicy;
  /** SMTP delivery; null: notifications stay in the app. */
  readonly mail: MailConfig | null;
  /** The dashboard's public address, for links in e-mails (e.g. https://nvtt.khanhhoa.gov.vn). */
  readonly publicUrl: string | null;
}

export interface MailConfig {
  /** smtp://user:pass@host:port or smtps://… (nodemailer's connection URL). */
  readonly smtpUrl: string;
  /** The sender, e.g. "NVTT Khánh Hòa <nvtt@khanhhoa.gov.vn>". */
  readonly from: string;
}

export const IN_APP_ONLY: NotificationConfig = { policy: DEFAULT_REMINDER_POLICY, mail: null, publicUrl: null };

function parseDaysBefore(raw: string | undefined): readonly number[] {
  if (raw === undefined || raw.trim() === '') return DEFAULT_REMINDER_POLICY.daysBefore;
  const days = raw.split(',').map((part) => Number(part.trim()));
  if (days.some((day) => !Number.isInteger(day) || day < 0 || day > 60)) {
    throw new ConfigError(
      `NVTT_REMINDER_DAYS_BEFORE must list whole numbers of days from 0 to 60 separated by commas, got "${raw}".`,
    );
  }
  return [...new Set(days)].sort((a, b) => b - a);
}

function parseEscalation(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_REMINDER_POLICY.escalateAfterDays;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    throw new ConfigError(`NVTT_REMINDER_ESCALATION_DAYS must be a whole number from 1 to 90, got "${raw}".`);
  }
  return days;
}

function parseMail(smtpUrl: string | undefined, from: string | undefined): MailConfig | null {
  if (smtpUrl === undefined || smtpUrl.trim() === '') return null;
  if (!/^smtps?:\/\/[^/\s]+/.test(smtpUrl.trim())) {
    throw new ConfigError('SMTP_URL must look like smtp://user:password@host:port (or smtps://).');
  }
  if (from === undefined || !/^[^<>]*<?[^@\s<>]+@[^@\s<>]+>?$/.test(from.trim())) {
    throw new ConfigError('MAIL_FROM must be set to the sender address when SMTP_URL is, e.g. nvtt@khanhhoa.gov.vn.');
  }
  return { smtpUrl: smtpUrl.trim(), from: from.trim() };
}

function parsePublicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  if (!/^https?:\/\/[^/\s]+/.test(raw.trim())) {
    throw new ConfigError(`NVTT_PUBLIC_URL must be an http(s) address, got "${raw}".`);
  }
  return raw.trim().replace(/\/+$/, '');
}

export function loadNotificationConfig(env: NodeJS.ProcessEnv): NotificationConfig {
  return {
    policy: {
      daysBefore: parseDaysBefore(env.NVTT_REMINDER_DAYS_BEFORE),
      escalateAfterDays: parseEscalation(env.NVTT_REMINDER_ESCALATION_DAYS),
    },
    mail: parseMail(env.SMTP_URL, env.MAIL_FROM),
    publicUrl: parsePublicUrl(env.NVTT_PUBLIC_URL),
  };
}
