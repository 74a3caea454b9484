// A team's teacher update: composed once per week (Weekly) or once per batch of new notes (After each session), put in
// the coordinator's outbox together with the ledger of what was handed over (one property write), then sent within
// the day's quota; what does not fit waits in the outbox for a later run.

import { addDays, displayDate } from '../../core/dates';
import type { IsoDate, SessionNote } from '../../core/model';
import { type TeacherUpdateSettings, teamOptedIn } from '../../core/weekly/settings';
import { composeTeacherUpdate } from '../../core/weekly/teacher-update';
import type { TeamStudent } from '../../core/weekly/team-view';
import type { MeetingWeek } from '../../core/weekly/week';
import { enqueueMail, type OutgoingMail, sendWithQuota } from '../mail';

export interface TeamMailInput {
  masterId: string;
  programName: string;
  team: string;
  teacherEmail: string;
  workbookUrl: string;
  today: IsoDate;
  week: MeetingWeek;
  settings: TeacherUpdateSettings;
  students: readonly TeamStudent[];
  notes: readonly SessionNote[];
  progress: Readonly<Record<string, string>>;
  /** The run composing: what it handed over is counted as its mail, even when a retry of it does the sending. */
  runId: string;
}

export interface TeamMailResult {
  sent: number;
  waiting: { to: string; reason: string }[];
}

/** Handed-over keys are forgotten after this many days: older notes are never "new" again (see pendingNotes). */
const LEDGER_DAYS = 21;
/** "After each session" looks back this far for notes not mailed yet. */
const SESSION_LOOKBACK_DAYS = 6;

const safe = (s: string) => encodeURIComponent(s.trim().toLowerCase()).replace(/\./g, '%2E');
/** The outbox of one team's teacher updates (no dots or colons: the outbox's own separators). */
export const teacherOutbox = (masterId: string, team: string) => `tu-${safe(masterId)}-${safe(team)}`;
const ledgerKey = (masterId: string, team: string) => `tt.weekly.mailed.${safe(masterId)}.${safe(team)}`;

/** Each handed-over key: the day it was handed over, and by which run. */
type Ledger = Record<string, { day: IsoDate; run: string }>;

function readLedger(all: Record<string, string>, key: string): Ledger {
  try {
    return JSON.parse(all[key] ?? '{}') as Ledger;
  } catch {
    return {};
  }
}

/**
 * Composes what is new for this team's teacher, hands it to the outbox with the ledger, and sends what waits. A team
 * that did not opt in (or a program with updates off) sends nothing, and its waiting mail (if the team opted out
 * since) stays where it is, reported.
 */
export function sendTeacherUpdate(input: TeamMailInput): TeamMailResult {
  const outbox = teacherOutbox(input.masterId, input.team);
  if (!teamOptedIn(input.settings, input.team) || !input.teacherEmail) return { sent: 0, waiting: [] };
  const props = PropertiesService.getUserProperties();
  const all = props.getProperties();
  const key = ledgerKey(input.masterId, input.team);
  const ledger = readLedger(all, key);
  const fresh: OutgoingMail[] = [];
  // Note ids (after each session) or the week's key, and the message keys, all kept in the ledger.
  const handed: string[] = [];
  const base = {
    programName: input.programName,
    team: input.team,
    teacherEmail: input.teacherEmail,
    workbookUrl: input.workbookUrl,
    privacy: input.settings.privacy,
    students: input.students,
    progress: input.progress,
  };
  if (input.settings.mode === 'Weekly') {
    const id = `week-${input.week.reviewStart}`;
    const notes = input.notes.filter((n) => n.date >= input.week.reviewStart && n.date <= input.week.reviewEnd);
    if (!ledger[id] && notes.length) {
      const mail = composeTeacherUpdate({ ...base, period: `the week of ${displayDate(input.week.reviewStart)}`, notes });
      fresh.push({ key: id, ...mail });
      handed.push(id, `mail-${id}`);
    }
  } else {
    const from = addDays(input.today, -SESSION_LOOKBACK_DAYS);
    const notes = input.notes.filter((n) => n.date >= from && n.date <= input.today && n.noteId && !ledger[`note-${n.noteId}`]);
    if (notes.length) {
      const dates = [...new Set(notes.map((n) => n.date))].sort();
      const period = dates.length === 1 ? `the session of ${displayDate(dates[0])}` : `the sessions of ${dates.map(displayDate).join(', ')}`;
      const ids = notes.map((n) => `note-${n.noteId}`).sort();
      const messageKey = `session-${ids[0]}-${ids.length}`;
      fresh.push({ key: messageKey, ...composeTeacherUpdate({ ...base, period, notes }) });
      handed.push(...ids, `mail-${messageKey}`);
    }
  }
  if (fresh.length) {
    const cutoff = addDays(input.today, -LEDGER_DAYS);
    for (const [k, v] of Object.entries(ledger)) if (v.day < cutoff) delete ledger[k];
    for (const id of handed) ledger[id] = { day: input.today, run: input.runId };
    enqueueMail(outbox, fresh, { [key]: JSON.stringify(ledger) });
  }
  const report = sendWithQuota(outbox, []);
  const waitingKeys = new Set(report.deferred.map((d) => d.key));
  // This run's mail: what it handed over and is no longer waiting (sent now, or by its killed first attempt).
  const sent = Object.entries(ledger).filter(([k, v]) => k.startsWith('mail-') && v.run === input.runId && !waitingKeys.has(k.slice(5))).length;
  return { sent, waiting: report.deferred.map((d) => ({ to: d.to, reason: d.reason })) };
}
