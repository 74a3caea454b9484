// The merge values of one document, computed from workbook records: the student or team, goals, action steps,
// effort data from session notes and check-offs, progress-to-goal, and last week's session-note highlights.

import { addDays, displayDate, nextMonday } from '../dates';
import type { ActionStep, Conference, Goal, IsoDate, ProgramSettings, SessionNote, StepCheckOff, Student } from '../model';
import { type MergeValues, phaseField } from './merge';
import { PROGRAMME_PHASES } from './peer-coaching-programme';
import { timelineCells } from './render';

/** Everything the workbook holds that a template may show; the generator reads it once per chunk. */
export interface WorkbookData {
  settings: ProgramSettings;
  roster: readonly Student[];
  goals: readonly Goal[];
  steps: readonly ActionStep[];
  checkOffs: readonly StepCheckOff[];
  notes: readonly SessionNote[];
  conferences: readonly Conference[];
}

/** Who the document is about, and the date chosen for it (conference, meeting or programme start). */
export interface MergeTarget {
  studentId?: string;
  team?: string;
  date: IsoDate;
  today: IsoDate;
}

const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const pct = (n: number, d: number): string => (d > 0 ? `${Math.round((n / d) * 100)}%` : '');

/** The goal a student is working towards now: the latest Active one, else the latest of any status. */
export function currentGoal(goals: readonly Goal[], studentId: string): Goal | null {
  const mine = goals.filter((g) => g.studentId === studentId);
  const byDate = (a: Goal, b: Goal) => b.conferenceDate.localeCompare(a.conferenceDate);
  return [...mine.filter((g) => g.status === 'Active')].sort(byDate)[0] ?? [...mine].sort(byDate)[0] ?? null;
}

/** Progress to goal: latest score ÷ target, capped at 100% ('' without both). */
export function progressToGoal(goal: Goal | null): string {
  if (!goal || goal.score === null || goal.target === null || goal.target <= 0) return '';
  return `${Math.min(100, Math.round((goal.score / goal.target) * 100))}%`;
}

function within(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}

function programValues(s: ProgramSettings): Record<string, string> {
  return {
    'program.name': s.programName,
    'program.tier': String(s.tier),
    'program.setting': s.setting,
    'program.takeUp': s.takeUp,
    'program.dosage': String(s.dosage),
    'program.ratio': s.ratio,
    'program.termStart': displayDate(s.termStart),
    'program.termEnd': displayDate(s.termEnd),
  };
}

function studentValues(student: Student, data: WorkbookData, target: MergeTarget): Record<string, string> {
  const goal = currentGoal(data.goals, student.studentId);
  const steps = goal ? data.steps.filter((s) => s.goalId === goal.goalId) : [];
  const from = addDays(target.date, -28);
  const notes = data.notes.filter((n) => n.studentId === student.studentId && within(n.date, from, addDays(target.date, -1)));
  const attended = notes.filter((n) => n.attended);
  const stepIds = new Set(steps.map((s) => s.stepId));
  // Only what finished saves wrote: a check-off's session note and a conference's new goal are each save's completion
  // marker (tutor-records.ts); rows of a save killed before its marker, and never retried, are left out.
  const noteIds = new Set(data.notes.map((n) => n.noteId));
  const goalIds = new Set(data.goals.map((g) => g.goalId));
  const checks = data.checkOffs.filter((c) => stepIds.has(c.stepId) && (c.noteId === '' || noteIds.has(c.noteId)));
  const conference = data.conferences
    .filter((c) => c.studentId === student.studentId && c.conferenceDate <= target.date && (!c.goalId || goalIds.has(c.goalId)))
    .sort((a, b) => b.conferenceDate.localeCompare(a.conferenceDate))[0];
  const sameDay = conference && conference.conferenceDate === target.date ? conference : undefined;
  const active = data.goals.filter((g) => g.studentId === student.studentId && g.status === 'Active');
  return {
    'student.id': student.studentId,
    'student.name': student.name,
    'student.grade': student.grade,
    'student.subject': student.subject,
    'student.team': student.team,
    'student.teacherEmail': student.teacherEmail,
    'student.tutorEmail': student.tutorEmail,
    'student.familyContact': student.familyContact,
    'student.goals': active.map((g) => goalLine(g)).join('; '),
    'goal.goal': goal?.goal ?? '',
    'goal.target': text(goal?.target),
    'goal.assessment': goal?.assessment ?? '',
    'goal.score': text(goal?.score),
    'goal.conferenceDate': displayDate(goal?.conferenceDate ?? ''),
    'goal.dueDate': displayDate(goal?.dueDate ?? ''),
    'goal.status': goal?.status ?? '',
    'goal.steps': steps.map((s) => [s.action, s.whenHowOften].filter(Boolean).join(' — ')).join('; '),
    'conference.assessment': sameDay?.assessment ?? '',
    'conference.score': text(sameDay?.score),
    'conference.effortData': sameDay?.effortData ?? '',
    'conference.academicData': sameDay?.academicData ?? '',
    'effort.attendance': notes.length
      ? `${attended.length} of ${notes.length} session${notes.length === 1 ? '' : 's'} attended (${pct(attended.length, notes.length)})`
      : '',
    'effort.punctuality': attended.length
      ? `${attended.filter((n) => n.onTime).length} of ${attended.length} on time (${pct(attended.filter((n) => n.onTime).length, attended.length)})`
      : '',
    'effort.stepCompletion': checks.length
      ? `${checks.filter((c) => c.done).length} of ${checks.length} action-step check-offs done (${pct(checks.filter((c) => c.done).length, checks.length)})`
      : '',
  };
}

function goalLine(g: Goal): string {
  const bits = [g.target !== null ? `target ${g.target}` : '', g.dueDate ? `by ${displayDate(g.dueDate)}` : ''].filter(Boolean);
  return bits.length ? `${g.goal} (${bits.join(', ')})` : g.goal;
}

function teamMembers(data: WorkbookData, team: string): Student[] {
  return data.roster.filter((s) => s.active && s.team === team).sort((a, b) => a.name.localeCompare(b.name));
}

/** Builds the values of one document. Unknown student ids or teams give empty values, reported as empty fields. */
export function mergeValues(data: WorkbookData, target: MergeTarget): MergeValues {
  const scalars: Record<string, string> = {
    ...programValues(data.settings),
    'doc.date': displayDate(target.date),
    'doc.today': displayDate(target.today),
    'conference.date': displayDate(target.date),
    'meeting.date': displayDate(target.date),
    'meeting.nextWeek': displayDate(nextMonday(target.date)),
    'programme.startDate': displayDate(target.date),
  };
  timelineCells(PROGRAMME_PHASES, target.date)
    .slice(1)
    .forEach((row, i) => {
      scalars[phaseField(i)] = row[1];
    });
  const lists: Record<string, Record<string, string>[]> = {};
  const student = target.studentId ? data.roster.find((s) => s.studentId === target.studentId) : undefined;
  if (student) {
    Object.assign(scalars, studentValues(student, data, target));
    lists['student.goals'] = data.goals
      .filter((g) => g.studentId === student.studentId && g.status === 'Active')
      .sort((a, b) => a.conferenceDate.localeCompare(b.conferenceDate))
      .map((g) => ({
        'goal.goal': g.goal,
        'goal.target': text(g.target),
        'goal.assessment': g.assessment,
        'goal.score': text(g.score),
        'goal.dueDate': displayDate(g.dueDate),
        'goal.status': g.status,
        'goal.steps': data.steps
          .filter((s) => s.goalId === g.goalId && s.status === 'Open')
          .map((s) => s.action)
          .join('; '),
      }));
    const goal = currentGoal(data.goals, student.studentId);
    lists['goal.steps'] = (goal ? data.steps.filter((s) => s.goalId === goal.goalId) : []).map((s) => ({
      'step.action': s.action,
      'step.whenHowOften': s.whenHowOften,
      'step.effortMeasure': s.effortMeasure,
      'step.backupPlan': s.backupPlan,
      'step.status': s.status,
    }));
  }
  const teamName = target.team ?? student?.team;
  if (teamName) {
    const members = teamMembers(data, teamName);
    const ids = new Set(members.map((m) => m.studentId));
    const tutors = [...new Set(members.map((m) => m.tutorEmail).filter(Boolean))];
    Object.assign(scalars, {
      'team.name': teamName,
      'team.teacherEmail': members[0]?.teacherEmail ?? '',
      'team.tutors': tutors.join(', '),
      'team.studentCount': String(members.length),
    });
    if (target.team) {
      const lastWeek = (n: SessionNote) => ids.has(n.studentId) && within(n.date, addDays(target.date, -7), addDays(target.date, -1));
      lists['team.students'] = members.map((m) => {
        const goal = currentGoal(data.goals, m.studentId);
        return {
          'student.name': m.name,
          'student.id': m.studentId,
          'student.tutorEmail': m.tutorEmail,
          'progress.goal': goal?.goal ?? '',
          'progress.latestScore': text(goal?.score),
          'progress.target': text(goal?.target),
          'progress.toGoal': progressToGoal(goal),
          'progress.attended': String(data.notes.filter((n) => n.studentId === m.studentId && lastWeek(n) && n.attended).length),
        };
      });
      const names = new Map(members.map((m) => [m.studentId, m.name]));
      scalars['team.progress'] = lists['team.students']
        .map(
          (r) => `${r['student.name']}: ${r['progress.toGoal'] || 'no score yet'}${r['progress.target'] ? ` of target ${r['progress.target']}` : ''}`,
        )
        .join('; ');
      lists['team.notes'] = data.notes
        .filter(lastWeek)
        .sort((a, b) => a.date.localeCompare(b.date) || (names.get(a.studentId) ?? '').localeCompare(names.get(b.studentId) ?? ''))
        .map((n) => ({
          'note.date': displayDate(n.date),
          'note.student': names.get(n.studentId) ?? n.studentId,
          'note.objective': n.objective,
          'note.degree': n.degreeAccomplished === null ? '' : `${n.degreeAccomplished} of 4`,
          'note.highlights': n.attended ? [n.topicsSkills, n.engagement, n.studentShared].filter(Boolean).join(' · ') : 'Absent',
        }));
      scalars['team.highlights'] = (lists['team.notes'] ?? [])
        .map((r) => `${r['note.student']} (${r['note.date']}): ${r['note.highlights']}`)
        .join('; ');
    }
  }
  return { scalars, lists };
}
