// Server API of the students-and-families feature: the master's "Progress reports…" dialog (one student, a selection
// or all, as a resumable job), and releasing a report that waits for review (a coordinator, or the student's tutor).

import { celebrationServerText } from '../core/i18n/messages/celebration-server';
import { progressReportServerText } from '../core/i18n/messages/progress-report';
import type { JobProgress } from '../core/job';
import { rejected, type SaveResult, saved } from '../core/result';
import { driveOwnerProblem } from '../core/templates/drive-owner';
import { AccessDeniedError } from '../workspace/access/caller';
import { type CelebrationOffer, celebrationOffer, deliverCelebrations, logCelebration } from '../workspace/family/celebrations';
import { markReleased, PROGRESS_REPORTS_JOB, readReports, shareReleased } from '../workspace/family/progress-reports';
import { startJob } from '../workspace/job-runner';
import { userLocale } from '../workspace/locale';
import { showDialog } from '../workspace/pages';
import { readRoster, readSettings } from '../workspace/program';
import { openTeamWorkbook, readTeamWorkbooks } from '../workspace/team/team-directory';
import { todayIn } from '../workspace/today';
import { allow, menuAllowed } from './guard';

/** What the dialog lists: active students with their team, the review setting and who may run Drive actions. */
export type { CelebrationOffer } from '../workspace/family/celebrations';

export interface ProgressReportState {
  students: { studentId: string; name: string; team: string }[];
  today: string;
  reviewReports: boolean;
  /** Why this coordinator cannot make reports ('' when they can). */
  driveProblem: string;
  /** Reports that wait for review (only read when Settings › Review progress reports is ticked). */
  drafts: DraftReport[];
}

/** A draft report in a team workbook, as the dialog lists it with its "Release" button. */
export interface DraftReport {
  studentId: string;
  name: string;
  team: string;
  reportDate: string;
  docUrl: string;
}

/** Master menu: the "Progress reports…" dialog. */
export function menuProgressReports(): void {
  menuAllowed('menuProgressReports', () => showDialog(SpreadsheetApp.getUi(), 'ProgressReportDialog'));
}

export function getProgressReportState(): ProgressReportState {
  const { ss, caller } = allow('getProgressReportState');
  const settings = readSettings(ss);
  const students = readRoster(ss)
    .filter((s) => s.active)
    .map((s) => ({ studentId: s.studentId, name: s.name, team: s.team }));
  const reviewReports = Boolean(settings.reviewReports);
  return {
    students,
    today: todayIn(ss),
    reviewReports,
    driveProblem: driveOwnerProblem(settings.driveOwner, caller.email) && driveOwnerProblem(settings.driveOwner, caller.email, userLocale()),
    drafts: reviewReports ? draftReports(ss, students) : [],
  };
}

/** Every team workbook's drafts (one open and one read per team workbook), oldest first, of students still active. */
function draftReports(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, students: ProgressReportState['students']): DraftReport[] {
  const byId = new Map(students.map((s) => [s.studentId, s]));
  const drafts: DraftReport[] = [];
  for (const ref of readTeamWorkbooks(ss)) {
    for (const r of readReports(SpreadsheetApp.openById(ref.spreadsheetId))) {
      const student = byId.get(r.studentId);
      if (r.status !== 'Draft' || !student) continue;
      drafts.push({ studentId: r.studentId, name: student.name, team: student.team, reportDate: r.reportDate, docUrl: r.docUrl });
    }
  }
  return drafts.sort((a, b) => a.reportDate.localeCompare(b.reportDate) || a.name.localeCompare(b.name));
}

/** Starts the job for the chosen students ([] or 'all': every active student); the dialog then runs its chunks. */
export function startProgressReports(input: { studentIds: string[] | 'all' }): SaveResult<JobProgress> {
  const { ss, caller, settings } = allow('startProgressReports');
  const notOwner =
    driveOwnerProblem(settings?.driveOwner ?? '', caller.email) && driveOwnerProblem(settings?.driveOwner ?? '', caller.email, userLocale());
  if (notOwner) return rejected({}, notOwner);
  const roster = readRoster(ss).filter((s) => s.active);
  const asked = input?.studentIds;
  const ids = asked === 'all' ? roster.map((s) => s.studentId) : Array.isArray(asked) ? asked.map((id) => String(id)) : [];
  // The caller's language is asked only for a refusal: a run that starts makes no extra call.
  if (ids.length === 0) return rejected({ studentIds: progressReportServerText.t(userLocale(), 'chooseStudents') });
  const unknown = ids.filter((id) => !roster.some((s) => s.studentId === id));
  if (unknown.length > 0) return rejected({ studentIds: progressReportServerText.t(userLocale(), 'notActive', { ids: unknown.join(', ') }) });
  return saved(startJob(PROGRESS_REPORTS_JOB, { studentIds: [...new Set(ids)], date: todayIn(ss) }, ss.getId()));
}

/**
 * Releases a draft report. A tutor releases their own students' reports from the team workbook (sharing then waits
 * for the Drive owner's next run); a coordinator from the master, and when they are the Drive owner it is shared at once.
 */
export function releaseProgressReport(input: { studentId: string; reportDate: string }): SaveResult<{ message: string }> {
  const { ss, caller, kind, settings } = allow('releaseProgressReport');
  const studentId = String(input?.studentId ?? '');
  const reportDate = String(input?.reportDate ?? '');
  const t = progressReportServerText.in(userLocale());
  const student = readRoster(ss).find((s) => s.studentId === studentId);
  if (!student) return rejected({ studentId: t('notOnRoster') });
  const coordinator = caller.roles.includes('coordinator');
  if (!coordinator && student.tutorEmail !== caller.email) throw new AccessDeniedError(t('onlyTutor', { name: student.name }));
  const book = kind === 'team' ? ss : openTeamWorkbook(ss, student.team);
  const row = markReleased(book, studentId, reportDate, caller.email, todayIn(ss));
  if (!row) return rejected({ reportDate: t('noReport', { date: reportDate, name: student.name }) });
  if (kind === 'master' && coordinator && !driveOwnerProblem(settings?.driveOwner ?? '', caller.email)) {
    const notes = shareReleased(student, row, settings?.programName ?? '');
    return saved({ message: notes[0] ?? t('releasedShared', { name: student.name }) });
  }
  return saved({ message: t('releasedLater', { name: student.name }) });
}

/** A team workbook's reports of one student, for the tutor sidebar's release button. */
export function tutorProgressReports(studentId: string): { reportDate: string; status: string; docUrl: string }[] {
  const { ss } = allow('tutorProgressReports');
  return readReports(ss)
    .filter((r) => r.studentId === String(studentId ?? ''))
    .map((r) => ({ reportDate: r.reportDate, status: r.status, docUrl: r.docUrl }));
}

/** The tutor sidebar's celebration offer for a student of this team workbook, or null when there is none to make. */
export function tutorCelebration(studentId: string): CelebrationOffer | null {
  const { ss, caller } = allow('tutorCelebration');
  const tutorName = caller.email.split('@')[0] ?? caller.email;
  return celebrationOffer(ss, String(studentId ?? ''), tutorName, todayIn(ss));
}

/** Sends (email: waits for the coordinator's delivery) or logs the call home, in the student's record. */
export function tutorSendCelebration(input: {
  studentId: string;
  key: string;
  message: string;
  toldStudent: boolean;
}): SaveResult<{ status: string; message: string }> {
  const { ss, caller } = allow('tutorSendCelebration');
  const t = celebrationServerText.in(userLocale());
  const message = typeof input?.message === 'string' ? input.message.trim() : '';
  if (message === '') return rejected({ message: t('messageEmpty') });
  if (message.length > 5000) return rejected({ message: t('messageTooLong') });
  const offer = celebrationOffer(ss, String(input?.studentId ?? ''), caller.email, todayIn(ss));
  if (!offer || offer.key !== input.key) return rejected({}, t('alreadyCelebrated'));
  const status = logCelebration(
    ss,
    {
      key: offer.key,
      studentId: String(input.studentId),
      tutorEmail: caller.email,
      message,
      channel: offer.channel,
      toldStudent: input.toldStudent === true,
      run: offer.run.actions.join('; '),
    },
    todayIn(ss),
  );
  const said = status === 'Email waiting' ? t('emailWaiting', { name: offer.studentName }) : t('calledHome', { name: offer.studentName });
  return saved({ status, message: said });
}

/** Master menu: delivers every team's waiting celebration emails (from this coordinator's account, within the quota). */
export function menuSendCelebrationEmails(): void {
  menuAllowed('menuSendCelebrationEmails', ({ ss, settings }) => {
    const result = deliverCelebrations(ss, settings?.programName ?? '');
    const t = celebrationServerText.in(userLocale());
    const ui = SpreadsheetApp.getUi();
    ui.alert(t('deliveredTitle'), t('delivered', { sent: result.sent, callHome: result.callHome, waiting: result.waiting }), ui.ButtonSet.OK);
  });
}
