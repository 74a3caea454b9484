// Server API of the tutor sidebar: open it from the Sheets menu, load the roster and one student at a glance, save a
// session note (with action-step check-offs) and a goal-setting conference, each once whatever the retries, and say
// whether a save whose answer was lost landed. It runs in a team workbook (that team's
// students), or in the master for a coordinator (any student; reads and writes go to the student's team workbook).
// Plain data in and out, validated here.

import { type ConferenceForm, checkConference } from '../core/conference-form';
import { localeFrom } from '../core/i18n/locale';
import { validationText } from '../core/i18n/messages/validation';
import { rejected, type SaveResult, saved } from '../core/result';
import { SAVE_KEY_RE, type SaveStatus } from '../core/saves/save-key';
import { checkSessionNote, type SessionNoteForm } from '../core/session-note-form';
import { type StudentGlance, sidebarRefusal, type TutorRosterView } from '../core/tutor-view';
import { AccessDeniedError } from '../workspace/access/caller';
import { batchedSaveConference } from '../workspace/conference-batch';
import { BusyError } from '../workspace/lock';
import { showSidebar } from '../workspace/pages';
import { type BatchedNoteSaved, batchedGlance, batchedSaveSessionNote } from '../workspace/student-batch';
import {
  type ConferenceSaved,
  loadRosterView,
  loadStudentGlance,
  NoTeamWorkbookError,
  placeOf,
  readSaveStatus,
  serverSaveKey,
  studentTarget,
  teamWorkbookOf,
  UnknownRecordError,
} from '../workspace/tutor-records';
import { allow, menuAllowed } from './guard';

/** What a session-note save answers. */
export type SessionNoteSaved = BatchedNoteSaved;
export type { ConferenceSaved, SaveStatus };

/** Sheets menu: shows the tutor sidebar. */
export function menuOpenTutorSidebar(): void {
  menuAllowed('menuOpenTutorSidebar', (auth) => {
    const refused = sidebarRefusal(auth.caller, placeOf(auth));
    if (refused) {
      const ui = SpreadsheetApp.getUi();
      ui.alert('Tutoring Toolkit', refused, ui.ButtonSet.OK);
      return;
    }
    showSidebar(SpreadsheetApp.getUi(), 'TutorSidebar');
  });
}

/** The roster for the student picker: this team's students, the signed-in tutor's first (every student in the master). */
export function tutorRoster(): TutorRosterView {
  return loadRosterView(allow('tutorRoster'));
}

/**
 * One student at a glance: active goal, open action steps, last three session notes, effort data, prompts. Never a
 * student outside the caller's teams: `studentTarget` refuses them (AccessDeniedError), as it refuses a student
 * not on this workbook's roster.
 */
export function tutorStudentGlance(studentId: string, locale?: string): StudentGlance {
  const id = String(studentId ?? '');
  // The page's language, sent with the call: prompts in the tutor's words without a Session call.
  const language = localeFrom(typeof locale === 'string' ? locale : 'en');
  // In a team workbook: 2 values.batchGet, the guard's reads included (student-batch.ts); elsewhere, or with a stale
  // row index, the SpreadsheetApp path.
  const fast = batchedGlance(id, language);
  if (fast) return fast;
  const auth = allow('tutorStudentGlance');
  return loadStudentGlance(studentTarget(auth, id), auth.settings);
}

/** Runs a save, turning "someone else is saving" and unknown records into messages the form shows (and keeps its fields). */
function guarded<T>(save: () => T): SaveResult<T> {
  try {
    return saved(save());
  } catch (error) {
    if (error instanceof BusyError || error instanceof NoTeamWorkbookError) return rejected({}, error.message);
    if (error instanceof UnknownRecordError) return rejected({ [error.field]: error.message });
    throw error;
  }
}

/**
 * Saves a session note and this session's check-offs; validated again here with the sidebar's schema. `locale` is the
 * page's language, sent with the save, so a refusal comes back in the tutor's words without a Session call.
 */
export function tutorSaveSessionNote(form: SessionNoteForm, locale?: string): SaveResult<SessionNoteSaved> {
  const language = localeFrom(typeof locale === 'string' ? locale : 'en');
  const checked = checkSessionNote(form, language);
  if (!checked.ok) {
    allow('tutorSaveSessionNote');
    return rejected(checked.errors, validationText.t(language, 'fixFields'));
  }
  const key = checked.value.saveKey || serverSaveKey();
  return guarded(() => {
    // In a team workbook: the guard, the key check and the save in 2 reads and 1 atomic batchUpdate (student-batch.ts).
    const done = batchedSaveSessionNote(checked.value, key);
    if (done) return done;
    // From the master (coordinators): the same batch on the student's team workbook, opened by id.
    const auth = allow('tutorSaveSessionNote');
    return batchedSaveSessionNote(checked.value, key, teamWorkbookOf(auth, checked.value.studentId)) ?? notATeamWorkbook();
  });
}

/** The one write path found no team workbook's tables where it was sent (a file set up by hand or half upgraded). */
function notATeamWorkbook(): never {
  throw new Error("The student's team workbook lacks the tutor's tables. Run Extensions › Tutoring Toolkit › Upgrade workbooks first.");
}

/** Saves a goal-setting conference: goal, action steps, conference record, previous goal's outcome; refusals in `locale`, the page's. */
export function tutorSaveConference(form: ConferenceForm, locale?: string): SaveResult<ConferenceSaved> {
  const language = localeFrom(typeof locale === 'string' ? locale : 'en');
  const checked = checkConference(form, language);
  if (!checked.ok) {
    allow('tutorSaveConference');
    return rejected(checked.errors, validationText.t(language, 'fixFields'));
  }
  const key = checked.value.saveKey || serverSaveKey();
  return guarded(() => {
    // In a team workbook: the guard, the goal check and the save in 2 reads and 1 atomic batchUpdate (conference-batch.ts).
    const done = batchedSaveConference(checked.value, key, language);
    if (done) return done;
    const auth = allow('tutorSaveConference');
    return batchedSaveConference(checked.value, key, language, teamWorkbookOf(auth, checked.value.studentId)) ?? notATeamWorkbook();
  });
}

/** What the sidebar sends to ask whether its save landed: the form's key, and (from the master) whose team workbook. */
export interface SaveStatusQuery {
  key: string;
  studentId?: string;
}

/**
 * Whether the save made with `key` landed (a session note, a conference, a question): the sidebar asks when a save
 * failed with no answer, before it says "Not saved". In a team workbook it looks there; in the master (coordinators)
 * in the student's team workbook. Writes nothing.
 */
export function tutorSaveStatus(query: SaveStatusQuery): SaveResult<SaveStatus> {
  const auth = allow('tutorSaveStatus');
  const key = String(query?.key ?? '').trim();
  if (!SAVE_KEY_RE.test(key)) return rejected({ key: 'Unknown save: the form lost its save key.' });
  const refused = sidebarRefusal(auth.caller, placeOf(auth));
  if (refused) throw new AccessDeniedError(refused);
  if (placeOf(auth).kind === 'team') return saved(readSaveStatus(auth.ss, key));
  return guarded(() => readSaveStatus(studentTarget(auth, String(query?.studentId ?? '')).ss, key));
}
