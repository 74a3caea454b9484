// Saves interleaved at every call boundary: ten tutors in two team workbooks and a coordinator from the master save
// notes, check-offs, conferences, questions and answers while another save is mid-way (world.afterCall) — every write
// present exactly once, no torn rows, at most one Active goal per student; and two conferences for the same student
// at once, interleaved at every boundary: exactly one Active goal, the previous goal's outcome that landed kept.

import { QUESTIONS_TABLE } from '../../src/core/drive-tables';
import type { Student } from '../../src/core/model';
import type { SaveResult } from '../../src/core/result';
import { idsOf } from '../../src/core/saves/save-key';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, CONFERENCES_TABLE, GOALS_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { answerQuestion, askQuestion } from '../../src/server/questions';
import { tutorSaveConference, tutorSaveSessionNote } from '../../src/server/tutor';
import { ALGEBRA, aStudent, BIOLOGY, createProgram, type Program, TEACHER_OKAFOR, TEACHER_RIVERA } from '../support/program';
import { conferenceForm, keyOf, noteForm } from './forms';
import { attempt, snapshot, tables } from './world-state';

const LOGS = [GOALS_TABLE, ACTION_STEPS_TABLE, CONFERENCES_TABLE, SESSION_NOTES_TABLE, CHECK_OFFS_TABLE, QUESTIONS_TABLE];
const BUSY = 'Someone else is saving to the workbook right now. Nothing was lost: please try again in a few seconds.';
const TEAMS = [ALGEBRA, BIOLOGY];

/** Ten tutors, five per team, one student each. */
const STUDENTS: Student[] = Array.from({ length: 10 }, (_, i) =>
  aStudent({
    studentId: `003${String(i + 1).padStart(2, '0')}`,
    name: `Student ${i + 1}`,
    team: TEAMS[i % 2],
    teacherEmail: i % 2 === 0 ? TEACHER_RIVERA : TEACHER_OKAFOR,
    tutorEmail: `tutor${i + 1}@school.example`,
  }),
);

type Rows = Record<string, Record<string, unknown>[]>;

/** One save someone makes: where they run it, what it sends, and how to find what it wrote. */
interface Save {
  label: string;
  run: () => SaveResult<unknown>;
  /** Checks the logs hold this save exactly once and whole; returns what is wrong ('' when nothing). */
  check: (rows: Rows) => string;
}

let program: Program;
afterEach(() => program?.close());

const count = (rows: Record<string, unknown>[], key: string, value: string) => rows.filter((r) => r[key] === value).length;

/** Each student's first conference (an Active goal with two open steps) and one open question per team. */
function seed(): { goals: Map<string, string>; steps: Map<string, string[]>; questions: Map<string, string> } {
  program = createProgram({ students: STUDENTS, tier: 2 });
  const goals = new Map<string, string>();
  const steps = new Map<string, string[]>();
  const questions = new Map<string, string>();
  for (const [i, s] of STUDENTS.entries()) {
    const r = program.inTeam(s.team, s.tutorEmail, () => tutorSaveConference(conferenceForm(s.studentId, keyOf('seed', i), { score: '58' })));
    if (!r.ok) throw new Error(JSON.stringify(r));
    goals.set(s.studentId, r.value.goalId);
    steps.set(s.studentId, r.value.stepIds);
  }
  for (const [i, team] of TEAMS.entries()) {
    const s = STUDENTS[i];
    const r = program.inTeam(team, s.tutorEmail, () =>
      askQuestion({ studentId: s.studentId, text: 'Which unit is next?', saveKey: keyOf('seedq', i) }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    questions.set(team, r.value.questionId);
  }
  return { goals, steps, questions };
}

describe('saves interleaved at every call boundary', () => {
  it('ten tutors in two team workbooks and a coordinator from the master: every write once, whole, one Active goal each', () => {
    const { goals, steps, questions } = seed();
    let n = 0;
    /** The save of kind `kind` by student i's tutor (or, for i = -1, the coordinator from the master for student 1). */
    const saveOf = (kind: number, i: number): Save => {
      const s = STUDENTS[Math.max(0, i) % STUDENTS.length];
      const key = keyOf(`k${kind}`, ++n);
      const ids = idsOf(key);
      const where = <T>(fn: () => T) => (i < 0 ? program.run(fn) : program.inTeam(s.team, s.tutorEmail, fn));
      const who = i < 0 ? 'coordinator' : `tutor ${i + 1}`;
      switch (kind % 4) {
        case 0: {
          const objective = `Note ${key}`;
          const ticks = (steps.get(s.studentId) ?? []).map((stepId, j) => ({ stepId, done: j === 0 }));
          return {
            label: `${who}: note with check-offs`,
            run: () => where(() => tutorSaveSessionNote(noteForm(s.studentId, key, { objective, checkOffs: ticks }))),
            check: (rows) => {
              const notes = rows[SESSION_NOTES_TABLE.name].filter((r) => r.noteId === ids.noteId);
              const offs = rows[CHECK_OFFS_TABLE.name].filter((r) => r.noteId === ids.noteId);
              if (notes.length !== 1 || notes[0].objective !== objective || notes[0].studentId !== s.studentId) return `note ${notes.length}×`;
              if (offs.length !== ticks.length || offs.some((o, j) => o.stepId !== ticks[j].stepId || o.done !== ticks[j].done))
                return `check-offs ${offs.length}×`;
              return '';
            },
          };
        }
        case 1: {
          const previousGoalId = goals.get(s.studentId) ?? '';
          const goal = `Goal ${key}`;
          return {
            label: `${who}: conference`,
            run: () => where(() => tutorSaveConference(conferenceForm(s.studentId, key, { goal, previousGoalId, previousGoalOutcome: 'Not met' }))),
            check: (rows) => {
              const g = rows[GOALS_TABLE.name].filter((r) => r.goalId === ids.goalId);
              if (g.length !== 1 || g[0].goal !== goal || g[0].status !== 'Active') return `goal ${g.length}×`;
              if (count(rows[ACTION_STEPS_TABLE.name], 'goalId', ids.goalId) !== 2) return 'steps';
              if (count(rows[CONFERENCES_TABLE.name], 'conferenceId', ids.conferenceId) !== 1) return 'conference record';
              if (rows[GOALS_TABLE.name].find((r) => r.goalId === previousGoalId)?.status !== 'Not met') return 'previous outcome';
              return '';
            },
          };
        }
        case 2: {
          const text = `Question ${key}?`;
          return {
            label: `${who}: question`,
            run: () => where(() => askQuestion({ studentId: s.studentId, text, saveKey: key })),
            check: (rows) => {
              const q = rows[QUESTIONS_TABLE.name].filter((r) => r.messageId === ids.questionId);
              return q.length === 1 && q[0].text === text && q[0].status === 'Open' ? '' : `question ${q.length}×`;
            },
          };
        }
        default: {
          const questionId = questions.get(s.team) ?? '';
          const text = `Answer ${key}`;
          return {
            label: `${who}: answer`,
            run: () => where(() => answerQuestion({ questionId, studentId: s.studentId, text, saveKey: key })),
            check: (rows) => {
              const a = rows[QUESTIONS_TABLE.name].filter((r) => r.messageId === ids.answerId);
              const q = rows[QUESTIONS_TABLE.name].find((r) => r.messageId === questionId);
              return a.length === 1 && a[0].text === text && q?.status === 'Answered' ? '' : `answer ${a.length}×`;
            },
          };
        }
      }
    };

    const restore = snapshot(program);
    const wrong: string[] = [];
    let tried = 0;
    let other = 0;
    // Each kind of save by a tutor of each team, with another person's save run at every one of its call boundaries.
    for (let kind = 0; kind < 4; kind++) {
      for (const mainOf of [kind, kind + 5]) {
        restore();
        const before = program.world.counter.total;
        saveOf(kind, mainOf).run();
        const calls = program.world.counter.total - before;
        for (let k = 1; k <= calls; k++) {
          restore();
          tried++;
          // The other saver: the nine other tutors in turn, and every fifth case the coordinator from the master.
          const otherOf = k % 5 === 0 ? -1 : (mainOf + 1 + (other++ % 9)) % 10;
          const main = saveOf(kind, mainOf);
          const second = saveOf(kind + 1 + (k % 3), otherOf === mainOf ? (mainOf + 1) % 10 : otherOf);
          let at = 0;
          let during: ReturnType<typeof attempt> | null = null;
          const hook = () => {
            if (++at === k) during = attempt(second.run);
          };
          program.world.afterCall.push(hook);
          const first = attempt(main.run);
          program.world.afterCall.splice(program.world.afterCall.indexOf(hook), 1);
          // A save told "someone else is saving" is retried by its person, with the same form.
          const answer = during as ReturnType<typeof attempt> | null;
          const retried = answer?.ok && (answer.value as SaveResult<unknown>).ok === false ? attempt(second.run) : answer;
          const perTeam = TEAMS.map((t) => tables(program, t, LOGS) as Rows);
          const merged: Rows = Object.fromEntries(LOGS.map((l) => [l.name, perTeam.flatMap((r) => r[l.name])]));
          const problems = [
            first.ok && (first.value as SaveResult<unknown>).ok ? main.check(merged) : `first save failed: ${JSON.stringify(first)}`,
            retried?.ok && (retried.value as SaveResult<unknown>).ok ? second.check(merged) : `second save failed: ${JSON.stringify(retried)}`,
          ].filter(Boolean);
          const active = new Map<string, number>();
          for (const g of merged[GOALS_TABLE.name])
            if (g.status === 'Active') active.set(String(g.studentId), (active.get(String(g.studentId)) ?? 0) + 1);
          for (const [id, c] of active) if (c > 1) problems.push(`${id} has ${c} Active goals`);
          const total = LOGS.reduce((sum, l) => sum + merged[l.name].length, 0);
          if (problems.length || total === 0) wrong.push(`${main.label} / ${second.label} at call ${k}: ${problems.join('; ')}`);
        }
      }
    }
    // One line per sweep: cases tried, failures.
    console.log(`concurrency sweep: ${tried} cases tried (10 tutors, 2 team workbooks, the coordinator from the master), ${wrong.length} wrong`);
    // Every call boundary of each main save, all on the one batched write path: a note and a conference 10 calls each,
    // a question 11 (its key's TextFinder), an answer 9; two tutors each.
    expect(tried).toBe(80);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('two conferences for the same student at once: exactly one Active goal, and the outcome of the one that landed', () => {
    const { goals } = seed();
    const maya = STUDENTS[0];
    const previousGoalId = goals.get(maya.studentId) ?? '';
    // Her tutor closes the goal as Met; the coordinator, from the master, as Not met, in another form opened at once.
    const tutor = () =>
      program.inTeam(maya.team, maya.tutorEmail, () =>
        tutorSaveConference(conferenceForm(maya.studentId, keyOf('tutor', 1), { goal: 'Tutor goal', previousGoalId, previousGoalOutcome: 'Met' })),
      );
    const coordinator = () =>
      program.run(() =>
        tutorSaveConference(
          conferenceForm(maya.studentId, keyOf('coord', 2), { goal: 'Coordinator goal', previousGoalId, previousGoalOutcome: 'Not met' }),
        ),
      );
    const restore = snapshot(program);
    const before = program.world.counter.total;
    tutor();
    const calls = program.world.counter.total - before;
    const wrong: string[] = [];
    for (let k = 1; k <= calls; k++) {
      restore();
      let at = 0;
      let during: SaveResult<unknown> | null = null;
      const hook = () => {
        if (++at === k) during = coordinator();
      };
      program.world.afterCall.push(hook);
      const first = tutor();
      program.world.afterCall.splice(program.world.afterCall.indexOf(hook), 1);
      const seen = during as SaveResult<unknown> | null;
      // Told "someone else is saving", the coordinator saves again; a form opened before the other landed is refused.
      const second = seen && !seen.ok && seen.message === BUSY ? coordinator() : seen;
      const mine = (tables(program, maya.team, [GOALS_TABLE]) as Rows)[GOALS_TABLE.name].filter((g) => g.studentId === maya.studentId);
      const active = mine.filter((g) => g.status === 'Active');
      const landed = [first.ok ? 'Met' : '', second?.ok ? 'Not met' : ''].filter(Boolean);
      const outcome = mine.find((g) => g.goalId === previousGoalId)?.status;
      const refused = [first, second].find((r) => r && !r.ok) as { errors: Record<string, string> } | undefined;
      if (
        active.length !== 1 ||
        landed.length !== 1 ||
        outcome !== landed[0] ||
        !/^Another conference for Student 1 was saved/.test(refused?.errors.previousGoalOutcome ?? '')
      )
        wrong.push(`call ${k}: ${active.length} Active, landed ${landed.join('+')}, previous goal ${outcome}, ${JSON.stringify(refused)}`);
    }
    // One line per sweep: cases tried, failures.
    console.log(`two conferences for one student: ${calls} interleavings tried, ${wrong.length} wrong`);
    // The batched conference: the spreadsheet and its id, the caller (2), the lock (3), 2 values.batchGet, 1 batchUpdate.
    expect(calls).toBe(10);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
