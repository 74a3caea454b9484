// Tier 2 threaded questions between tutors and teachers about a session note or a material: messages into threads, and checks.

import type { Caller } from './access/roles';
import type { Locale } from './i18n/locale';
import { saveKeyText } from './i18n/messages/errors';
import { questionCheckText } from './i18n/messages/question-checks';
import type { WorkbookKind } from './model';
import type { FieldErrors } from './result';
import { SAVE_KEY_RE } from './saves/save-key';

export type AuthorRole = 'Tutor' | 'Teacher' | 'Coordinator';

/** One row of the Questions sheet. */
export interface QuestionMessage {
  messageId: string;
  /** The question's own id on the question row; the question's id on each reply. */
  threadId: string;
  postedAt: string;
  studentId: string;
  team: string;
  about: string;
  author: string;
  authorRole: AuthorRole;
  text: string;
  /** Only the question row carries a status. */
  status: 'Open' | 'Answered' | '';
}

/** A thread's first message: an Open question about `about` (a note, a material, or '' for the student in general). */
export function openingQuestion(input: {
  questionId: string;
  student: { studentId: string; team: string };
  about: string;
  author: string;
  authorRole: AuthorRole;
  text: string;
}): QuestionMessage {
  const { questionId, student } = input;
  return {
    messageId: questionId,
    threadId: questionId,
    postedAt: new Date().toISOString(),
    studentId: student.studentId,
    team: student.team,
    about: input.about,
    author: input.author,
    authorRole: input.authorRole,
    text: input.text,
    status: 'Open',
  };
}

export interface QuestionReply {
  messageId: string;
  author: string;
  authorRole: AuthorRole;
  postedAt: string;
  text: string;
}

/** A question and its answers, oldest answer first. */
export interface QuestionThread {
  questionId: string;
  studentId: string;
  team: string;
  about: string;
  askedBy: string;
  askedByRole: AuthorRole;
  askedAt: string;
  text: string;
  status: 'Open' | 'Answered';
  answers: QuestionReply[];
}

/** Groups messages into threads, newest question first; replies to an unknown question are dropped. */
export function threadsOf(messages: readonly QuestionMessage[]): QuestionThread[] {
  const threads = new Map<string, QuestionThread>();
  for (const m of messages) {
    if (m.messageId !== m.threadId) continue;
    threads.set(m.messageId, {
      questionId: m.messageId,
      studentId: m.studentId,
      team: m.team,
      about: m.about,
      askedBy: m.author,
      askedByRole: m.authorRole,
      askedAt: m.postedAt,
      text: m.text,
      status: m.status === 'Answered' ? 'Answered' : 'Open',
      answers: [],
    });
  }
  for (const m of messages) {
    if (m.messageId === m.threadId) continue;
    threads.get(m.threadId)?.answers.push({ messageId: m.messageId, author: m.author, authorRole: m.authorRole, postedAt: m.postedAt, text: m.text });
  }
  const out = [...threads.values()];
  for (const t of out) t.answers.sort((a, b) => a.postedAt.localeCompare(b.postedAt));
  return out.sort((a, b) => b.askedAt.localeCompare(a.askedAt));
}

export interface AskInput {
  studentId: string;
  /** A session note id or a material's link ('' for the student in general). */
  about?: string;
  text: string;
  /** Made by the sidebar when the form opens: a retry writes nothing twice (core/saves). */
  saveKey?: string;
}

export interface AnswerInput {
  questionId: string;
  /** The thread's student: in the master it says which team workbook holds the question (ignored in a team workbook). */
  studentId?: string;
  text: string;
  /** As for AskInput. */
  saveKey?: string;
}

/**
 * How a message is signed, from the caller's roles where it is written (never from being absent from the Roster: a
 * person with no role has none, and the guard has refused them already). In a team workbook the roles come from its
 * slice, so they are this team's: the teacher signs as Teacher, a tutor as Tutor, a coordinator as Coordinator. In the
 * master only coordinators take part (tutors and teachers use their team workbook).
 */
export function authorRoleOf(caller: Caller, where: WorkbookKind): AuthorRole | null {
  if (where === 'master') return caller.roles.includes('coordinator') ? 'Coordinator' : null;
  if (caller.roles.includes('teacher')) return 'Teacher';
  if (caller.roles.includes('tutor')) return 'Tutor';
  return caller.roles.includes('coordinator') ? 'Coordinator' : null;
}

/** Tier 1 has no threaded questions (seed 004): the refusal, or null from Tier 2. */
export function tierRefusal(tier: number, locale: Locale = 'en'): string | null {
  return tier >= 2 ? null : questionCheckText.t(locale, 'tier1');
}

const MAX_TEXT = 5000;

/** Field errors of a new question (empty when it can be saved). */
/** A save key, when sent, must be one the sidebar makes (it ends up inside the row's id). */
function keyError(key: unknown, errors: FieldErrors, locale: Locale): void {
  if (key === undefined || key === null || key === '') return;
  if (typeof key !== 'string' || !SAVE_KEY_RE.test(key.trim())) errors.saveKey = saveKeyText.t(locale, 'lostSaveKey');
}

export function checkAsk(input: AskInput, locale: Locale = 'en'): FieldErrors {
  const t = questionCheckText.in(locale);
  const errors: FieldErrors = {};
  if (!String(input.studentId ?? '').trim()) errors.studentId = t('chooseStudent');
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  if (input.text !== undefined && input.text !== null && typeof input.text !== 'string') errors.text = t('questionAsText');
  else if (!text) errors.text = t('writeQuestion');
  else if (text.length > MAX_TEXT) errors.text = t('tooLong', { max: MAX_TEXT });
  if (String(input.about ?? '').length > 500) errors.about = t('aboutNotText');
  keyError(input.saveKey, errors, locale);
  return errors;
}

export function checkAnswer(input: AnswerInput, locale: Locale = 'en'): FieldErrors {
  const t = questionCheckText.in(locale);
  const errors: FieldErrors = {};
  if (!String(input.questionId ?? '').trim()) errors.questionId = t('chooseQuestion');
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  if (input.text !== undefined && input.text !== null && typeof input.text !== 'string') errors.text = t('answerAsText');
  else if (!text) errors.text = t('writeAnswer');
  else if (text.length > MAX_TEXT) errors.text = t('tooLong', { max: MAX_TEXT });
  keyError(input.saveKey, errors, locale);
  return errors;
}
