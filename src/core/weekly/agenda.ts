// One team's Tier 3 weekly meeting agenda (seed 004), prefilled from its workbook: what tutors share (last week's
// session-note highlights, wins and struggles, progress to goal, targeted support, open Tier 2 questions), a proposed
// roster for next week, and the teachers' sections as structured prompts.

import { computeDashboard } from '../dashboard';
import { addDays, displayDate } from '../dates';
import type { ActionStep, Goal, IsoDate, ProgramSettings, SessionNote, StepCheckOff, Student } from '../model';
import type { DocBlock } from '../templates/render';
import { TIER3_TEACHER_PROMPTS } from '../templates/tier3-weekly-meeting';
import { currentGoal, progressToGoal } from '../templates/values';
import { type TeamStudent, teamGoal, teamNote, teamStudent } from './team-view';
import { inReview, type MeetingWeek } from './week';

/** An open Tier 2 question of the team (team fields only). */
export interface OpenQuestion {
  studentId: string;
  askedBy: string;
  askedAt: string;
  text: string;
}

/** Everything one team's agenda is made from: read once from the team workbook and the master's Roster. */
export interface AgendaInput {
  programName: string;
  team: string;
  today: IsoDate;
  week: MeetingWeek;
  settings: Pick<ProgramSettings, 'dosage' | 'termStart' | 'termEnd'>;
  /** The team's students on the Roster (active and not). */
  students: readonly Student[];
  goals: readonly Goal[];
  steps: readonly ActionStep[];
  checkOffs: readonly StepCheckOff[];
  notes: readonly SessionNote[];
  openQuestions: readonly OpenQuestion[];
}

export interface StudentWeek {
  student: TeamStudent;
  notes: SessionNote[];
  attended: number;
  goal: string;
  latestScore: string;
  target: string;
  progress: string;
}

export interface RosterProposal {
  name: string;
  reasons: string[];
}

export interface WeeklyAgenda {
  name: string;
  team: string;
  teacherEmail: string;
  tutors: string[];
  week: MeetingWeek;
  students: StudentWeek[];
  academicWins: string[];
  academicStruggles: string[];
  behaviouralWins: string[];
  behaviouralStruggles: string[];
  targetedSupport: string[];
  openQuestions: string[];
  roster: RosterProposal[];
  assessmentsComing: string[];
}

const DEGREE = ['', 'Not yet', 'Partly', 'Mostly', 'Fully'];
const degreeText = (d: number | null) => (d === null ? 'not rated' : `${d} — ${DEGREE[d] ?? ''}`);
const quote = (text: string) => `“${text.trim()}”`;

/** The agenda's name in Drive: the team and the Monday of the week it plans. */
export function agendaName(team: string, week: MeetingWeek): string {
  return `Weekly meeting — ${team} — week of ${displayDate(week.weekStart)}`;
}

/** Builds the agenda from the team's records; only team-audience fields are read (team-view.ts). */
export function buildAgenda(input: AgendaInput): WeeklyAgenda {
  const active = input.students.filter((s) => s.active);
  const notes = input.notes.map(teamNote).filter((n) => inReview(input.week, n.date));
  const goals = input.goals.map(teamGoal);
  const byStudent = new Map(active.map((s) => [s.studentId, teamStudent(s)]));
  const nameOf = (id: string) => byStudent.get(id)?.name ?? id;
  const students: StudentWeek[] = active.map((s) => {
    const mine = notes
      .filter((n) => n.studentId === s.studentId)
      .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
    const goal = currentGoal(goals, s.studentId);
    return {
      student: teamStudent(s),
      notes: mine,
      attended: mine.filter((n) => n.attended).length,
      goal: goal?.goal ?? '',
      latestScore: goal?.score === null || goal?.score === undefined ? '' : String(goal.score),
      target: goal?.target === null || goal?.target === undefined ? '' : String(goal.target),
      progress: progressToGoal(goal),
    };
  });
  const academicWins: string[] = [];
  const academicStruggles: string[] = [];
  const behaviouralWins: string[] = [];
  const behaviouralStruggles: string[] = [];
  for (const n of notes) {
    if (!n.attended) continue;
    const who = `${nameOf(n.studentId)} (${displayDate(n.date)})`;
    const about = n.objective ? `: ${quote(n.objective)}` : '';
    if (n.degreeAccomplished !== null && n.degreeAccomplished >= 4) academicWins.push(`${who} fully accomplished the objective${about}`);
    if (n.degreeAccomplished !== null && n.degreeAccomplished <= 2)
      academicStruggles.push(`${who} ${n.degreeAccomplished === 1 ? 'did not yet accomplish' : 'partly accomplished'} the objective${about}`);
    if (n.focusMotivation === 'High' || n.followThrough === 'Yes')
      behaviouralWins.push(
        `${who}: ${n.focusMotivation === 'High' ? 'high focus/motivation' : 'followed through on the action plan'}${n.engagement ? ` — ${quote(n.engagement)}` : ''}`,
      );
    if (n.focusMotivation === 'Low' || n.promptingNeeded === 'High' || n.followThrough === 'No')
      behaviouralStruggles.push(
        `${who}: ${[n.focusMotivation === 'Low' ? 'low focus/motivation' : '', n.promptingNeeded === 'High' ? 'needed a lot of prompting' : '', n.followThrough === 'No' ? 'did not follow through on the action plan' : ''].filter(Boolean).join(', ')}${n.followThroughWhy ? ` — ${quote(n.followThroughWhy)}` : ''}`,
      );
  }
  // Targeted support: the dashboard's flags from the team's records, and the tutors' own "Prioritized" goals.
  const dashboard = computeDashboard({
    today: input.today,
    settings: input.settings,
    students: active,
    goals,
    steps: input.steps,
    checkOffs: input.checkOffs,
    notes: input.notes.map(teamNote),
  });
  const targetedSupport = dashboard.rows.filter((r) => r.flag).map((r) => `${nameOf(r.studentId)}: ${r.reasons.map((x) => x.text).join('; ')}`);
  const assessmentsComing: string[] = [];
  const roster: RosterProposal[] = [];
  for (const s of students) {
    const reasons: string[] = [];
    const last = [...s.notes].reverse().find((n) => n.attended);
    if (last && last.degreeAccomplished !== null && last.degreeAccomplished <= 2)
      reasons.push(
        `did not accomplish last week's objective${last.objective ? ` ${quote(last.objective)}` : ''} (${degreeText(last.degreeAccomplished)})`,
      );
    if (s.notes.length > 0 && s.attended === 0) reasons.push('missed every session last week');
    const coming = goals.filter(
      (g) =>
        g.studentId === s.student.studentId &&
        g.status === 'Active' &&
        g.dueDate &&
        g.dueDate >= input.today &&
        g.dueDate <= addDays(input.week.weekStart, 6),
    );
    for (const g of coming) {
      reasons.push(`assessment coming: ${g.assessment || 'assessment'} on ${displayDate(g.dueDate)}`);
      assessmentsComing.push(`${s.student.name}: ${g.assessment || 'assessment'} on ${displayDate(g.dueDate)}`);
    }
    if (reasons.length) roster.push({ name: s.student.name, reasons });
  }
  const teacherEmail = active.map((s) => teamStudent(s).teacherEmail).find((e) => e) ?? '';
  return {
    name: agendaName(input.team, input.week),
    team: input.team,
    teacherEmail,
    tutors: [...new Set(active.map((s) => teamStudent(s).tutorEmail).filter(Boolean))].sort(),
    week: input.week,
    students,
    academicWins,
    academicStruggles,
    behaviouralWins,
    behaviouralStruggles,
    targetedSupport,
    openQuestions: input.openQuestions.map((q) => `${nameOf(q.studentId)} — ${q.askedBy}: ${quote(q.text)}`),
    roster,
    assessmentsComing,
  };
}

const p = (text: string, style: Extract<DocBlock, { kind: 'paragraph' }>['style'] = 'normal'): DocBlock => ({ kind: 'paragraph', text, style });
const list = (items: readonly string[], empty: string): DocBlock =>
  items.length ? { kind: 'list', items: [...items], ordered: false } : p(empty, 'note');
const prompts = (questions: readonly string[]): DocBlock => ({ kind: 'table', cells: [['Prompt', 'Notes'], ...questions.map((q) => [q, ''])] });

/** One line per note: what was worked on and how it went (team fields only). */
function highlight(n: SessionNote): string {
  if (!n.attended) return `${displayDate(n.date)}: absent`;
  const parts = [
    n.objective && `Objective ${quote(n.objective)} (${degreeText(n.degreeAccomplished)})`,
    n.topicsSkills && `worked on ${n.topicsSkills.trim()}`,
    n.assignments && `assignments: ${n.assignments.trim()}`,
    n.assessmentData && `assessment: ${n.assessmentData.trim()}`,
    n.engagement && `engagement: ${n.engagement.trim()}`,
    n.studentShared && `shared: ${n.studentShared.trim()}`,
  ].filter(Boolean);
  return `${displayDate(n.date)}${n.onTime ? '' : ' (late)'}: ${parts.join('; ')}`;
}

/** The agenda as document blocks, rendered with the Docs API builders (src/core/docs/requests.ts). */
export function agendaBlocks(a: WeeklyAgenda): DocBlock[] {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  return [
    p(`Weekly teacher-tutor meeting: ${a.team}`, 'title'),
    p(
      `Week of ${displayDate(a.week.weekStart)} · Teacher ${a.teacherEmail || '(none on the Roster)'} · Tutors ${a.tutors.join(', ') || '(none)'}`,
      'subtitle',
    ),
    p(`Prepared from the team workbook: session notes of ${displayDate(a.week.reviewStart)} to ${displayDate(a.week.reviewEnd)}.`, 'note'),
    p('Teachers Share', 'heading1'),
    p(`Next Week's Sequence of Lesson Objectives (week of ${displayDate(a.week.weekStart)})`, 'heading2'),
    {
      kind: 'table',
      cells: [[...TIER3_TEACHER_PROMPTS.lessonColumns], ...days.map((d, i) => [`${d} ${displayDate(addDays(a.week.weekStart, i))}`, '', '', ''])],
    },
    p('Level of Rigor', 'heading3'),
    prompts(TIER3_TEACHER_PROMPTS.rigor),
    p('Professional Expertise: Misconceptions and Barriers, Alternative Methods, Stretch Questions', 'heading2'),
    prompts(TIER3_TEACHER_PROMPTS.expertise),
    p('Ideas for Upcoming Weeks: Exam Review, Goal Setting, Make-Up Work', 'heading2'),
    prompts(TIER3_TEACHER_PROMPTS.upcoming),
    p('Assessments coming (from the Goals Master List):', 'normal'),
    list(a.assessmentsComing, 'No assessment due by the end of next week on the Goals Master List.'),
    p('Tutors Share', 'heading1'),
    p('Student Progress-to-Goal Updates', 'heading2'),
    a.students.length
      ? {
          kind: 'table',
          cells: [
            ['Student', 'Tutor', 'Current goal', 'Latest score', 'Target', 'Progress to goal', 'Sessions attended last week'],
            ...a.students.map((s) => [
              s.student.name,
              s.student.tutorEmail,
              s.goal,
              s.latestScore,
              s.target,
              s.progress,
              `${s.attended} of ${s.notes.length}`,
            ]),
          ],
        }
      : p('No active students in this team on the Roster.', 'note'),
    p("Last Week's Session-Note Highlights", 'heading2'),
    ...a.students.flatMap((s): DocBlock[] => [p(s.student.name, 'heading3'), list(s.notes.map(highlight), 'No session notes logged last week.')]),
    p('Academic Wins', 'heading3'),
    list(a.academicWins, 'None recorded last week. Were there any common or individual strengths to build on?'),
    p('Academic Struggles', 'heading3'),
    list(a.academicStruggles, 'None recorded last week.'),
    p('Behavioural Wins', 'heading3'),
    list(a.behaviouralWins, 'None recorded last week.'),
    p('Behavioural Struggles', 'heading3'),
    list(a.behaviouralStruggles, 'None recorded last week.'),
    prompts([
      'What are the root causes of the struggles? What will the teacher address in whole-group instruction, and what will tutors address?',
      'How can teachers and tutors build on the wins and celebrate them?',
    ]),
    p('Students Flagged for Targeted Support', 'heading2'),
    list(a.targetedSupport, 'No student is flagged for targeted support.'),
    p('Open Tier 2 Questions', 'heading2'),
    list(a.openQuestions, 'No open questions.'),
    p("Next Week's Tutoring Session Plans", 'heading1'),
    p('Proposed Student Roster', 'heading2'),
    a.roster.length
      ? { kind: 'table', cells: [['Student', 'Why', 'Attend next week?'], ...a.roster.map((r) => [r.name, r.reasons.join('; '), ''])] }
      : p('No student stands out from last week: decide the roster together.', 'note'),
    p('Tutor Objectives', 'heading2'),
    {
      kind: 'table',
      cells: [
        [
          'Group / session',
          'WHAT is the objective',
          'HOW it addresses the misconception or barrier',
          'HOW tutors will teach it',
          'HOW tutors will assess it',
        ],
        ['', '', '', '', ''],
        ['', '', '', '', ''],
      ],
    },
    p('What assessment data will tutors bring to the next meeting?', 'note'),
  ];
}
