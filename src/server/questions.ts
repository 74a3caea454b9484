// Server API of Tier 2 threaded questions: tutors and teachers of a team ask and answer in its workbook.

import type { AnswerInput, AskInput, QuestionThread } from '../core/drive-questions';
import type { SaveResult } from '../core/result';
import { answerQuestion as answer, askQuestion as ask, listQuestionThreads } from '../workspace/questions';
import { allow } from './guard';

/** Tier 2 threaded questions the user takes part in (tutor sidebar), optionally for one student. */
export function listQuestions(studentId?: string): QuestionThread[] {
  const { ss, caller } = allow('listQuestions');
  return listQuestionThreads(ss, caller.email, studentId);
}

/** A tutor or teacher asks about a student, a session note or a material (checked here, whatever the page sent). */
export function askQuestion(input: AskInput): SaveResult<QuestionThread> {
  const { ss, caller } = allow('askQuestion');
  return ask(ss, caller.email, input ?? { studentId: '', text: '' });
}

export function answerQuestion(input: AnswerInput): SaveResult<QuestionThread> {
  const { ss, caller } = allow('answerQuestion');
  return answer(ss, caller.email, input ?? { questionId: '', text: '' });
}
