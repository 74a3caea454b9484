// MailApp fake: records sent mail and enforces the daily recipient quota (100 for consumer accounts).

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import type { FakeWorld } from '../world';

const DAILY_QUOTA = 100;

interface MailMessage {
  to: string;
  subject: string;
  body?: string;
  htmlBody?: string;
}

class FakeMailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  constructor(private readonly world: FakeWorld) {}

  sendEmail(...args: unknown[]): void {
    const message: MailMessage =
      typeof args[0] === 'object' && args[0] !== null
        ? (args[0] as MailMessage)
        : {
            to: String(args[0]),
            subject: String(args[1]),
            body: String(args[2] ?? ''),
            htmlBody: (args[3] as { htmlBody?: string } | undefined)?.htmlBody,
          };
    const recipients = message.to.split(',').filter((s) => s.trim()).length;
    if (recipients === 0) throw new FakeServiceError('Failed to send email: no recipient');
    if (this.getRemainingDailyQuota() < recipients) throw new FakeServiceError('Service invoked too many times for one day: email.');
    this.world.state.mail.push({
      to: message.to,
      subject: message.subject,
      body: message.body ?? '',
      htmlBody: message.htmlBody,
      from: this.world.activeUser,
      at: this.world.clock.now(),
    });
  }

  getRemainingDailyQuota(): number {
    const dayStart = this.world.clock.now() - 86_400_000;
    const used = this.world.state.mail
      .filter((m) => m.from === this.world.activeUser && m.at > dayStart)
      .reduce((n, m) => n + m.to.split(',').length, 0);
    return DAILY_QUOTA - used;
  }
}

export function createMailApp(world: FakeWorld): GoogleAppsScript.Mail.MailApp {
  return surface(new FakeMailApp(world), 'MailApp', world) as unknown as GoogleAppsScript.Mail.MailApp;
}
