// The bad-input corpus through every server function that takes input and every text field of the tutor's forms,
// questions, setup and the roster import: each case a refusal that names the field, or the text stored exactly.

import { blankConference } from '../../src/core/conference-form';
import { QUESTIONS_TABLE } from '../../src/core/drive-tables';
import { blankSessionNote } from '../../src/core/session-note-form';
import type { TableSchema } from '../../src/core/table';
import { ACTION_STEPS_TABLE, CONFERENCES_TABLE, GOALS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import * as main from '../../src/main';
import { readTable, requireSheet } from '../../src/workspace/table-store';
import { HOSTILE_TEXT, IMPOSSIBLE_DATES, PROTOTYPE_KEYS, UNKNOWN_IDS, WRONG_TYPES } from '../fixtures/bad-input';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_BEN } from '../support/program';

const MAYA = '00101';
/** What a person must never read: a library's or Sheets' own wording, a JavaScript failure, a leaked value. */
const RAW =
  /Invalid (type|length|key|value)|Expected \w+ but received|Cannot read|is not a function|is not iterable|\[object |undefined|maximum of 50000|TypeError|Unexpected token/;

type Verdict = { ok: true; how: 'refused' | 'stored' | 'answered' } | { ok: false; why: string };

/** A thrown Error or a rejected SaveResult is a refusal; it must read as ours. */
function refusal(outcome: { threw?: unknown; value?: unknown }): Verdict | null {
  if ('threw' in outcome) {
    const e = outcome.threw;
    if (!(e instanceof Error) || e instanceof TypeError || e instanceof RangeError) return { ok: false, why: `crashed: ${String(e)}` };
    return RAW.test(e.message) || e.message.trim() === '' ? { ok: false, why: `raw message: ${e.message}` } : { ok: true, how: 'refused' };
  }
  const v = outcome.value as { ok?: boolean; errors?: Record<string, string>; message?: string } | undefined;
  if (v && v.ok === false) {
    const messages = Object.values(v.errors ?? {}).concat(v.message ? [v.message] : []);
    if (messages.length === 0) return { ok: false, why: 'refused with no message' };
    const raw = messages.find((m) => RAW.test(m));
    return raw ? { ok: false, why: `raw message: ${raw}` } : { ok: true, how: 'refused' };
  }
  return null;
}

function attempt(fn: () => unknown): { threw?: unknown; value?: unknown } {
  try {
    return { value: fn() };
  } catch (threw) {
    return { threw };
  }
}

/** Every row value of `key` in the tables of a team workbook that have that column. */
function storedValues(p: Program, team: string, key: string, tables: readonly TableSchema[]): unknown[] {
  return p.inTeam(team, COORDINATOR, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return tables
      .filter((t) => t.columns.some((c) => c.key === key))
      .flatMap((t) => readTable(requireSheet(ss, t), t).rows.map((r) => r.record[key]));
  });
}

describe('bad input through every server function and text field', () => {
  let p: Program;
  let start: ReturnType<typeof structuredClone<Program['world']['state']>>;
  const failures: string[] = [];
  let tried = 0;
  const record = (label: string, verdict: Verdict) => {
    tried++;
    if (!verdict.ok) failures.push(`${label}: ${verdict.why}`);
  };
  const restore = () => {
    p.world.state = structuredClone(start);
  };

  beforeAll(() => {
    p = createProgram({ tier: 2 });
    start = structuredClone(p.world.state);
  });
  afterAll(() => {
    p.close();
    // One line per sweep: cases tried, failures.
    console.log(
      `bad-input sweep: ${tried} cases tried, ${failures.length} failures${failures.length ? `\n  ${failures.slice(0, 20).join('\n  ')}` : ''}`,
    );
  });

  it('every server function that takes input refuses wrong types, prototype keys and unknown ids with a message of ours', () => {
    type Seat = (fn: () => unknown) => unknown;
    const master: Seat = (fn) => p.run(fn);
    const tutor: Seat = (fn) => p.inTeam(ALGEBRA, TUTOR_BEN, fn);
    const teacher: Seat = (fn) => p.inTeam(ALGEBRA, TEACHER_RIVERA, fn);
    const calls: [string, Seat, (arg: unknown) => unknown][] = [
      ['setUpWorkbook', master, (a) => main.setUpWorkbook(a as never)],
      ['previewRosterImport', master, (a) => main.previewRosterImport(a as never)],
      ['importRoster', master, (a) => main.importRoster(a as never, a as never)],
      ['startGenerateDocs', master, (a) => main.startGenerateDocs(a as never)],
      ['tutorStudentGlance', tutor, (a) => main.tutorStudentGlance(a as never)],
      ['tutorSaveSessionNote', tutor, (a) => main.tutorSaveSessionNote(a as never)],
      ['tutorSaveConference', tutor, (a) => main.tutorSaveConference(a as never)],
      ['listQuestions', tutor, (a) => main.listQuestions(a as never)],
      ['askQuestion', tutor, (a) => main.askQuestion(a as never)],
      ['answerQuestion', teacher, (a) => main.answerQuestion(a as never)],
      ['shareMaterials', teacher, (a) => main.shareMaterials(a as never)],
      ['runJobChunk', master, (a) => main.runJobChunk(a as never)],
      ['getJobProgress', master, (a) => main.getJobProgress(a as never)],
      ['linkProgramWorkbook', master, (a) => main.linkProgramWorkbook(a as never)],
      ['previewTemplate', master, (a) => main.previewTemplate(a as never)],
      ['insertTemplate', master, (a) => main.insertTemplate(a as never)],
    ];
    const inputs: [string, unknown][] = [
      ...WRONG_TYPES.map((w) => [w.name, w.value] as [string, unknown]),
      ...PROTOTYPE_KEYS.map((k) => [k.name, JSON.parse(k.json)] as [string, unknown]),
      ...UNKNOWN_IDS.map((id) => [`unknown id ${id}`, id] as [string, unknown]),
    ];
    restore();
    for (const [name, seat, call] of calls) {
      for (const [label, input] of inputs) {
        const outcome = attempt(() => seat(() => call(input)));
        // A read that answers (listQuestions with no student, a job that is not there) is fine if nothing was written.
        const verdict = refusal(outcome) ?? ({ ok: true, how: 'answered' } as Verdict);
        record(`${name}(${label})`, verdict);
        expect(({} as Record<string, unknown>).isCoordinator).toBeUndefined();
      }
    }
    expect(failures.filter((f) => !f.includes(':'))).toEqual([]);
  });

  let keys = 0;
  const saveKey = () => `k${String(++keys).padStart(20, '0')}`;
  const errorsOf = (outcome: { value?: unknown }) => (outcome.value as { errors?: Record<string, string> } | undefined)?.errors;
  const names = (errors: Record<string, string> | undefined, field: string) =>
    !errors || 'form' in errors || Object.keys(errors).some((k) => k === field || k.startsWith(`${field}.`) || k.endsWith(`.${field}`));

  /**
   * Every corpus value in every field of a form at once (one save per value); fields the refusal does not name are
   * tried alone. A saved value must be read back exactly, in one read of the sheets at the end.
   */
  function sweepForm(
    label: string,
    fields: readonly string[],
    save: (values: Record<string, unknown>) => unknown,
    readAll: () => Record<string, unknown[]>,
  ) {
    const pending: { field: string; name: string; expected: unknown }[] = [];
    const judge = (outcome: { threw?: unknown; value?: unknown }, only: readonly string[], name: string, value: unknown): string[] => {
      const refused = refusal(outcome);
      if (!refused) {
        for (const field of only) pending.push({ field, name, expected: typeof value === 'string' ? value.trim() : value });
        return [];
      }
      const errors = errorsOf(outcome);
      const unnamed = only.filter((f) => !names(errors, f));
      for (const field of only.filter((f) => !unnamed.includes(f))) record(`${label}.${field} ← ${name}`, refused);
      return unnamed;
    };
    for (const { name, value } of corpus) {
      const together = attempt(() => save(Object.fromEntries(fields.map((f) => [f, value]))));
      for (const field of judge(together, fields, name, value)) {
        const alone = attempt(() => save({ [field]: value }));
        for (const f of judge(alone, [field], name, value)) {
          record(`${label}.${f} ← ${name}`, { ok: false, why: `refused on other fields: ${JSON.stringify(errorsOf(alone))}` });
        }
      }
    }
    const stored = readAll();
    for (const { field, name, expected } of pending) {
      const found = (stored[field] ?? []).some((v) => v === expected);
      record(`${label}.${field} ← ${name}`, found ? { ok: true, how: 'stored' } : { ok: false, why: 'saved but not read back exactly' });
    }
  }

  /** One field set to each corpus value, read back right after each save (a later save may overwrite it). */
  function sweepField(label: string, save: (value: unknown) => unknown, field: string, read: () => unknown[]) {
    for (const { name, value } of corpus) {
      const outcome = attempt(() => save(value));
      const refused = refusal(outcome);
      if (refused) {
        record(
          `${label}.${field} ← ${name}`,
          names(errorsOf(outcome), field) ? refused : { ok: false, why: `refused on other fields: ${JSON.stringify(errorsOf(outcome))}` },
        );
        continue;
      }
      const expected = typeof value === 'string' ? value.trim() : value;
      record(
        `${label}.${field} ← ${name}`,
        read().some((v) => v === expected) ? { ok: true, how: 'stored' } : { ok: false, why: 'saved but not read back exactly' },
      );
    }
  }

  const corpus = [...HOSTILE_TEXT.map((h) => ({ name: h.name, value: h.text as unknown })), ...WRONG_TYPES];
  const readTeam = (fields: readonly string[], tables: readonly TableSchema[]) => () =>
    Object.fromEntries(fields.map((f) => [f, storedValues(p, ALGEBRA, f, tables)]));

  it('every text field of a session note: refused naming the field, or stored exactly', () => {
    restore();
    const base = { ...blankSessionNote(MAYA, '2026-10-07'), objective: 'Solve two-step equations' };
    const fields = Object.entries(base)
      .filter(([k, v]) => typeof v === 'string' && !['studentId', 'saveKey', 'date'].includes(k))
      .map(([k]) => k);
    sweepForm(
      'session note',
      fields,
      (values) => p.inTeam(ALGEBRA, TUTOR_BEN, () => main.tutorSaveSessionNote({ ...base, ...values, saveKey: saveKey() } as never)),
      readTeam(fields, [SESSION_NOTES_TABLE]),
    );
    for (const date of IMPOSSIBLE_DATES) {
      const outcome = attempt(() => p.inTeam(ALGEBRA, TUTOR_BEN, () => main.tutorSaveSessionNote({ ...base, date } as never)));
      record(
        `session note.date ← ${date}`,
        refusal(outcome)?.ok && names(errorsOf(outcome), 'date')
          ? { ok: true, how: 'refused' }
          : { ok: false, why: `not refused on date: ${JSON.stringify(outcome)}` },
      );
    }
    for (const id of UNKNOWN_IDS) {
      const outcome = attempt(() => p.inTeam(ALGEBRA, TUTOR_BEN, () => main.tutorSaveSessionNote({ ...base, studentId: id } as never)));
      record(`session note.studentId ← ${id}`, refusal(outcome) ?? { ok: false, why: 'an unknown student was saved' });
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('every text field of a goal-setting conference and its action steps: refused naming the field, or stored exactly', () => {
    restore();
    const step = {
      action: 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.',
      whenHowOften: 'Mondays and Wednesdays',
      effortMeasure: 'Sessions attended',
      backupPlan: '',
    };
    const base = {
      ...blankConference(MAYA, '2026-10-05'),
      assessment: 'Unit 5 test',
      score: '58',
      goal: 'Score 70 on the Unit 6 test',
      target: '70',
      dueDate: '2026-11-02',
      steps: [step],
    };
    const tables = [CONFERENCES_TABLE, GOALS_TABLE, ACTION_STEPS_TABLE];
    // Each saved conference replaces Maya's active goal: the next form says what became of it, as the sidebar would.
    const previous = () => {
      const goal = p.inTeam(ALGEBRA, TUTOR_BEN, () => main.tutorStudentGlance(MAYA)).activeGoal;
      return goal ? { previousGoalId: goal.goalId, previousGoalOutcome: 'Revised' } : {};
    };
    const fields = Object.entries(base)
      .filter(
        ([k, v]) =>
          typeof v === 'string' && !['studentId', 'saveKey', 'conferenceDate', 'dueDate', 'previousGoalId', 'previousGoalOutcome'].includes(k),
      )
      .map(([k]) => k);
    sweepForm(
      'conference',
      fields,
      (values) => {
        const before = previous();
        return p.inTeam(ALGEBRA, TUTOR_BEN, () => main.tutorSaveConference({ ...base, ...before, ...values, saveKey: saveKey() } as never));
      },
      readTeam(fields, tables),
    );
    const stepFields = ['whenHowOften', 'effortMeasure', 'backupPlan'];
    sweepForm(
      'conference step',
      stepFields,
      (values) => {
        const before = previous();
        return p.inTeam(ALGEBRA, TUTOR_BEN, () =>
          main.tutorSaveConference({ ...base, ...before, saveKey: saveKey(), steps: [{ ...step, ...values }] } as never),
        );
      },
      readTeam(stepFields, tables),
    );
    expect(tried).toBeGreaterThan(0);
  });

  it('a question and its answer, the setup form and every Roster column: refused naming the field, or stored exactly', () => {
    restore();
    sweepField(
      'question',
      (value) => p.inTeam(ALGEBRA, TUTOR_BEN, () => main.askQuestion({ studentId: MAYA, text: value, saveKey: saveKey() } as never)),
      'text',
      () => storedValues(p, ALGEBRA, 'text', [QUESTIONS_TABLE]),
    );
    const setup = {
      programName: 'Lincoln Tutoring',
      tier: '2',
      setting: 'In-School',
      takeUp: 'Mandatory',
      dosage: '3',
      ratio: '1:1',
      termStart: '2026-09-01',
      termEnd: '2027-06-15',
      coordinators: '',
    };
    sweepField(
      'setup',
      (value) => p.run(() => main.setUpWorkbook({ ...setup, programName: value } as never)),
      'programName',
      () =>
        p.run(() => {
          const values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Settings')?.getDataRange().getValues() ?? [];
          return values.flat();
        }),
    );
    for (const column of ROSTER_TABLE.columns.filter((c) => c.key !== 'active' && c.key !== 'studentId')) {
      for (const { name, value } of corpus) {
        const id = `0${String(++keys).padStart(5, '0')}`;
        const row = [id, 'Kai Moss', '9', 'Math', ALGEBRA, TEACHER_RIVERA, TUTOR_BEN, '', 'yes'];
        const headers = ROSTER_TABLE.columns.map((c) => c.header);
        const cells: unknown[] = headers.map((_, i) => (ROSTER_TABLE.columns[i].key === column.key ? value : row[i]));
        const outcome = attempt(() =>
          p.run(() => main.importRoster({ source: { kind: 'rows', rows: [headers, cells] }, allowNewTeams: true }, false)),
        );
        const report = outcome.value as { written?: boolean; issues?: { row: number; field: string; message: string }[] } | undefined;
        const label = `roster.${column.key} ← ${name}`;
        if (!report || 'threw' in outcome) {
          record(label, refusal(outcome) ?? { ok: false, why: 'no report' });
          continue;
        }
        if (!report.written) {
          const issue = report.issues?.find((i) => i.row === 2 && i.field === column.header);
          record(
            label,
            issue && !RAW.test(issue.message)
              ? { ok: true, how: 'refused' }
              : { ok: false, why: `not refused on its field: ${JSON.stringify(report.issues)}` },
          );
          continue;
        }
        const expected = typeof value === 'string' ? value.trim() : value;
        const stored = p.run(() =>
          readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ROSTER_TABLE), ROSTER_TABLE).rows.some((r) => {
            if (r.record.studentId !== id) return false;
            const got = r.record[column.key];
            return got === expected || (typeof expected === 'string' && column.key.endsWith('Email') && got === expected.toLowerCase());
          }),
        );
        record(label, stored ? { ok: true, how: 'stored' } : { ok: false, why: 'imported but not read back exactly' });
      }
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('leaves no failures: every case is a clear refusal or exact storage', () => {
    expect(failures).toEqual([]);
  });
});
