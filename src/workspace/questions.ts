// Tier 2 threaded questions in a team workbook's Questions sheet: list the threads a person takes part in, ask, and
// answer (marks the question answered), each once whatever the retries (the save key). From the master, a coordinator
// reaches them in each team's workbook.

import {
  type AnswerInput,
  type AskInput,
  type AuthorRole,
  authorRoleOf,
  checkAnswer,
  checkAsk,
  type QuestionMessage,
  type QuestionThread,
  threadsOf,
  tierRefusal,
} from '../core/drive-questions';
import { QUESTIONS_TABLE } from '../core/drive-tables';
import { rejected, type SaveResult, saved } from '../core/result';
import { idsOf } from '../core/saves/save-key';
import type { TableRecord } from '../core/table';
import { indexColumns } from '../core/table';
import { sidebarRefusal } from '../core/tutor-view';
import { AccessDeniedError, type Authorized } from './access/caller';
import { BusyError, withTeamRecordsLock } from './lock';
import { workbookDates } from './program';
import { findSaveTrace } from './student-rows';
import { appendRecords, readHeaders, readTable, requireSheet, toRecord, updateFields } from './table-store';
import { readTeamWorkbooks } from './team/team-directory';
import { NoTeamWorkbookError, placeOf, type StudentTarget, serverSaveKey, studentTarget, UnknownRecordError } from './tutor-records';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

const sameTeam = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Every message of one team workbook's Questions sheet (none when the sheet is absent): one read. */
function readMessages(ss: Spreadsheet): QuestionMessage[] {
  const sheet = ss.getSheetByName(QUESTIONS_TABLE.name);
  if (!sheet) return [];
  return readTable(sheet, QUESTIONS_TABLE, workbookDates(ss)).rows.map((r) => toMessage(r.record));
}

/** The team-records lock, with "someone else is saving" turned into a message the form shows (keeping its text). */
function locked<T>(fn: () => SaveResult<T>): SaveResult<T> {
  try {
    return withTeamRecordsLock(fn);
  } catch (error) {
    if (error instanceof BusyError) return rejected({}, error.message);
    throw error;
  }
}

/** Refuses callers who may not take part here (in the master, anyone but a coordinator). */
function requirePlace(auth: Authorized): void {
  const refused = sidebarRefusal(auth.caller, placeOf(auth));
  if (refused) throw new AccessDeniedError(refused);
}

/**
 * The threads the caller takes part in, optionally for one student. In a team workbook: that workbook's threads (its
 * team's, and the file holds no other). In the master, for a coordinator: the student's team workbook, or every
 * team workbook when no student is given (one open and one read each).
 */
export function listQuestionThreads(auth: Authorized, studentId?: string): QuestionThread[] {
  requirePlace(auth);
  if (tierRefusal(auth.settings?.tier ?? 1)) return [];
  const place = placeOf(auth);
  const wanted = studentId ? String(studentId) : '';
  let messages: QuestionMessage[];
  if (place.kind === 'team') messages = readMessages(auth.ss).filter((m) => sameTeam(m.team, place.team));
  else if (wanted) messages = readMessages(studentTarget(auth, wanted).ss);
  else messages = readTeamWorkbooks(auth.ss).flatMap((ref) => readMessages(SpreadsheetApp.openById(ref.spreadsheetId)));
  return threadsOf(messages).filter((t) => !wanted || t.studentId === wanted);
}

/** The student's team workbook, or the refusal a form shows (student unknown here, or no team workbook yet). */
function targetOrRefusal(auth: Authorized, studentId: string): StudentTarget | SaveResult<QuestionThread> {
  try {
    return studentTarget(auth, studentId);
  } catch (error) {
    if (error instanceof UnknownRecordError) return rejected({ studentId: 'No student with that ID on the Roster.' });
    if (error instanceof NoTeamWorkbookError) return rejected({}, error.message);
    throw error;
  }
}

const isTarget = (t: StudentTarget | SaveResult<QuestionThread>): t is StudentTarget => 'student' in t;

/**
 * A tutor, the student's teacher or a coordinator asks about a student, a session note or a material. One row, its id
 * made from the save key: under the lock a TextFinder for the key finds a question an earlier attempt saved (only its
 * answer lost), and that question is returned with nothing written.
 */
export function askQuestion(auth: Authorized, input: AskInput): SaveResult<QuestionThread> {
  const errors = checkAsk(input);
  if (Object.keys(errors).length) return rejected(errors);
  const tierProblem = tierRefusal(auth.settings?.tier ?? 1);
  if (tierProblem) return rejected({}, tierProblem);
  const target = targetOrRefusal(auth, String(input.studentId).trim());
  if (!isTarget(target)) return target;
  const { ss, student } = target;
  const role = authorRoleOf(auth.caller, placeOf(auth).kind);
  if (!role) return rejected({}, `Only ${student.team}'s teacher, its tutors and the program's coordinators can ask about this student.`);
  const key = String(input.saveKey ?? '').trim() || serverSaveKey();
  const id = idsOf(key).questionId;
  const message: QuestionMessage = {
    messageId: id,
    threadId: id,
    postedAt: new Date().toISOString(),
    studentId: student.studentId,
    team: student.team,
    about: String(input.about ?? '').trim(),
    author: auth.caller.email,
    authorRole: role,
    text: String(input.text).trim(),
    status: 'Open',
  };
  const sheet = requireSheet(ss, QUESTIONS_TABLE);
  return locked(() => {
    const landed = findSaveTrace(ss, key).rows[QUESTIONS_TABLE.name]?.[0];
    if (!landed) {
      appendRecords(sheet, QUESTIONS_TABLE, [{ ...message }]);
      return saved(threadsOf([message])[0]);
    }
    const headers = readHeaders(sheet);
    const row = sheet.getRange(landed, 1, 1, headers.length).getValues()[0];
    return saved(threadsOf([toMessage(toRecord(QUESTIONS_TABLE, indexColumns(QUESTIONS_TABLE, headers), row))])[0]);
  });
}

/**
 * Anyone of the question's team (or a coordinator) answers; the question is marked Answered (a later answer keeps the
 * thread going). The question is looked up inside the team-records lock, so its row and status are current. The
 * reply's id comes from the save key, and the sheet is read whole here anyway: a reply an earlier attempt saved is found
 * in it, and only the question's status is completed if that attempt stopped before marking it (reply first, status
 * second: a question never shows Answered without its answer).
 */
export function answerQuestion(auth: Authorized, input: AnswerInput): SaveResult<QuestionThread> {
  const errors = checkAnswer(input);
  if (Object.keys(errors).length) return rejected(errors);
  const tierProblem = tierRefusal(auth.settings?.tier ?? 1);
  if (tierProblem) return rejected({}, tierProblem);
  requirePlace(auth);
  const place = placeOf(auth);
  let ss = auth.ss;
  if (place.kind === 'master') {
    if (!String(input.studentId ?? '').trim()) return rejected({ questionId: 'Open the question from the student it is about.' });
    const target = targetOrRefusal(auth, String(input.studentId).trim());
    if (!isTarget(target)) return target;
    ss = target.ss;
  }
  const role = authorRoleOf(auth.caller, place.kind);
  if (!role) return rejected({}, "Only the team's teacher, its tutors and the program's coordinators can answer this question.");
  const sheet = requireSheet(ss, QUESTIONS_TABLE);
  const dates = workbookDates(ss);
  const questionId = String(input.questionId).trim();
  const replyId = idsOf(String(input.saveKey ?? '').trim() || serverSaveKey()).answerId;
  return locked(() => {
    const table = readTable(sheet, QUESTIONS_TABLE, dates);
    const messages = table.rows.map((r) => ({ row: r.row, message: toMessage(r.record) }));
    const question = messages.find(
      (m) =>
        m.message.messageId === questionId && m.message.threadId === questionId && (place.kind === 'master' || sameTeam(m.message.team, place.team)),
    );
    if (!question) return rejected<QuestionThread>({ questionId: 'That question is no longer in the Questions sheet.' });
    const earlier = messages.find((m) => m.message.messageId === replyId && m.message.threadId === questionId);
    if (earlier) {
      if (question.message.status !== 'Answered')
        updateFields(sheet, QUESTIONS_TABLE, table.index, [{ row: question.row, fields: { status: 'Answered' } }]);
      const landed = threadsOf(messages.map((m) => m.message)).find((t) => t.questionId === questionId) as QuestionThread;
      return saved({ ...landed, status: 'Answered' as const });
    }
    const reply: QuestionMessage = {
      ...question.message,
      messageId: replyId,
      postedAt: new Date().toISOString(),
      author: auth.caller.email,
      authorRole: role,
      text: String(input.text).trim(),
      status: '',
    };
    appendRecords(sheet, QUESTIONS_TABLE, [{ ...reply }]);
    if (question.message.status !== 'Answered')
      updateFields(sheet, QUESTIONS_TABLE, table.index, [{ row: question.row, fields: { status: 'Answered' } }]);
    const thread = threadsOf([...messages.map((m) => m.message), reply]).find((t) => t.questionId === questionId) as QuestionThread;
    return saved({ ...thread, status: 'Answered' as const });
  });
}
