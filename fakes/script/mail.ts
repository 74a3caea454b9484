// MailApp fake: records sent mail and enforces the daily recipient quota per user, as Google counts it.
//
// "Email recipients per day (for example, with MailApp): 100 / day (consumer accounts, e.g. gmail.com), 1,500 / day
// (Google Workspace accounts)"; "Quotas are per user and reset 24 hours after the first request"; a script over a
// quota "throws an exception": `Service invoked too many times for one day: email.`
// https://developers.google.com/apps-script/guides/services/quotas#current_quotas
// Every address in to, cc and bcc is one recipient:
// https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import type { FakeWorld } from '../world';

export const MAIL_RECIPIENTS_PER_DAY = { consumer: 100, workspace: 1_500 } as const;
export const MAIL_QUOTA_ERROR = 'Service invoked too many times for one day: email.';
const DAY_MS = 86_400_000;
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

interface MailMessage {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body?: string;
  htmlBody?: string;
}

function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const EMAIL = /^[^\s@,<>]+@[^\s@,<>]+\.[^\s@,<>]+$/;

/** A test may lower a user's daily allowance (a user who already sent mail elsewhere today). */
export function setMailQuota(world: FakeWorld, user: string, recipientsPerDay: number): void {
  mailSettings(world).limits[user] = recipientsPerDay;
}

interface MailSettings {
  limits: Record<string, number>;
}
const settings = new WeakMap<FakeWorld, MailSettings>();
function mailSettings(world: FakeWorld): MailSettings {
  let s = settings.get(world);
  if (!s) {
    s = { limits: {} };
    settings.set(world, s);
  }
  return s;
}

/** The user's allowance: consumer accounts 100, Workspace accounts 1,500 (unless a test set another). */
export function dailyRecipientLimit(world: FakeWorld, user: string): number {
  const set = mailSettings(world).limits[user];
  if (set !== undefined) return set;
  const domain = user.split('@')[1]?.toLowerCase() ?? '';
  return CONSUMER_DOMAINS.has(domain) ? MAIL_RECIPIENTS_PER_DAY.consumer : MAIL_RECIPIENTS_PER_DAY.workspace;
}

/** Recipients `user` sent to in the quota window now open: it opens at a day's first send and lasts 24 hours. */
function usedToday(world: FakeWorld, user: string): number {
  const mine = world.state.mail.filter((m) => m.from === user).sort((a, b) => a.at - b.at);
  let windowStart = Number.NEGATIVE_INFINITY;
  let used = 0;
  for (const m of mine) {
    if (m.at >= windowStart + DAY_MS) {
      windowStart = m.at;
      used = 0;
    }
    used += m.recipients ?? addresses(m.to).length;
  }
  return world.clock.now() >= windowStart + DAY_MS ? 0 : used;
}

class FakeMailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  constructor(private readonly world: FakeWorld) {}

  sendEmail(...args: unknown[]): void {
    let message: MailMessage;
    if (typeof args[0] === 'object' && args[0] !== null) message = args[0] as MailMessage;
    else {
      const options = (args[3] ?? {}) as { htmlBody?: string; cc?: string; bcc?: string };
      message = { to: String(args[0]), subject: String(args[1]), body: String(args[2] ?? ''), ...options };
    }
    const all = [...addresses(message.to), ...addresses(message.cc), ...addresses(message.bcc)];
    if (all.length === 0) throw new FakeServiceError('Failed to send email: no recipient');
    const bad = all.find((a) => !EMAIL.test(a));
    if (bad) throw new FakeServiceError(`Invalid email: ${bad}`);
    if (this.getRemainingDailyQuota() < all.length) throw new FakeServiceError(MAIL_QUOTA_ERROR);
    this.world.state.mail.push({
      to: message.to,
      ...(message.cc ? { cc: message.cc } : {}),
      ...(message.bcc ? { bcc: message.bcc } : {}),
      subject: message.subject,
      body: message.body ?? '',
      htmlBody: message.htmlBody,
      from: this.world.activeUser,
      at: this.world.clock.now(),
      recipients: all.length,
    });
  }

  /** What is left of the active user's allowance in the open 24-hour window. */
  getRemainingDailyQuota(): number {
    const user = this.world.activeUser;
    return Math.max(0, dailyRecipientLimit(this.world, user) - usedToday(this.world, user));
  }
}

export function createMailApp(world: FakeWorld): GoogleAppsScript.Mail.MailApp {
  return surface(new FakeMailApp(world), 'MailApp', world) as unknown as GoogleAppsScript.Mail.MailApp;
}
