import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { loadNotificationConfig } from '../src/modules/notification/notification-config.js';

describe('reminder and e-mail settings', () => {
  it('defaults to in-app reminders 7 and 1 days before, escalating after 3 days', () => {
    expect(loadNotificationConfig({})).toEqual({
      policy: { daysBefore: [7, 1], escalateAfterDays: 3 },
      mail: null,
      publicUrl: null,
    });
    expect(loadConfig({}).notifications.mail).toBeNull();
  });

  it('reads SMTP, the sender, the public address and the schedule', () => {
    expect(
      loadNotificationConfig({
        SMTP_URL: 'smtp://nvtt:mat-khau@mail.khanhhoa.example:587',
        MAIL_FROM: 'NVTT Khánh Hòa <nvtt@khanhhoa.example>',
        NVTT_PUBLIC_URL: 'https://nvtt.khanhhoa.example/',
        NVTT_REMINDER_DAYS_BEFORE: '1, 14,7',
        NVTT_REMINDER_ESCALATION_DAYS: '5',
      }),
    ).toEqual({
      policy: { daysBefore: [14, 7, 1], escalateAfterDays: 5 },
      mail: {
        smtpUrl: 'smtp://nvtt:mat-khau@mail.khanhhoa.example:587',
        from: 'NVTT Khánh Hòa <nvtt@khanhhoa.example>',
      },
      publicUrl: 'https://nvtt.khanhhoa.example',
    });
  });

  it('refuses settings that cannot work, naming the variable', () => {
    const refused = (env: NodeJS.ProcessEnv, variable: string) => {
      expect(() => loadNotificationConfig(env)).toThrow(ConfigError);
      expect(() => loadNotificationConfig(env)).toThrow(variable);
    };
    refused({ SMTP_URL: 'mail.khanhhoa.example' }, 'SMTP_URL');
    refused({ SMTP_URL: 'smtp://mail.khanhhoa.example' }, 'MAIL_FROM');
    refused({ NVTT_REMINDER_DAYS_BEFORE: '7,một' }, 'NVTT_REMINDER_DAYS_BEFORE');
    refused({ NVTT_REMINDER_ESCALATION_DAYS: '0' }, 'NVTT_REMINDER_ESCALATION_DAYS');
    refused({ NVTT_PUBLIC_URL: 'nvtt.khanhhoa.example' }, 'NVTT_PUBLIC_URL');
  });
});
