// Template: the peer-coaching programme at a glance (seed 002) — four sessions and eLearning phases, dated from a start.

import type { DocTemplate, TimelinePhase } from './model';

/**
 * Sessions 1–4 and the eLearning phases between them. The seed gives the first phase as 1–2 months and the next two
 * as 3 months; the plan reserves the upper bound so no phase is cut short.
 */
export const PROGRAMME_PHASES: readonly TimelinePhase[] = [
  {
    title: 'Session 1',
    duration: 'Full day',
    length: { days: 1 },
    details: [
      'Principals and participants define what peer coaching might look like in their school:',
      'How will coaching support the school’s educational goals?',
      'What activities are teachers pursuing that support these goals?',
      'Which of these activities could be enriched through the use of technology?',
      'Who will be coached and when will coaching occur?',
      'What roles and responsibilities will coaches adopt?',
      'Preparation for the eLearning phase.',
    ],
  },
  {
    title: 'eLearning Phase 1',
    duration: '1–2 months',
    length: { months: 2 },
    details: [
      'Preparatory and collaborative: school groups, and online between peer coaches and the facilitator.',
      'Define your programme · Conduct a planning meeting · Create a portfolio activity · Review promising practices · Assess lesson design · Lesson improvement process',
    ],
  },
  {
    title: 'Session 2',
    duration: 'Half day',
    length: { days: 1 },
    details: [
      'Launches the practical/implementation component of the programme at the school:',
      'Communication skills · Preparing peer coaches · Revisiting the coaching plan · Revisiting the coaching portfolio',
    ],
  },
  {
    title: 'eLearning Phase 2',
    duration: '3 months',
    length: { months: 3 },
    details: [
      'Peer coaches work with their teachers and implement their coaching plan with the support of the facilitator and the online community.',
    ],
  },
  {
    title: 'Session 3',
    duration: 'Half day',
    length: { days: 1 },
    details: [
      'Take stock and share successes and challenges in a supportive environment:',
      'Wows and wonders · Coaching roadblocks · Explore coaching resources',
    ],
  },
  {
    title: 'eLearning Phase 3',
    duration: '3 months',
    length: { months: 3 },
    details: [
      'Peer coaches continue implementing their coaching plans, possibly with new strategies from Session 3; online support and collaboration continue.',
    ],
  },
  {
    title: 'Session 4',
    duration: 'Half day',
    length: { days: 1 },
    details: [
      'Part 1 (with the principal or designee): reviewing research · characteristics of effective professional development · setting new goals for the coaching programmes.',
      'Part 2: reflection and sharing of “best coaching practices.”',
    ],
  },
];

export const PEER_COACHING_PROGRAMME: DocTemplate = {
  id: 'peer-coaching-programme',
  title: 'Peer-coaching programme',
  summary: 'Sessions 1–4 with the eLearning phases between them, dated from a start date.',
  audience: 'coordinator',
  subject: 'none',
  date: { key: 'date', label: 'Programme start', hint: 'The day of Session 1; later sessions move to the next weekday if they fall on a weekend.' },
  docName: 'Peer-coaching programme — {{program.name}} — from {{programme.startDate}}',
  blocks: [
    { kind: 'title', text: 'Peer Coaching Programme at a Glance' },
    { kind: 'subtitle', text: '{{program.name}} · starting {{programme.startDate}}' },
    { kind: 'heading', level: 1, text: 'Timeline' },
    { kind: 'timeline', phases: PROGRAMME_PHASES },
    { kind: 'note', text: 'Sessions that would fall on a weekend move to the next Monday. Adjust the dates to your school calendar.' },
    { kind: 'heading', level: 1, text: 'Session 1 questions' },
    {
      kind: 'fillIn',
      prompts: PROGRAMME_PHASES[0].details.slice(1, 6),
      answerHeader: 'Our answer',
    },
    { kind: 'heading', level: 1, text: 'eLearning Phase 1 activities' },
    {
      kind: 'checklist',
      items: [
        'Define your programme',
        'Conduct a planning meeting',
        'Create a portfolio activity',
        'Review promising practices',
        'Assess lesson design',
        'Lesson improvement process',
      ],
    },
  ],
};
