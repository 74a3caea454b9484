// Sends mail within the sender's daily recipient quota; what cannot go today waits in the sender's outbox (user
// properties) and goes out on a later run, never dropped. Shared by teacher updates and family celebration emails.
//
// Quota: "Email recipients per day: 100 (consumer) / 1,500 (Workspace)", per user, reset 24 hours after the first
// request; over it MailApp throws "Service invoked too many times for one day: email."
// https://developers.google.com/apps-script/guides/services/quotas#current_quotas
// https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()

export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

/** One message; `key` names it for good (a resend of the same key replaces a waiting copy, never adds a second). */
export interface OutgoingMail {
  key: string;
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
}

export type DeferReason = 'daily mail quota reached' | 'mail not authorized' | 'mail service failed';

export interface DeferredMail {
  key: string;
  to: string;
  reason: DeferReason;
}

export interface MailReport {
  /** Keys sent in this call (waiting mail from earlier runs first). */
  sent: string[];
  /** Still waiting, with why; kept in the outbox for the next run. */
  deferred: DeferredMail[];
}

const OUTBOX_PREFIX = 'tt.outbox.';
/** A message is kept in pieces under Apps Script's 9 KB per property value (a UTF-16 unit is at most 3 bytes). */
const PIECE_UNITS = 2_800;
const QUOTA_ERROR = /too many times for one day: email/i;

interface Waiting {
  mail: OutgoingMail;
  since: number;
}

function recipients(to: string): number {
  return to.split(',').filter((s) => s.trim() !== '').length;
}

/**
 * ScriptApp's scope-list overloads (granular consent), which the typings predate:
 * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
 * https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
 */
interface ScopedScriptApp {
  getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): GoogleAppsScript.Script.AuthorizationInfo;
  requireScopes(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): void;
}
const scopedScriptApp = () => ScriptApp as unknown as ScopedScriptApp;

/** Whether this user granted the send_mail scope (granular consent lets them leave it unchecked). */
export function mailAuthorized(): boolean {
  const info = scopedScriptApp().getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SEND_MAIL_SCOPE]);
  return info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED;
}

/**
 * Asks the user for the send_mail scope when they have not granted it: Apps Script ends this execution with its
 * consent prompt; once granted, this returns at once.
 */
export function requireMailScope(): void {
  scopedScriptApp().requireScopes(ScriptApp.AuthMode.FULL, [SEND_MAIL_SCOPE]);
}

/** The user's outbox, one property set per outbox name (`teacher-updates`, `celebrations`, …). */
function outboxKeys(outbox: string, key: string) {
  const base = `${OUTBOX_PREFIX}${outbox}.${encodeURIComponent(key)}`;
  return { head: base, piece: (i: number) => `${base}:${i}` };
}

function readOutbox(all: Record<string, string>, outbox: string): Waiting[] {
  const prefix = `${OUTBOX_PREFIX}${outbox}.`;
  const waiting: Waiting[] = [];
  for (const [name, value] of Object.entries(all)) {
    if (!name.startsWith(prefix) || name.includes(':')) continue;
    const head = JSON.parse(value) as { pieces: number; since: number };
    let json = '';
    for (let i = 0; i < head.pieces; i++) json += all[`${name}:${i}`] ?? '';
    // A head whose pieces were not all written (killed mid-write) is rewritten by the run that deferred it.
    try {
      waiting.push({ mail: JSON.parse(json) as OutgoingMail, since: head.since });
    } catch {}
  }
  return waiting.sort((a, b) => a.since - b.since || a.mail.key.localeCompare(b.mail.key));
}

function outboxValues(outbox: string, mail: OutgoingMail, since: number): Record<string, string> {
  const json = JSON.stringify(mail);
  const k = outboxKeys(outbox, mail.key);
  const values: Record<string, string> = {};
  let pieces = 0;
  for (; pieces * PIECE_UNITS < json.length; pieces++) values[k.piece(pieces)] = json.slice(pieces * PIECE_UNITS, (pieces + 1) * PIECE_UNITS);
  values[k.head] = JSON.stringify({ pieces, since });
  return values;
}

function keep(props: GoogleAppsScript.Properties.Properties, outbox: string, mail: OutgoingMail, since: number): void {
  props.setProperties(outboxValues(outbox, mail, since));
}

function drop(props: GoogleAppsScript.Properties.Properties, all: Record<string, string>, outbox: string, key: string): void {
  const k = outboxKeys(outbox, key);
  // The head goes first: a kill after it leaves only orphan pieces, never a head pointing at missing text.
  props.deleteProperty(k.head);
  for (const name of Object.keys(all)) if (name.startsWith(`${k.head}:`)) props.deleteProperty(name);
}

/**
 * Puts messages in the outbox without sending (sendWithQuota(outbox, []) sends them), in one property write together
 * with `alsoSet` — e.g. the caller's ledger of what it handed over — so a kill leaves both or neither: a message is
 * never composed twice, and never lost between composing and sending.
 */
export function enqueueMail(outbox: string, messages: readonly OutgoingMail[], alsoSet: Record<string, string> = {}, now = Date.now()): void {
  const values: Record<string, string> = { ...alsoSet };
  for (const mail of messages) Object.assign(values, outboxValues(outbox, mail, now));
  if (Object.keys(values).length) PropertiesService.getUserProperties().setProperties(values);
}

/** Mail waiting in this user's outbox (for reports and dialogs). */
export function waitingMail(outbox: string): OutgoingMail[] {
  return readOutbox(PropertiesService.getUserProperties().getProperties(), outbox).map((w) => w.mail);
}

/**
 * Sends what waits in `outbox` from earlier runs, then `messages`, while the quota lasts; the rest is kept in the
 * outbox with its reason. Without the send_mail grant nothing is sent and everything waits ("mail not authorized"):
 * the caller's run goes on. One read of the user's properties; one quota read.
 */
export function sendWithQuota(outbox: string, messages: readonly OutgoingMail[], now = Date.now()): MailReport {
  const props = PropertiesService.getUserProperties();
  const all = props.getProperties();
  const waiting = readOutbox(all, outbox);
  const fresh = new Set(messages.map((m) => m.key));
  const queue: Waiting[] = [
    ...waiting.filter((w) => !fresh.has(w.mail.key)),
    ...messages.map((mail) => ({ mail, since: waiting.find((w) => w.mail.key === mail.key)?.since ?? now })),
  ];
  const report: MailReport = { sent: [], deferred: [] };
  const defer = (w: Waiting, reason: DeferReason) => {
    const stored = waiting.find((x) => x.mail.key === w.mail.key);
    if (!stored || JSON.stringify(stored.mail) !== JSON.stringify(w.mail)) keep(props, outbox, w.mail, w.since);
    report.deferred.push({ key: w.mail.key, to: w.mail.to, reason });
  };
  if (!mailAuthorized()) {
    for (const w of queue) defer(w, 'mail not authorized');
    return report;
  }
  let remaining = MailApp.getRemainingDailyQuota();
  for (const w of queue) {
    const n = recipients(w.mail.to);
    if (n > remaining) {
      defer(w, 'daily mail quota reached');
      continue;
    }
    try {
      MailApp.sendEmail(w.mail.to, w.mail.subject, w.mail.body, w.mail.htmlBody ? { htmlBody: w.mail.htmlBody } : {});
    } catch (e) {
      // Another add-on or script of this user may have spent the quota since it was read.
      if (!QUOTA_ERROR.test(String(e))) throw e;
      remaining = 0;
      defer(w, 'daily mail quota reached');
      continue;
    }
    remaining -= n;
    report.sent.push(w.mail.key);
    if (waiting.some((x) => x.mail.key === w.mail.key)) drop(props, all, outbox, w.mail.key);
  }
  return report;
}
