// Forms the reliability sweeps save, as a tutor fills them in the sidebar (each with the save key the form opened with).

import { blankConference, type ConferenceForm } from '../../src/core/conference-form';
import { blankSessionNote, type SessionNoteForm } from '../../src/core/session-note-form';

/** A deterministic save key per form (the sidebar's are random), so a failing case replays. */
export const keyOf = (label: string, n: number) => `${label.replace(/[^a-z0-9]/g, '').slice(0, 8)}${String(n).padStart(16, '0')}`;

export function noteForm(studentId: string, saveKey: string, overrides: Partial<SessionNoteForm> = {}): SessionNoteForm {
  return {
    ...blankSessionNote(studentId, '2026-10-07', saveKey),
    startTime: '15:30',
    endTime: '16:15',
    objective: 'Solve two-step equations',
    degreeAccomplished: 3,
    followThrough: 'Yes',
    ...overrides,
  };
}

export function conferenceForm(studentId: string, saveKey: string, overrides: Partial<ConferenceForm> = {}): ConferenceForm {
  return {
    ...blankConference(studentId, '2026-10-05', '', saveKey),
    assessment: 'Unit 5 test',
    score: '72',
    goal: 'Score 75 on the Unit 6 test',
    target: '75',
    dueDate: '2026-11-02',
    agendaDone: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    steps: [
      { action: 'I will come to tutoring on Mondays and Wednesdays to practice equations.', whenHowOften: 'Mondays and Wednesdays' },
      { action: 'I will make flashcards and study them for 15 min a day.', whenHowOften: '15 min a day' },
    ],
    ...overrides,
  };
}
