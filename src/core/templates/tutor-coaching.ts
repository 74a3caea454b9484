// Template: tutor-to-tutor coaching (seed 000) — preparation, the 40-minute agenda with five phases, reflection, privacy.

import type { AgendaRow, DocTemplate } from './model';

/** The five phases and their minutes (seed 000); preparation has no time in the seed, so it is suggested. */
export const COACHING_PHASES: readonly AgendaRow[] = [
  {
    minutes: 3,
    suggested: true,
    title: '1. Preparation',
    details: ['Each group member reads their five-sentence issue aloud to the group. The group then chooses one issue for the session.'],
  },
  { minutes: 2, title: '2. Introduction', details: ['The contributor further explains their issue.'] },
  {
    minutes: 10,
    title: '3. Exploration phase',
    details: ['Group members may ask questions to clarify the issue through open and neutral questions. No advice is given yet.'],
  },
  {
    minutes: 15,
    title: '4. Brainstorm phase',
    details: [
      'The group members brainstorm about possible solutions. The contributor is not allowed to participate in the conversation and may only take notes.',
    ],
  },
  { minutes: 3, title: '5. Experience', details: ["The contributor joins the group again and responds to the group members' given solutions."] },
];

/** The whole 40 minutes: opening, the five phases, reflection, privacy rules and closing. */
export const COACHING_AGENDA: readonly AgendaRow[] = [
  {
    minutes: 2,
    suggested: true,
    title: 'Goal and planning',
    details: [
      'Discuss the goal and planning of this activity.',
      'Divide the tutors into small groups of approximately four tutors and explain the method.',
    ],
  },
  ...COACHING_PHASES,
  {
    minutes: 3,
    suggested: true,
    title: 'Reflection',
    details: ['Reflect on the activity with the tutors (questions below).'],
  },
  {
    minutes: 1,
    suggested: true,
    title: 'Privacy rules for dashboard data',
    details: ['The data from the dashboard belongs to the student: they should not feel pressured to share it.'],
  },
  {
    minutes: 1,
    suggested: true,
    title: 'Closing',
    details: ['Thank the tutors for their participation and tell them whom to contact with questions.'],
  },
];

export const TUTOR_COACHING: DocTemplate = {
  id: 'tutor-coaching',
  title: 'Tutor-to-tutor coaching',
  summary: 'Facilitator agenda for a 40-minute intervision session in groups of about four: five timed phases, reflection, privacy.',
  audience: 'facilitator',
  subject: 'none',
  date: { key: 'date', label: 'Session date', hint: 'The day of the coaching session.' },
  docName: 'Tutor-to-tutor coaching — {{program.name}} — {{doc.date}}',
  blocks: [
    { kind: 'title', text: 'Tutor-to-tutor coaching' },
    { kind: 'subtitle', text: '{{program.name}} · {{doc.date}} · about 40 minutes · groups of about four tutors' },
    { kind: 'heading', level: 1, text: 'Preparation' },
    {
      kind: 'checklist',
      items: [
        'Read the explanation of this activity carefully beforehand.',
        'Make sure the tutors have already used the dashboard for student counseling.',
        'Ask each tutor to think of a problem or issue they encountered using the dashboard, and write the case down in a maximum of five sentences.',
      ],
    },
    { kind: 'heading', level: 1, text: 'Agenda (40 minutes)' },
    {
      kind: 'note',
      text: 'Keep track of the time to let the groups know when to move on to the next phase. Minutes marked ~ are suggestions within the 40 minutes.',
    },
    { kind: 'agenda', rows: COACHING_AGENDA },
    { kind: 'heading', level: 2, text: 'The five phases' },
    {
      kind: 'numbered',
      items: COACHING_PHASES.map((p) => `${p.title.replace(/^\d\.\s*/, '')}${p.suggested ? '' : ` (${p.minutes} minutes)`}: ${p.details.join(' ')}`),
    },
    { kind: 'heading', level: 1, text: 'Reflection' },
    {
      kind: 'fillIn',
      prompts: [
        'Was the coaching session helpful and why?',
        'Which tips or solutions would you like to share with the group?',
        'Is there a need for more tutor-to-tutor coaching sessions?',
      ],
      answerHeader: 'Notes',
    },
    { kind: 'heading', level: 1, text: 'Privacy: the data belongs to the student' },
    {
      kind: 'paragraph',
      text: 'Discuss the privacy rules for working with the dashboard. Remember that the data from the dashboard belongs to the student. Therefore, they should not feel pressured to share this information.',
    },
    { kind: 'heading', level: 1, text: 'Closing' },
    { kind: 'paragraph', text: 'Thank the tutors for their participation. For questions, contact: ______________________' },
  ],
};
