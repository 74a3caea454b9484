// Tier 2 threaded questions in the workbook's Questions sheet: list a person's threads, ask, and answer (marks it answered).

import type { DateFormatter } from '../core/cells';
import {
  type AnswerInput,
  type AskInput,
  type AuthorRole,
  checkAnswer,
  checkAsk,
  type QuestionMessage,
  type QuestionThread,
  threadsOf,
} from '../core/drive-questions';
import { QUESTIONS_TABLE } from '../core/drive-tables';
import type { Student } from '../core/model';
import { rejected, type SaveResult, saved } from '../core/result';
import type { TableRecord } from '../core/table';
import { withDocumentLock } from './lock';
import { readRoster, readSettings, workbookDates } from './program';
import { appendRecords, readTable, updateFields } from './table-store';
import { ensureTable } from './workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function questionsSheet(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.getSheetByName(QUESTIONS_TABLE.name);
  if (sheet) return sheet;
  ensureTable(ss, QUESTIONS_TABLE);
  return ss.getSheetByName(QUESTIONS_TABLE.name) as GoogleAppsScript.Spreadsheet.Sheet;
}

function toMessage(r: TableRecord): QuestionMessage {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return {
    messageId: text(r.messageId),
    threadId: text(r.threadId),
    postedAt: text(r.postedAt),
    studentId: text(r.studentId),
    team: text(r.team),
    about: text(r.about),
    author: text(r.author).toLowerCase(),
    authorRole: (text(r.authorRole) || 'Tutor') as AuthorRole,
    text: text(r.text),
    status: (text(r.status) || '') as QuestionMessage['status'],
  };
}

/** The person's role for a team: teacher or tutor on the Roster, else coordinator when on no team at all. */
function roleIn(roster: readonly Student[], user: string, team: string): AuthorRole | null {
  const onTeam = roster.filter((s) => s.team.trim().toLowerCase() === team.trim().toLowerCase());
  if (onTeam.some((s) => s.teacherEmail === user)) return 'Teacher';
  if (onTeam.some((s) => s.tutorEmail === user && s.active)) return 'Tutor';
  return roster.some((s) => s.teacherEmail === user || s.tutorEmail === user) ? null : 'Coordinator';
}

function teamsOf(roster: readonly Student[], user: string): Set<string> {
  return new Set(roster.filter((s) => s.teacherEmail === user || s.tutorEmail === user).map((s) => s.team.trim().toLowerCase()));
}

/** Threads the person can take part in (their teams; everything for a coordinator), optionally for one student. */
export function listQuestionThreads(ss: Spreadsheet, user: string, studentId?: string): QuestionThread[] {
  const sheet = ss.getSheetByName(QUESTIONS_TABLE.name);
  if (!sheet) return [];
  const me = user.toLowerCase();
  const dates = workbookDates(ss);
  const roster = readRoster(ss, dates);
  const mine = teamsOf(roster, me);
  const messages = readTable(sheet, QUESTIONS_TABLE, dates).rows.map((r) => toMessage(r.record));
  return threadsOf(messages).filter((t) => (mine.size === 0 || mine.has(t.team.trim().toLowerCase())) && (!studentId || t.studentId === studentId));
}

function newId(prefix: string): string {
  return `${prefix}${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 46656)
    .toString(36)
    .toUpperCase()
    .padStart(3, '0')}`;
}

function tierCheck(ss: Spreadsheet, dates: DateFormatter): string | null {
  return readSettings(ss, dates).tier >= 2
    ? null
    : 'Threaded questions are part of Tier 2 and 3 communication; this program is set to Tier 1 (see Settings).';
}

/** A tutor or the student's teacher asks a question about a student, a session note or a material. */
export function askQuestion(ss: Spreadsheet, user: string, input: AskInput): SaveResult<QuestionThread> {
  const errors = checkAsk(input);
  if (Object.keys(errors).length) return rejected(errors);
  const dates = workbookDates(ss);
  const tierProblem = tierCheck(ss, dates);
  if (tierProblem) return rejected({}, tierProblem);
  const me = user.toLowerCase();
  const roster = readRoster(ss, dates);
  const student = roster.find((s) => s.studentId === input.studentId.trim());
  if (!student) return rejected({ studentId: 'No student with that ID on the Roster.' });
  const role = roleIn(roster, me, student.team);
  if (!role) return rejected({}, `Only ${student.team}'s teacher, its tutors and the coordinator can ask about this student.`);
  const id = newId('Q');
  const message: QuestionMessage = {
    messageId: id,
    threadId: id,
    postedAt: new Date().toISOString(),
    studentId: student.studentId,
    team: student.team,
    about: String(input.about ?? '').trim(),
    author: me,
    authorRole: role,
    text: input.text.trim(),
    status: 'Open',
  };
  withDocumentLock(() => appendRecords(questionsSheet(ss), QUESTIONS_TABLE, [{ ...message }]));
  return saved(threadsOf([message])[0]);
}

/** Anyone on the question's team answers; the question is marked Answered (a later answer keeps the thread going). */
export function answerQuestion(ss: Spreadsheet, user: string, input: AnswerInput): SaveResult<QuestionThread> {
  const errors = checkAnswer(input);
  if (Object.keys(errors).length) return rejected(errors);
  const dates = workbookDates(ss);
  const tierProblem = tierCheck(ss, dates);
  if (tierProblem) return rejected({}, tierProblem);
  const me = user.toLowerCase();
  const roster = readRoster(ss, dates);
  return withDocumentLock(() => {
    const sheet = questionsSheet(ss);
    const table = readTable(sheet, QUESTIONS_TABLE, dates);
    const messages = table.rows.map((r) => ({ row: r.row, message: toMessage(r.record) }));
    const question = messages.find((m) => m.message.messageId === input.questionId && m.message.threadId === input.questionId);
    if (!question) return rejected<QuestionThread>({ questionId: 'That question is no longer in the Questions sheet.' });
    const role = roleIn(roster, me, question.message.team);
    if (!role)
      return rejected<QuestionThread>({}, `Only ${question.message.team}'s teacher, its tutors and the coordinator can answer this question.`);
    const reply: QuestionMessage = {
      ...question.message,
      messageId: newId('A'),
      postedAt: new Date().toISOString(),
      author: me,
      authorRole: role,
      text: input.text.trim(),
      status: '',
    };
    appendRecords(sheet, QUESTIONS_TABLE, [{ ...reply }]);
    if (question.message.status !== 'Answered')
      updateFields(sheet, QUESTIONS_TABLE, table.index, [{ row: question.row, fields: { status: 'Answered' } }]);
    const thread = threadsOf([...messages.map((m) => m.message), reply]).find((t) => t.questionId === input.questionId) as QuestionThread;
    return saved({ ...thread, status: 'Answered' as const });
  });
}
