// The tutor sidebar's session-note form and its guards: sections, the Save bar's messages, the unsaved-note question
// (the conference's "Save anyway?" for a vague step is in tutor-conference.ts, shipped with the Conference part).

import { defineMessages } from '../catalog';

export const noteFormText = /* @__PURE__ */ defineMessages(
  {
    essentials: 'This session',
    academic: 'Academic content',
    behavior: 'Attendance and behavior',
    shared: 'Student shared, questions for the teacher',
    filled: '{n} filled',
    savedNote: 'Saved: session note for {name} on {date}.',
    savedNoteOneStep: 'Saved: session note for {name} on {date}, 1 action step checked off.',
    savedNoteSteps: 'Saved: session note for {name} on {date}, {n} action steps checked off.',
    unsavedNote: 'You have an unsaved session note for {name}. Discard it?',
    unsavedConference: 'You have an unsaved conference for {name}. Discard it?',
    unsavedBoth: 'You have an unsaved session note and conference for {name}. Discard them?',
    discard: 'Discard',
    keepEditing: 'Keep editing',
    unsavedTab: '{tab} (not saved yet)',
    leavePage: 'Your note is not saved yet.',
    questionOpened: 'Your question for the teacher is in the Questions tab.',
  },
  {
    essentials: 'Deze sessie',
    academic: 'Inhoud van de les',
    behavior: 'Aanwezigheid en gedrag',
    shared: 'Wat de leerling vertelde, vragen voor de docent',
    filled: '{n} ingevuld',
    savedNote: 'Opgeslagen: sessienotitie voor {name} op {date}.',
    savedNoteOneStep: 'Opgeslagen: sessienotitie voor {name} op {date}, 1 actiestap afgevinkt.',
    savedNoteSteps: 'Opgeslagen: sessienotitie voor {name} op {date}, {n} actiestappen afgevinkt.',
    unsavedNote: 'Je hebt een sessienotitie voor {name} die nog niet is opgeslagen. Weggooien?',
    unsavedConference: 'Je hebt een gesprek met {name} dat nog niet is opgeslagen. Weggooien?',
    unsavedBoth: 'Je hebt een sessienotitie en een gesprek voor {name} die nog niet zijn opgeslagen. Weggooien?',
    discard: 'Weggooien',
    keepEditing: 'Verder bewerken',
    unsavedTab: '{tab} (nog niet opgeslagen)',
    leavePage: 'Je notitie is nog niet opgeslagen.',
    questionOpened: 'Je vraag voor de docent staat bij Vragen.',
  },
);
