// Server API of Tier 2 threaded questions: tutors and teachers of a team ask and answer in its team workbook;
// coordinators also from the master (the student's team workbook is opened for them).

import type { AnswerInput, AskInput, QuestionThread } from '../core/drive-questions';
import type { SaveResult } from '../core/result';
import { answerQuestion as answer, askQuestion as ask, listQuestionThreads } from '../workspace/questions';
import { allow } from './guard';

/** Tier 2 threaded questions the user takes part in (tutor sidebar), optionally for one student. */
export function listQuestions(studentId?: string): QuestionThread[] {
  return listQuestionThreads(allow('listQuestions'), studentId);
}

/** A tutor or teacher asks about a student, a session note or a material (checked here, whatever the page sent). */
export function askQuestion(input: AskInput): SaveResult<QuestionThread> {
  return ask(input ?? { studentId: '', text: '' }, () => allow('askQuestion'));
}

/** A tutor, the teacher or a coordinator answers a question; from the master, `studentId` says whose team it is. */
export function answerQuestion(input: AnswerInput): SaveResult<QuestionThread> {
  return answer(input ?? { questionId: '', text: '' }, () => allow('answerQuestion'));
}
