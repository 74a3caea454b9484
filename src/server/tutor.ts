// Server API of the tutor sidebar: open it from the Sheets menu, load the roster and one student at a glance, save a
// session note (with action-step check-offs) and a goal-setting conference. Plain data in and out, validated here.

import { type ConferenceForm, checkConference } from '../core/conference-form';
import { rejected, type SaveResult, saved } from '../core/result';
import { checkSessionNote, type SessionNoteForm } from '../core/session-note-form';
import type { StudentGlance, TutorRosterView } from '../core/tutor-view';
import { BusyError } from '../workspace/lock';
import {
  type ConferenceSaved,
  loadRosterView,
  loadStudentGlance,
  type SessionNoteSaved,
  saveConference,
  saveSessionNote,
  UnknownRecordError,
} from '../workspace/tutor-records';
import { allow, menuAllowed } from './guard';

export type { ConferenceSaved, SessionNoteSaved };

/** Sheets menu: shows the tutor sidebar. */
export function menuOpenTutorSidebar(): void {
  menuAllowed('menuOpenTutorSidebar', () => {
    const html = HtmlService.createHtmlOutputFromFile('TutorSidebar').setTitle('Tutor sidebar');
    SpreadsheetApp.getUi().showSidebar(html);
  });
}

/** The roster for the student picker, the signed-in tutor's students first. */
export function tutorRoster(): TutorRosterView {
  const { ss, caller } = allow('tutorRoster');
  return loadRosterView(ss, caller.email);
}

/** One student at a glance: active goal, open action steps, last three session notes, effort data, prompts. */
export function tutorStudentGlance(studentId: string): StudentGlance {
  const { ss, caller } = allow('tutorStudentGlance');
  return loadStudentGlance(ss, String(studentId), caller.email);
}

/** Runs a save, turning "someone else is saving" and unknown records into messages the form shows (and keeps its fields). */
function guarded<T>(save: () => T): SaveResult<T> {
  try {
    return saved(save());
  } catch (error) {
    if (error instanceof BusyError) return rejected({}, error.message);
    if (error instanceof UnknownRecordError) return rejected({ [error.field]: error.message });
    throw error;
  }
}

/** Saves a session note and this session's check-offs; validated again here with the sidebar's schema. */
export function tutorSaveSessionNote(form: SessionNoteForm): SaveResult<SessionNoteSaved> {
  const { ss, caller } = allow('tutorSaveSessionNote');
  const checked = checkSessionNote(form);
  if (!checked.ok) return rejected(checked.errors);
  return guarded(() => saveSessionNote(ss, checked.value, caller.email));
}

/** Saves a goal-setting conference: goal, action steps, conference record, previous goal's outcome. */
export function tutorSaveConference(form: ConferenceForm): SaveResult<ConferenceSaved> {
  const { ss, caller } = allow('tutorSaveConference');
  const checked = checkConference(form);
  if (!checked.ok) return rejected(checked.errors);
  return guarded(() => saveConference(ss, checked.value, caller.email));
}
