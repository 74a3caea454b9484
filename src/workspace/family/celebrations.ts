// Celebrations in the team workbook: the tutor's offer (is there a run to celebrate, not yet celebrated?), the logged
// message, and the coordinator's delivery of waiting emails to the Roster's family addresses (with consent).

import { type CelebrationDraft, celebrationDraft, type FollowThroughRun, followThroughRun } from '../../core/family/celebration';
import { CELEBRATIONS_TABLE, type CelebrationStatus } from '../../core/family/celebration-table';
import type { IsoDate, PraisePreference, Student } from '../../core/model';
import { currentGoal } from '../../core/templates/values';
import { userLocale } from '../locale';
import { withTeamRecordsLock } from '../lock';
import { type OutgoingMail, sendWithQuota } from '../mail';
import { readActionSteps, readCheckOffs, readGoals, readRoster, readSettings, workbookDates } from '../program';
import { appendRecords, readTable, updateFields } from '../table-store';
import { readTeamWorkbooks } from '../team/team-directory';
import { ensureTable } from '../workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CELEBRATIONS_OUTBOX = 'celebrations';

/** What the sidebar offers: the run, the draft, the praise preference and whether it goes by email. */
export interface CelebrationOffer {
  key: string;
  studentName: string;
  run: FollowThroughRun;
  preference: PraisePreference | '';
  channel: 'Email' | 'Call home';
  draft: CelebrationDraft;
}

/** One run is celebrated once: its key is the student and the run's last check-off. */
export function celebrationKey(studentId: string, run: FollowThroughRun): string {
  return `${studentId}.${run.lastDate}`;
}

function sheetOf(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  return ss.getSheetByName(CELEBRATIONS_TABLE.name);
}

/** The offer for one student of this team workbook, or null when there is no run, or it was celebrated already. */
export function celebrationOffer(ss: Spreadsheet, studentId: string, tutorName: string, today: IsoDate): CelebrationOffer | null {
  const dates = workbookDates(ss);
  const settings = readSettings(ss, dates);
  const student = readRoster(ss, dates).find((s) => s.studentId === studentId);
  if (!student) return null;
  const goal = currentGoal(readGoals(ss, dates), studentId);
  const steps = readActionSteps(ss, dates).filter((s) => s.studentId === studentId);
  const checks = readCheckOffs(ss, dates).filter((c) => c.studentId === studentId);
  const run = followThroughRun(goal, steps, checks, today);
  if (!run || !goal) return null;
  const key = celebrationKey(studentId, run);
  const sheet = sheetOf(ss);
  if (sheet && readTable(sheet, CELEBRATIONS_TABLE, dates).rows.some((r) => r.record.celebrationId === key)) return null;
  const preference = student.praisePreference ?? '';
  // In the tutor's language: the tutor reads and edits the draft before it goes to the family.
  const draft = celebrationDraft({
    studentName: student.name,
    programName: settings.programName,
    tutorName,
    goal,
    run,
    preference,
    locale: userLocale(),
  });
  return { key, studentName: student.name, run, preference, channel: settings.celebrationEmails ? 'Email' : 'Call home', draft };
}

/** Logs the celebration in the student's record; an email waits for the coordinator's delivery. Same key, one row. */
export function logCelebration(
  ss: Spreadsheet,
  input: { key: string; studentId: string; tutorEmail: string; message: string; channel: 'Email' | 'Call home'; toldStudent: boolean; run: string },
  today: IsoDate,
): CelebrationStatus {
  return withTeamRecordsLock(() => {
    if (!sheetOf(ss)) ensureTable(ss, CELEBRATIONS_TABLE);
    const sheet = sheetOf(ss) as GoogleAppsScript.Spreadsheet.Sheet;
    const known = readTable(sheet, CELEBRATIONS_TABLE).rows.find((r) => r.record.celebrationId === input.key);
    if (known) return known.record.status as CelebrationStatus;
    const status: CelebrationStatus = input.channel === 'Email' ? 'Email waiting' : 'Called home';
    appendRecords(sheet, CELEBRATIONS_TABLE, [
      {
        celebrationId: input.key,
        date: today,
        studentId: input.studentId,
        tutorEmail: input.tutorEmail,
        run: input.run,
        channel: input.channel,
        message: input.message,
        toldStudent: input.toldStudent,
        status,
      },
    ]);
    return status;
  });
}

/** The family addresses a celebration may go to: the Roster's, only with consent (coordinators-only fields). */
function familyTo(student: Student): string {
  if (!student.consentToShare) return '';
  return (student.familyEmails ?? '')
    .split(/[,;]/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .join(',');
}

/**
 * The coordinator's delivery (from the master): every team's waiting celebration emails go out through the quota-aware
 * outbox (src/workspace/mail.ts), from the coordinator's account; one without consent or address is marked for a call home.
 */
export function deliverCelebrations(master: Spreadsheet, programName: string): { sent: number; callHome: number; waiting: number } {
  const roster = new Map(readRoster(master).map((s) => [s.studentId, s]));
  const totals = { sent: 0, callHome: 0, waiting: 0 };
  for (const ref of readTeamWorkbooks(master)) {
    const ss = SpreadsheetApp.openById(ref.spreadsheetId);
    const sheet = sheetOf(ss);
    if (!sheet) continue;
    const table = readTable(sheet, CELEBRATIONS_TABLE);
    const pending = table.rows.filter((r) => r.record.status === 'Email waiting');
    if (pending.length === 0) continue;
    const mails: OutgoingMail[] = [];
    const changes: { row: number; fields: { status: CelebrationStatus } }[] = [];
    for (const r of pending) {
      const student = roster.get(String(r.record.studentId));
      const to = student ? familyTo(student) : '';
      if (!to) changes.push({ row: r.row, fields: { status: 'Not emailed: call home instead' } });
      else
        mails.push({
          key: String(r.record.celebrationId),
          to,
          subject: `Good news from ${programName || 'tutoring'} about ${student?.name.split(/\s+/)[0] ?? ''}`,
          body: String(r.record.message),
        });
    }
    const report = mails.length ? sendWithQuota(CELEBRATIONS_OUTBOX, mails) : { sent: [], deferred: [] };
    for (const r of pending) if (report.sent.includes(String(r.record.celebrationId))) changes.push({ row: r.row, fields: { status: 'Emailed' } });
    if (changes.length) updateFields(sheet, CELEBRATIONS_TABLE, table.index, changes);
    totals.sent += report.sent.length;
    totals.waiting += report.deferred.length;
    totals.callHome += changes.filter((c) => c.fields.status === 'Not emailed: call home instead').length;
  }
  return totals;
}
