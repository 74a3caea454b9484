// A progress report written for a student and their family (seed 003, Stakeholder Support and Growth Mindset lenses):
// the current goal and action steps with how often each was done, attendance, scores against targets, recent wins
// linking effort to outcome, and next steps. It reads only family-audience fields (FamilyReportData).

import { displayDate } from '../dates';
import type { Cell, TableRecord } from '../table';
import type { DocBlock } from '../templates/render';
import type { FamilyReportData, FamilyStep } from './report-data';

export interface ProgressReport {
  /** The Doc's (and PDF's) name. */
  name: string;
  blocks: DocBlock[];
}

const text = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v).trim());
const num = (v: Cell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function unquote(t: string): string {
  return t.replace(/^["“]+|["”]+$/g, '').trim();
}

function firstName(student: TableRecord): string {
  return text(student.name).split(/\s+/)[0] || 'You';
}

/** The report's document name: a family finds it by the student's name and the date. */
export function reportName(data: FamilyReportData): string {
  return `Progress report — ${text(data.student.name)} — ${data.today}`;
}

function howOften(s: FamilyStep): string {
  if (s.checked === 0) return 'Not checked yet';
  return `${s.done} of ${plural(s.checked, 'session')}`;
}

function stepsBlocks(data: FamilyReportData): DocBlock[] {
  if (data.steps.length === 0)
    return [{ kind: 'paragraph', text: 'No action steps yet: they are set at the next goal-setting conference.', style: 'normal' }];
  return [
    {
      kind: 'table',
      cells: [
        ['Action step', 'When / how often', 'Done'],
        ...data.steps.map((s) => [unquote(text(s.step.action)), text(s.step.whenHowOften), howOften(s)]),
      ],
    },
  ];
}

function attendanceBlocks(data: FamilyReportData): DocBlock[] {
  const logged = data.notes.length;
  if (logged === 0)
    return [
      {
        kind: 'paragraph',
        text: `No tutoring sessions were logged between ${displayDate(data.since)} and ${displayDate(data.today)}.`,
        style: 'normal',
      },
    ];
  const attended = data.notes.filter((n) => n.attended === true).length;
  const onTime = data.notes.filter((n) => n.attended === true && n.onTime === true).length;
  const punctual = attended > 0 ? ` and was on time for ${onTime} of them` : '';
  return [
    {
      kind: 'paragraph',
      text: `Since ${displayDate(data.since)}, ${firstName(data.student)} came to ${attended} of ${plural(logged, 'tutoring session')}${punctual}.`,
      style: 'normal',
    },
  ];
}

function scoreRow(goal: TableRecord): string[] {
  const score = num(goal.score);
  const target = num(goal.target);
  return [
    text(goal.assessment) || '—',
    displayDate(text(goal.conferenceDate)),
    score === null ? '—' : String(score),
    target === null ? '—' : String(target),
  ];
}

function scoresBlocks(data: FamilyReportData): DocBlock[] {
  const goals = [...(data.goal ? [data.goal] : []), ...data.pastGoals].slice(0, 4);
  if (goals.length === 0) return [{ kind: 'paragraph', text: 'No scores recorded yet.', style: 'normal' }];
  return [
    { kind: 'table', cells: [['Assessment / project / assignment', 'Reviewed on', 'Score', 'Target for the next one'], ...goals.map(scoreRow)] },
  ];
}

/**
 * Wins in growth-mindset words: the effort (steps followed through) named as the means to the outcome (the score or
 * goal it serves), never praise of effort for its own sake.
 */
export function recentWins(data: FamilyReportData): string[] {
  const first = firstName(data.student);
  const wins: string[] = [];
  const goalText = data.goal ? unquote(text(data.goal.goal)) : '';
  const towards = goalText ? ` — the steps that lead to the goal “${goalText}”` : '';
  // The goal is named once, on the first win: the steps are the means to it.
  for (const [i, s] of data.steps.filter((x) => x.recentDone > 0).entries()) {
    const why = i === 0 ? towards : '';
    wins.push(`${first} followed through on “${unquote(text(s.step.action))}” in ${plural(s.recentDone, 'session')} over the last four weeks${why}.`);
  }
  const latest = data.goal ? num(data.goal.score) : null;
  const previous = data.pastGoals.find((g) => num(g.score) !== null);
  const before = previous ? num(previous.score) : null;
  const earlierTarget = previous ? num(previous.target) : null;
  if (data.goal && latest !== null && before !== null && latest > before) {
    const met = earlierTarget !== null && latest >= earlierTarget ? `, reaching the target of ${earlierTarget}` : '';
    wins.push(
      `From ${text(previous?.assessment) || 'the earlier assessment'} (${before}) to ${text(data.goal.assessment) || 'the latest one'} (${latest}), ${first}'s score grew by ${latest - before} points${met}: that growth came from the work ${first} put in.`,
    );
  }
  for (const n of data.notes.filter((x) => text(x.familySummary) !== '').slice(-3)) {
    wins.push(`${displayDate(text(n.date))}: ${text(n.familySummary)}`);
  }
  return wins;
}

function nextSteps(data: FamilyReportData): string[] {
  const first = firstName(data.student);
  const open = data.steps.filter((s) => text(s.step.status) !== 'Done');
  const out = open.map((s) => {
    const when = text(s.step.whenHowOften);
    const backup = text(s.step.backupPlan);
    return `Keep going with “${unquote(text(s.step.action))}”${when ? ` (${when})` : ''}.${backup ? ` Backup plan: ${backup}` : ''}`;
  });
  const target = data.goal ? num(data.goal.target) : null;
  const due = data.goal ? text(data.goal.dueDate) : '';
  if (data.goal && (target !== null || due))
    out.push(`Aim for ${target !== null ? `a score of ${target}` : 'the goal'}${due ? ` by ${displayDate(due)}` : ''}.`);
  out.push(`At home: ask ${first} which step went best this week, and which one needs a plan for next week.`);
  return out;
}

/** The whole report as document blocks (one Docs API batchUpdate builds it). */
export function progressReport(data: FamilyReportData): ProgressReport {
  const first = firstName(data.student);
  const program = text(data.program.programName);
  const about = [text(data.student.subject), text(data.student.grade) ? `grade ${text(data.student.grade)}` : ''].filter(Boolean).join(', ');
  const wins = recentWins(data);
  const blocks: DocBlock[] = [
    { kind: 'paragraph', text: `Progress report: ${text(data.student.name)}`, style: 'title' },
    { kind: 'paragraph', text: [program, about, displayDate(data.today)].filter(Boolean).join(' · '), style: 'subtitle' },
    {
      kind: 'paragraph',
      text: `This report is for ${first} and ${first === 'You' ? 'your' : 'their'} family. It shows the goal ${first} set with their tutor, the steps ${first} chose to get there, and how it is going.`,
      style: 'normal',
    },
    { kind: 'paragraph', text: 'Current goal', style: 'heading1' },
    data.goal
      ? { kind: 'paragraph', text: `“${unquote(text(data.goal.goal))}”`, style: 'normal' }
      : { kind: 'paragraph', text: 'No goal yet: the next goal-setting conference sets one.', style: 'normal' },
    { kind: 'paragraph', text: 'Action steps', style: 'heading1' },
    ...stepsBlocks(data),
    { kind: 'paragraph', text: 'Attendance', style: 'heading1' },
    ...attendanceBlocks(data),
    { kind: 'paragraph', text: 'Scores and targets', style: 'heading1' },
    ...scoresBlocks(data),
    { kind: 'paragraph', text: 'Recent wins', style: 'heading1' },
    wins.length > 0
      ? { kind: 'list', items: wins, ordered: false }
      : {
          kind: 'paragraph',
          text: `Every session is a chance to build on ${first}'s strengths: the next report will show the steps followed.`,
          style: 'normal',
        },
    { kind: 'paragraph', text: 'Next steps', style: 'heading1' },
    { kind: 'list', items: nextSteps(data), ordered: false },
    {
      kind: 'paragraph',
      text: `This report belongs to ${first}. It is shared only with the people ${first}'s family agreed to, and only to view.`,
      style: 'note',
    },
  ];
  return { name: reportName(data), blocks };
}
