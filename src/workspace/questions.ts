// Tier 2 threaded questions in a team workbook's Questions sheet: list the threads a person takes part in, ask, and
// answer (marks the question answered), each once whatever the retries (the save key). Asks and answers are written by
// the tutor's one batched write path (student-batch.ts: the guard in the first values.batchGet, one atomic
// batchUpdate); from the master, a coordinator reaches them in each team's workbook, opened by id.

import {
  type AnswerInput,
  type AskInput,
  type AuthorRole,
  authorRoleOf,
  checkAnswer,
  checkAsk,
  openingQuestion,
  type QuestionMessage,
  type QuestionThread,
  threadsOf,
  tierRefusal,
} from '../core/drive-questions';
import { QUESTIONS_TABLE } from '../core/drive-tables';
import { questionServerText } from '../core/i18n/messages/question-server';
import type { Student } from '../core/model';
import { rejected, type SaveResult, saved } from '../core/result';
import { columnLetter, quoteSheet } from '../core/saves/row-index';
import { idsOf } from '../core/saves/save-key';
import type { TableRecord } from '../core/table';
import { indexColumns } from '../core/table';
import { sidebarRefusal } from '../core/tutor-view';
import { AccessDeniedError, type Authorized } from './access/caller';
import { userLocale } from './locale';
import { BusyError, withTeamRecordsLock } from './lock';
import { workbookDates } from './program';
import { sendBatch } from './sheets-api';
import { batchGet, type FirstRead, readFirst, sheetIds, studentIn, writeIndex } from './student-batch';
import { findSaveTrace } from './student-rows';
import { API_ROW_FIELDS, apiRow, readTable, recordFromApi } from './table-store';
import { readTeamWorkbooks } from './team/team-directory';
import { NoTeamWorkbookError, placeOf, serverSaveKey, studentTarget, teamWorkbookOf, UnknownRecordError } from './tutor-records';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

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

/** Why a question save cannot go ahead in the workbook it was sent to, or null. */
type Refusal = SaveResult<QuestionThread>;

/** The first read of a question save (student-batch.ts), or null where the batch does not apply (not a team workbook). */
function questionsFirst(action: 'askQuestion' | 'answerQuestion', ss: Spreadsheet | undefined, whole: boolean): FirstRead | null {
  return readFirst(action, whole ? [QUESTIONS_TABLE.name] : [], ss, whole ? [] : [QUESTIONS_TABLE.name]);
}

/** Tier 1 has no questions: the refusal in the writer's language (asked only then). */
function tierProblem(first: FirstRead): Refusal | null {
  const tier = first.auth.settings?.tier ?? 1;
  return tierRefusal(tier) ? rejected({}, tierRefusal(tier, userLocale()) ?? '') : null;
}

/** One message as an appended Questions row, in the sheet's column order. */
function appendMessage(first: FirstRead, headers: readonly string[], message: QuestionMessage): Request {
  const sheetId = sheetIds(first, [QUESTIONS_TABLE.name])[QUESTIONS_TABLE.name];
  return { appendCells: { sheetId, rows: [{ values: apiRow(QUESTIONS_TABLE, headers, { ...message }) }], fields: API_ROW_FIELDS } };
}

/** Sends the batch; a save on a workbook whose index is being made leaves the index to the next note save or glance. */
function send(first: FirstRead, requests: Request[]): void {
  if (first.rebuild) sendBatch(first.id, requests);
  else writeIndex(first, requests);
}

/** The student's team workbook from the master (coordinators), or the refusal a form shows. */
function teamWorkbookOrRefusal(auth: Authorized, studentId: string): Spreadsheet | Refusal {
  try {
    return teamWorkbookOf(auth, studentId);
  } catch (error) {
    if (error instanceof UnknownRecordError) return rejected({ studentId: questionServerText.t(userLocale(), 'noStudent') });
    if (error instanceof NoTeamWorkbookError) return rejected({}, error.message);
    throw error;
  }
}

/** The team-records lock for a batch that writes only through the Sheets API; "someone else is saving" as a message. */
function lockedBatch<T>(fn: () => SaveResult<T> | null): SaveResult<T> | null {
  try {
    return withTeamRecordsLock(fn, undefined, false);
  } catch (error) {
    if (error instanceof BusyError) return rejected({}, error.message);
    throw error;
  }
}

/**
 * The ask as one batch, under the team-records lock: the first read (the guard's Settings and roster slice, the
 * Questions header, the index), a TextFinder for the save key (a question an earlier attempt saved, only its answer
 * lost, is returned with nothing written; reading no cell), then one batchUpdate appending the row. 6 Sheets calls.
 */
function batchedAsk(input: AskInput, key: string, ss?: Spreadsheet): Refusal | null {
  return lockedBatch(() => {
    const first = questionsFirst('askQuestion', ss, false);
    if (!first) return null;
    const tier = tierProblem(first);
    if (tier) return tier;
    let student: Student;
    try {
      student = studentIn(first, String(input.studentId).trim());
    } catch (error) {
      if (error instanceof UnknownRecordError) return rejected({ studentId: questionServerText.t(userLocale(), 'noStudent') });
      throw error;
    }
    const role = authorRoleOf(first.auth.caller, ss ? 'master' : 'team');
    if (!role) return rejected({}, questionServerText.t(userLocale(), 'onlyTeamAsk', { team: student.team }));
    const id = idsOf(key).questionId;
    const headers = first.headers[QUESTIONS_TABLE.name] ?? [];
    const landed = findSaveTrace(first.ss, key).rows[QUESTIONS_TABLE.name]?.[0];
    if (landed) {
      const [row] = batchGet(first.id, [`${quoteSheet(QUESTIONS_TABLE.name)}!A${landed}:${columnLetter(Math.max(0, headers.length - 1))}${landed}`]);
      const record = recordFromApi(QUESTIONS_TABLE, indexColumns(QUESTIONS_TABLE, headers), row?.[0] ?? []);
      return saved(threadsOf([toMessage(record)])[0]);
    }
    const message = openingQuestion({
      questionId: id,
      student,
      about: String(input.about ?? '').trim(),
      author: first.auth.caller.email,
      authorRole: role,
      text: String(input.text).trim(),
    });
    send(first, [appendMessage(first, headers, message)]);
    return saved(threadsOf([message])[0]);
  });
}

/**
 * A tutor, the student's teacher or a coordinator asks about a student, a session note or a material: one row, its id
 * made from the save key, written by the one batched write path (`batchedAsk`) in the team workbook — from the master,
 * for a coordinator, in the student's team workbook opened by id. `guard`: the SpreadsheetApp guard, asked only where
 * the batch's own first read cannot stand for it (a refusal of bad input, the master).
 */
export function askQuestion(input: AskInput, guard: () => Authorized): SaveResult<QuestionThread> {
  // Said in the writer's language; the locale is asked only when there is something to say.
  if (Object.keys(checkAsk(input)).length) {
    guard();
    return rejected(checkAsk(input, userLocale()));
  }
  const key = String(input.saveKey ?? '').trim() || serverSaveKey();
  const here = batchedAsk(input, key);
  if (here) return here;
  const auth = guard();
  const tier = auth.settings?.tier ?? 1;
  if (tierRefusal(tier)) return rejected({}, tierRefusal(tier, userLocale()) ?? '');
  const team = teamWorkbookOrRefusal(auth, String(input.studentId).trim());
  if (!isSpreadsheet(team)) return team;
  return batchedAsk(input, key, team) ?? notATeamWorkbook();
}

const isSpreadsheet = (t: Spreadsheet | Refusal): t is Spreadsheet => !('ok' in t);

function notATeamWorkbook(): never {
  throw new Error("The student's team workbook lacks the Questions sheet. Run Extensions › Tutoring Toolkit › Upgrade workbooks first.");
}

/**
 * The answer as one batch, under the team-records lock: the first read holds the Questions sheet whole (as the answer
 * always read it: one row per message, not per session), so the question's row and status are current and a reply an
 * earlier attempt saved (its id from the save key) is found; one batchUpdate appends the reply and marks the question
 * Answered (a later answer keeps the thread going). 4 Sheets calls.
 */
function batchedAnswer(input: AnswerInput, replyId: string, ss?: Spreadsheet): Refusal | null {
  return lockedBatch(() => {
    const first = questionsFirst('answerQuestion', ss, true);
    if (!first) return null;
    const tier = tierProblem(first);
    if (tier) return tier;
    const place = placeOf(first.auth);
    const refused = sidebarRefusal(first.auth.caller, place);
    if (refused) throw new AccessDeniedError(refused);
    const role = authorRoleOf(first.auth.caller, ss ? 'master' : 'team');
    if (!role) return rejected({}, questionServerText.t(userLocale(), 'onlyTeamAnswer'));
    const rows = first.tables[QUESTIONS_TABLE.name] ?? [];
    const headers = (rows[0] ?? []).map(String);
    const at = indexColumns(QUESTIONS_TABLE, headers);
    const messages = rows
      .map((line, i) => ({ row: i + 1, line }))
      .slice(1)
      .filter(({ line }) => line.some((v) => v !== '' && v !== null))
      .map(({ row, line }) => ({ row, message: toMessage(recordFromApi(QUESTIONS_TABLE, at, line)) }));
    const questionId = String(input.questionId).trim();
    const question = messages.find(
      (m) => m.message.messageId === questionId && m.message.threadId === questionId && (ss !== undefined || sameTeam(m.message.team, place.team)),
    );
    if (!question) return rejected<QuestionThread>({ questionId: questionServerText.t(userLocale(), 'questionGone') });
    const requests: Request[] = [];
    const earlier = messages.some((m) => m.message.messageId === replyId && m.message.threadId === questionId);
    const reply: QuestionMessage = {
      ...question.message,
      messageId: replyId,
      postedAt: new Date().toISOString(),
      author: first.auth.caller.email,
      authorRole: role,
      text: String(input.text).trim(),
      status: '',
    };
    if (!earlier) requests.push(appendMessage(first, headers, reply));
    if (question.message.status !== 'Answered') {
      if (at.status < 0)
        throw new Error(`The "${QUESTIONS_TABLE.name}" sheet has no Status column. Run Extensions › Tutoring Toolkit › Upgrade workbooks.`);
      requests.push({
        updateCells: {
          start: { sheetId: sheetIds(first, [QUESTIONS_TABLE.name])[QUESTIONS_TABLE.name], rowIndex: question.row - 1, columnIndex: at.status },
          rows: [{ values: [apiRow(QUESTIONS_TABLE, headers, { status: 'Answered' })[at.status]] }],
          fields: API_ROW_FIELDS,
        },
      });
    }
    if (requests.length > 0) send(first, requests);
    const all = [...messages.map((m) => m.message), ...(earlier ? [] : [reply])];
    const thread = threadsOf(all).find((t) => t.questionId === questionId) as QuestionThread;
    return saved({ ...thread, status: 'Answered' as const });
  });
}

/**
 * Anyone of the question's team (or a coordinator) answers; the question is marked Answered. In the team workbook by
 * the one batched write path (`batchedAnswer`); from the master, for a coordinator, in the team workbook of the
 * student the thread is about, opened by id. `guard` as for `askQuestion`.
 */
export function answerQuestion(input: AnswerInput, guard: () => Authorized): SaveResult<QuestionThread> {
  if (Object.keys(checkAnswer(input)).length) {
    guard();
    return rejected(checkAnswer(input, userLocale()));
  }
  const replyId = idsOf(String(input.saveKey ?? '').trim() || serverSaveKey()).answerId;
  const here = batchedAnswer(input, replyId);
  if (here) return here;
  const auth = guard();
  const tier = auth.settings?.tier ?? 1;
  if (tierRefusal(tier)) return rejected({}, tierRefusal(tier, userLocale()) ?? '');
  requirePlace(auth);
  if (!String(input.studentId ?? '').trim()) return rejected({ questionId: questionServerText.t(userLocale(), 'openFromStudent') });
  const team = teamWorkbookOrRefusal(auth, String(input.studentId).trim());
  if (!isSpreadsheet(team)) return team;
  return batchedAnswer(input, replyId, team) ?? notATeamWorkbook();
}
