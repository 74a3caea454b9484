// Template: the Tier 3 weekly teacher-tutor meeting agenda (seed 004) — teachers share, tutors share, next week's plan.

import type { DocTemplate } from './model';

/**
 * The teachers' sections of seed 004's Tier 3 meeting, as prompts: shared by this template and the prepared weekly
 * agenda (src/core/weekly/agenda.ts), so both ask the same questions in the seed's words.
 */
export const TIER3_TEACHER_PROMPTS = {
  lessonColumns: ['Day', 'WHAT is being taught', 'HOW it is taught (methods, approach, strategy)', 'Vocabulary students must use'],
  rigor: [
    'What does an exemplary response look like? What are the criteria for success? What gets full credit? Partial credit? No credit?',
    'If there is a rubric, what is an example student response at each level?',
  ],
  expertise: [
    'Common misconceptions/barriers to learning: prerequisite skill gaps, language barriers, executive functioning, missing context, low interest',
    'Alternative processes/methods/strategies if the primary one does not work for a student',
    'Stretch questions for students who have mastered the topic',
  ],
  upcoming: [
    "Exam Review (if there's an upcoming exam)",
    'Goal Setting (if students just took an assessment)',
    'Make-Up Assignments (if students are missing crucial assignments)',
  ],
} as const;

export const TIER3_WEEKLY_MEETING: DocTemplate = {
  id: 'tier3-weekly-meeting',
  title: 'Tier 3 weekly meeting agenda',
  summary:
    "Teacher-tutor weekly meeting for one team: next week's lessons, progress-to-goal per student, session-note highlights, next week's roster.",
  audience: 'teacher and tutors',
  subject: 'team',
  date: {
    key: 'date',
    label: 'Meeting date',
    hint: 'Session notes from the 7 days before this date are summarised; "next week" starts the Monday after.',
  },
  docName: 'Weekly meeting — {{team.name}} — {{meeting.date}}',
  blocks: [
    { kind: 'title', text: 'Weekly teacher-tutor meeting: {{team.name}}' },
    { kind: 'subtitle', text: '{{program.name}} · {{meeting.date}} · Teacher {{team.teacherEmail}} · Tutors {{team.tutors}}' },
    { kind: 'heading', level: 1, text: 'Teachers Share' },
    { kind: 'heading', level: 2, text: "Next Week's Lesson Plans (week of {{meeting.nextWeek}})" },
    {
      kind: 'table',
      header: TIER3_TEACHER_PROMPTS.lessonColumns,
      rows: [
        ['Monday', '', '', ''],
        ['Tuesday', '', '', ''],
        ['Wednesday', '', '', ''],
        ['Thursday', '', '', ''],
        ['Friday', '', '', ''],
      ],
    },
    { kind: 'heading', level: 3, text: 'Level of Rigor' },
    {
      kind: 'fillIn',
      prompts: TIER3_TEACHER_PROMPTS.rigor,
      answerHeader: 'Notes',
    },
    { kind: 'heading', level: 2, text: 'Professional Expertise' },
    {
      kind: 'fillIn',
      prompts: TIER3_TEACHER_PROMPTS.expertise,
      answerHeader: 'Notes',
    },
    { kind: 'heading', level: 2, text: 'Ideas for Upcoming Weeks' },
    {
      kind: 'checklist',
      items: TIER3_TEACHER_PROMPTS.upcoming.map((item) => `${item}: ______`),
    },
    { kind: 'heading', level: 1, text: 'Tutors Share' },
    { kind: 'heading', level: 2, text: 'Student Progress-to-Goal Updates' },
    {
      kind: 'table',
      header: ['Student', 'Tutor', 'Current goal', 'Latest score', 'Target', 'Progress to goal', 'Sessions attended last week'],
      rows: [],
      repeat: {
        source: 'team.students',
        row: [
          '{{student.name}}',
          '{{student.tutorEmail}}',
          '{{progress.goal}}',
          '{{progress.latestScore}}',
          '{{progress.target}}',
          '{{progress.toGoal}}',
          '{{progress.attended}}',
        ],
        empty: 'No active students in this team on the Roster.',
        summary: '{{team.progress}}',
      },
    },
    { kind: 'heading', level: 2, text: "Last Week's Session-Note Highlights" },
    {
      kind: 'table',
      header: ['Date', 'Student', 'Objective', 'Degree accomplished', 'Highlights'],
      rows: [],
      repeat: {
        source: 'team.notes',
        row: ['{{note.date}}', '{{note.student}}', '{{note.objective}}', '{{note.degree}}', '{{note.highlights}}'],
        empty: 'No session notes logged last week.',
        summary: '{{team.highlights}}',
      },
    },
    { kind: 'heading', level: 3, text: 'Struggles and Wins' },
    {
      kind: 'fillIn',
      prompts: [
        'Does the teacher or do other tutors have any questions about the tutoring session notes?',
        'Common or individual academic strengths/wins: how can we build on them and celebrate them?',
        'Common or individual academic struggles: what are the root causes? What will the teacher address in whole-group instruction, and what will tutors address?',
        'Behavioral strengths/wins, and struggles with particular behavioral norms',
      ],
      answerHeader: 'Notes',
    },
    { kind: 'heading', level: 1, text: "Next Week's Tutoring Session Plans" },
    { kind: 'heading', level: 2, text: 'Student Roster' },
    {
      kind: 'table',
      header: ['Student', 'Attend next week?', 'Topics not mastered last week', 'Proactive support for next week'],
      rows: [],
      repeat: {
        source: 'team.students',
        row: ['{{student.name}}', '', '', ''],
        empty: 'No active students in this team on the Roster.',
        summary: '{{team.progress}}',
      },
    },
    { kind: 'heading', level: 2, text: 'Tutor Objectives' },
    {
      kind: 'table',
      header: [
        'Group / session',
        'WHAT is the objective',
        'HOW it addresses the misconception or barrier',
        'HOW tutors will teach it',
        'HOW tutors will assess it',
      ],
      rows: [
        ['', '', '', '', ''],
        ['', '', '', '', ''],
      ],
    },
    { kind: 'note', text: 'What assessment data will tutors bring to the next meeting?' },
  ],
};
