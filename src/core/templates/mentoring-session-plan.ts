// Template: the mentoring session plan (seed 001) — six timed blocks, goal catch-up from the tracker, SMART goals.

import type { AgendaRow, DocTemplate } from './model';

/** The six blocks and their minutes as the seed gives them (30+ and 10+ may run longer). */
export const MENTORING_BLOCKS: readonly AgendaRow[] = [
  {
    minutes: 10,
    title: 'Welcome & Chit Chat',
    details: [
      "Open the session with some chat about their lives and what they've been doing recently: the relationship and trust are among the most critical parts of mentoring.",
      "Begin with talking about them, but don't be afraid to talk about yourself.",
    ],
  },
  {
    minutes: 5,
    title: 'Goal Catch-Up',
    details: ['Hold {{student.name}} accountable to completing the goals you set: show that they are important. Current goals are listed below.'],
  },
  {
    minutes: 10,
    title: 'Recap & Orientation',
    details: [
      '1. What did they do in the last lesson?',
      '2. What was the homework for the last lesson?',
      '3. What did they not understand from the last lesson?',
    ],
  },
  {
    minutes: 30,
    open: true,
    title: 'Technical Mentoring',
    details: [
      'For the areas the student did not understand, pick apart what exactly they did not grasp (e.g. Extend & Explain, or any method you like).',
      "Take notes on what exactly they don't understand.",
    ],
  },
  {
    minutes: 10,
    open: true,
    title: 'Goal Setting',
    details: [
      'Set goals to achieve by the next time you speak; keep them SMART.',
      'The goals should most importantly be achievable in the time the student has available.',
    ],
  },
  {
    minutes: 5,
    title: 'Wrap Up',
    details: [
      "Direct them towards resources for anything you didn't get to: tell them (not ask them) to share problems in their channel, online materials, a study group or peer learning.",
      'Schedule follow-up calls.',
      'Encourage them: find specific moments they made progress over the past week.',
    ],
  },
];

export const MENTORING_SESSION_PLAN: DocTemplate = {
  id: 'mentoring-session-plan',
  title: 'Mentoring session plan',
  summary: 'Six timed blocks (about 70 minutes), goal catch-up from the Goals Master List, a SMART goal-setting table.',
  audience: 'mentor',
  subject: 'student',
  date: { key: 'date', label: 'Session date', hint: 'The day of the mentoring session.' },
  docName: 'Mentoring session — {{student.name}} — {{doc.date}}',
  blocks: [
    { kind: 'title', text: 'Mentoring session plan: {{student.name}}' },
    { kind: 'subtitle', text: '{{program.name}} · {{student.subject}} · {{doc.date}}' },
    {
      kind: 'note',
      text: 'A basis to work from: add, remove and change this plan as you see fit.',
    },
    { kind: 'heading', level: 1, text: 'Mentoring Session' },
    { kind: 'agenda', rows: MENTORING_BLOCKS },
    { kind: 'heading', level: 2, text: 'Goal Catch-Up (5 minutes)' },
    {
      kind: 'table',
      header: ['Goal', 'Target', 'Due date', 'Open action steps', 'Done since last time?'],
      rows: [],
      repeat: {
        source: 'student.goals',
        row: ['{{goal.goal}}', '{{goal.target}}', '{{goal.dueDate}}', '{{goal.steps}}', ''],
        empty: 'No active goals in the Goals Master List yet: set the first ones in Goal Setting.',
        summary: '{{student.goals}}',
      },
    },
    { kind: 'heading', level: 2, text: 'Recap & Orientation (10 minutes)' },
    {
      kind: 'fillIn',
      prompts: [
        'What did they do in the last lesson?',
        'What was the homework for the last lesson?',
        'What did they not understand from the last lesson?',
      ],
      answerHeader: 'Notes',
    },
    { kind: 'heading', level: 2, text: 'Technical Mentoring (30+ minutes)' },
    { kind: 'fillIn', prompts: ['What exactly did they not grasp?', 'What did you try, and what worked?'], answerHeader: 'Notes' },
    { kind: 'heading', level: 2, text: 'Goal Setting (10+ minutes)' },
    {
      kind: 'table',
      header: ['SMART goal', 'Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound (by when)'],
      rows: [
        ['', '', '', '', '', ''],
        ['', '', '', '', '', ''],
      ],
    },
    { kind: 'note', text: 'Goals should be achievable by {{student.name}} in the time they have available before you next speak.' },
    { kind: 'heading', level: 2, text: 'Wrap Up (5 minutes)' },
    {
      kind: 'checklist',
      items: [
        'Told them to share their problems in their channel',
        'Directed them towards online materials',
        'Told them to go to a study group or peer learning when you are unavailable',
        'Scheduled a follow-up call',
        'Named a specific moment they made progress this week',
      ],
    },
  ],
};
