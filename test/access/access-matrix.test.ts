// The access matrix: every role × every way in (each server function, each sheet of each workbook by openById, each
// Drive item by the Drive API and by Drive sharing), asserted on the strict fakes and written to docs/access-matrix.md.
// Invariant: nobody reads a cell about a student outside their own teams by any path.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editCellsAsUser } from '../../fakes';
import { effectiveRole } from '../../fakes/drive/items';
import { FOLDER_MIME } from '../../fakes/drive/state';
import type { ExecutionOptions } from '../../fakes/world';
import { ACTIONS, type ActionName, refusalOf } from '../../src/core/access/actions';
import { hasAnyRole, type Role } from '../../src/core/access/roles';
import { blankConference } from '../../src/core/conference-form';
import { blankSessionNote } from '../../src/core/session-note-form';
import * as entry from '../../src/main';
import { drive } from '../../src/workspace/drive-api';
import {
  ALGEBRA,
  aStudent,
  BIOLOGY,
  COORDINATOR,
  createProgram,
  defaultRoster,
  type Program,
  TEACHER_RIVERA,
  TUTOR_ANA,
  TUTOR_CHEN,
} from '../support/program';

jest.setTimeout(120_000);

const REMOVED = 'tutor.removed@school.example';
const OUTSIDER = 'outsider@school.example';
const MATRIX_FILE = join(__dirname, '..', '..', 'docs', 'access-matrix.md');

interface Person {
  label: string;
  user: string;
  /** The roles the person holds in their home workbook (what the guard should find). */
  roles: Role[];
  /** Teams whose students this person may read about: by the add-on, and by Drive sharing. */
  teams: string[];
  /** The spreadsheet they run the add-on in; the outsider's is one of their own (Google opens none of the program's). */
  home: 'master' | 'teamA' | 'teamB' | 'own';
}

const PEOPLE: Person[] = [
  { label: 'coordinator', user: COORDINATOR, roles: ['coordinator'], teams: [ALGEBRA, BIOLOGY], home: 'master' },
  { label: 'tutor of team A', user: TUTOR_ANA, roles: ['tutor'], teams: [ALGEBRA], home: 'teamA' },
  { label: 'tutor of team B', user: TUTOR_CHEN, roles: ['tutor'], teams: [BIOLOGY], home: 'teamB' },
  { label: 'teacher of team A', user: TEACHER_RIVERA, roles: ['teacher'], teams: [ALGEBRA], home: 'teamA' },
  // Their last student was made inactive; Drive still shares team A's workbook until the next provisioning revokes it.
  { label: 'tutor just removed', user: REMOVED, roles: [], teams: [ALGEBRA], home: 'teamA' },
  // Installed the add-on, was given no file: Google opens nothing of the program for them.
  { label: 'outsider with the add-on', user: OUTSIDER, roles: [], teams: [], home: 'own' },
];

const STUDENTS = [
  ...defaultRoster(),
  aStudent({ studentId: '00105', name: 'Eli Park', tutorEmail: REMOVED, familyContact: 'Mr. Park, 555-0105', active: false }),
];

/** What identifies a student in any text: id, name, family contact. */
function fingerprints(team: string): RegExp[] {
  const elsewhere = new Set(STUDENTS.filter((s) => s.team !== team).map((s) => s.familyContact));
  return STUDENTS.filter((s) => s.team === team).flatMap((s) => [
    new RegExp(`(^|[^0-9])${s.studentId}([^0-9]|$)`),
    new RegExp(s.name),
    // A contact two teams' test students share names neither.
    ...(s.familyContact && !elsewhere.has(s.familyContact) ? [new RegExp(s.familyContact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))] : []),
  ]);
}

const FORM = {
  programName: 'Northside High Tutoring',
  tier: '2',
  setting: 'In-School',
  takeUp: 'Mandatory',
  dosage: '3',
  ratio: 'Small Groups',
  termStart: '2026-09-07',
  termEnd: '2026-12-18',
};

/** Plausible arguments for each server function; one the table does not name is called with none. */
function argsFor(action: ActionName, p: Person, program: Program): unknown[] {
  const own = p.home === 'teamB' ? '00201' : '00101';
  const rows = [
    ['ID', 'Student', 'Class', 'Teacher', 'Tutor'],
    ['00901', 'Probe Student', ALGEBRA, TEACHER_RIVERA, TUTOR_ANA],
  ];
  const importRequest = { source: { kind: 'rows', rows }, allowNewTeams: false };
  const table: Partial<Record<ActionName, unknown[]>> = {
    onOpen: [{ authMode: 'FULL' }],
    onInstall: [{ authMode: 'FULL' }],
    setUpWorkbook: [FORM],
    previewRosterImport: [importRequest],
    importRoster: [importRequest, false],
    startGenerateDocs: [{ templateId: 'goal-setting-conference', date: '2026-10-05', keys: [`student:${own}`] }],
    tutorStudentGlance: [own],
    tutorSaveSessionNote: [
      { ...blankSessionNote(own, '2026-10-07'), objective: 'Probe objective', attended: true, startTime: '15:30', endTime: '16:00' },
    ],
    tutorSaveConference: [
      {
        ...blankConference(own, '2026-10-05'),
        agendaDone: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        assessment: 'Unit 5 test',
        score: '58',
        goal: 'Score 70 on the Unit 6 test',
        target: '70',
        dueDate: '2026-11-02',
        steps: [
          {
            action: 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.',
            whenHowOften: 'Mondays and Wednesdays',
            effortMeasure: 'Sessions attended',
            backupPlan: '',
          },
        ],
      },
    ],
    askQuestion: [{ studentId: own, text: 'Probe question?' }],
    answerQuestion: [{ questionId: 'none', studentId: own, text: 'Probe answer' }],
    shareMaterials: [{ teamKey: 'p00000000.t00000000', category: 'lessonPlans', files: '' }],
    runJobChunk: ['no-such-job'],
    getJobProgress: ['no-such-job'],
    linkProgramWorkbook: [p.home === 'master' ? program.masterId : program.teamWorkbookId(p.home === 'teamB' ? BIOLOGY : ALGEBRA)],
    getPagePart: ['conference'],
    previewTemplate: [{ templateId: 'goal-setting-conference', subjectKey: `student:${own}`, date: '2026-10-05' }],
    insertTemplate: [{ templateId: 'goal-setting-conference', subjectKey: `student:${own}`, date: '2026-10-05', where: 'cursor' }],
    copyTemplateForProgram: ['goal-setting-conference'],
    registerThisDocumentAsTemplate: ['goal-setting-conference'],
  };
  return table[action] ?? [];
}

const DOCS_ACTIONS = new Set<string>([
  'menuOpenTemplateSidebar',
  'getTemplateSidebar',
  'linkProgramWorkbook',
  'previewTemplate',
  'insertTemplate',
  'copyTemplateForProgram',
  'registerThisDocumentAsTemplate',
]);

type Outcome = { kind: 'allowed' | 'refused' | 'rejected' | 'error'; message: string; returned: string };

/** Runs one call as the person and says what came of it; an alert a menu shows counts as its answer. */
function attempt(program: Program, execution: ExecutionOptions, fn: () => unknown): Outcome {
  const alerts = program.world.state.ui.alerts.length;
  try {
    const value = program.world.run(execution, fn);
    const returned = JSON.stringify(value ?? null);
    const alert = program.world.state.ui.alerts.slice(alerts).at(-1);
    // A menu shows the guard's refusal in an alert: a role's rule ("Only …"), or no program in this spreadsheet.
    if (alert && /^Only |not a Tutoring Toolkit program workbook/.test(alert.prompt)) return { kind: 'refused', message: alert.prompt, returned };
    if (value && typeof value === 'object' && 'ok' in value && (value as { ok: unknown }).ok === false) {
      const { message, errors } = value as { message?: unknown; errors?: Record<string, unknown> };
      // A form's answer may carry the guard's refusal as a field error (the Docs sidebar's link field).
      const refusal = Object.values(errors ?? {}).find((m) => String(m).startsWith('Only '));
      if (refusal) return { kind: 'refused', message: String(refusal), returned };
      return { kind: 'rejected', message: String(message ?? ''), returned };
    }
    return { kind: 'allowed', message: '', returned };
  } catch (error) {
    const e = error as Error;
    return { kind: e.name === 'AccessDeniedError' ? 'refused' : 'error', message: e.message, returned: '' };
  }
}

interface World {
  program: Program;
  /** The spreadsheet each person opens (the outsider's is one of their own, with no program in it). */
  homeOf(p: Person): ExecutionOptions;
  documentOf(p: Person): string;
  workbooks: { label: string; id: string }[];
}

function buildWorld(): World {
  const program = createProgram({ students: STUDENTS });
  provision(program);
  // What an earlier provisioning shared before the tutor's last student left: still there until the next run.
  program.world.state.drive[program.teamWorkbookId(ALGEBRA)].permissions.push({
    id: 'p-removed',
    type: 'user',
    emailAddress: REMOVED,
    role: 'writer',
  });
  const docs = new Map<string, string>();
  const workbooks = [
    { label: 'master', id: program.masterId },
    { label: 'team A workbook', id: program.teamWorkbookId(ALGEBRA) },
    { label: 'team B workbook', id: program.teamWorkbookId(BIOLOGY) },
  ];
  // The outsider runs the add-on in a spreadsheet of their own with no program in it — a fresh one for each call, so
  // a program they set up in one (their right) does not make them a coordinator of their own for the next call.
  const own = () => program.world.run({ user: OUTSIDER, host: 'sheets' }, () => SpreadsheetApp.create('My own sheet').getId());
  const ids = { master: program.masterId, teamA: workbooks[1].id, teamB: workbooks[2].id };
  return {
    program,
    workbooks,
    homeOf: (p) => ({ user: p.user, host: 'sheets', spreadsheetId: p.home === 'own' ? own() : ids[p.home] }),
    documentOf: (p) => {
      let id = docs.get(p.user);
      if (!id) {
        id = program.world.run({ user: p.user, host: 'docs' }, () => DocumentApp.create(`${p.label}'s notes`).getId());
        docs.set(p.user, id);
      }
      return id;
    },
  };
}

/** "Team / Classroom Materials / Lesson Plans": an item's place under the coordinator's My Drive. */
function pathOf(program: Program, id: string): string {
  const roots = new Set(Object.values(program.world.state.roots));
  const names: string[] = [];
  for (let item = program.world.state.drive[id]; item && !roots.has(item.id); item = program.world.state.drive[item.parents[0]]) {
    names.unshift(item.name.replace(/\|/g, '/'));
  }
  // The program's root folder is long and the same on every row.
  if (names.length > 1) names[0] = '(program)';
  return names.join(' / ');
}

/** The coordinator provisions Drive from the master, as from the dialog: start, then run chunks until done. */
function provision(program: Program): void {
  let progress = program.run(() => entry.startDriveProvision());
  for (let i = 0; i < 50 && !progress.finished; i++) progress = program.run(() => entry.runJobChunk(progress.jobId));
  if (!progress.finished) throw new Error(`provisioning did not finish: ${JSON.stringify(progress)}`);
}

const callable = entry as unknown as Record<string, (...args: unknown[]) => unknown>;

interface Row {
  way: string;
  cells: Record<string, string>;
}

/** The table in markdown: one row per way in, one column per person. */
function markdown(rows: Row[]): string {
  const head = `| way in | ${PEOPLE.map((p) => p.label).join(' | ')} |`;
  const rule = `|---|${PEOPLE.map(() => '---').join('|')}|`;
  const body = rows.map((r) => `| ${r.way} | ${PEOPLE.map((p) => r.cells[p.label] ?? '—').join(' | ')} |`);
  return [
    '# Who sees what: the access matrix',
    '',
    'Generated by `test/access/access-matrix.test.ts` on the strict fakes (do not edit by hand: run `UPDATE_ACCESS_MATRIX=1 npx jest test/access` to refresh it).',
    "Each person calls every server function in the workbook they would open (the outsider in a spreadsheet of their own: Google opens none of the program's for them),",
    'opens every workbook of the program by id, and reaches every Drive item by the Drive API and by sharing.',
    '',
    'Legend: **allowed**; **refused** (the guard, with its message); **rejected** (allowed, but the function declined the request here);',
    '**fails** (allowed by the guard, then an error); **no access** (Google refuses: the file is not shared with them);',
    "**read** / **read, write** for sheets; **protected** when a write is refused by a sheet protection; — when that person's run never made the item;",
    "Drive: `api` = the Drive API reaches it under drive.file, then the person's role by sharing.",
    '',
    head,
    rule,
    ...body,
    '',
    'Invariant, asserted on every value above: nobody reads a cell about a student outside their own teams by any path.',
    "The tutor just removed still reaches their old team's workbook by Drive sharing until the next provisioning revokes it; the add-on itself refuses them everything.",
    '',
  ].join('\n');
}

function shortOf(o: Outcome): string {
  if (o.kind === 'allowed') return 'allowed';
  if (o.kind === 'refused') return 'refused';
  if (o.kind === 'rejected') return `rejected: ${o.message}`.slice(0, 90);
  if (/permission to access the requested document/.test(o.message)) return 'no access';
  if (/not a Tutoring Toolkit program workbook/.test(o.message)) return 'refused (no program here)';
  return `fails: ${o.message}`.slice(0, 90).replace(/\|/g, '/');
}

describe('the access matrix', () => {
  const rows: Row[] = [];
  const seen = new Map<string, string[]>();
  const see = (p: Person, text: string) => {
    if (!seen.has(p.label)) seen.set(p.label, []);
    seen.get(p.label)?.push(text);
  };
  const outcomes = new Map<string, Outcome>();
  let world: World;

  beforeAll(() => {
    // One program per person, so one person's writes never change what the next one finds.
    const byAction = new Map<string, Row>();
    const bySheet = new Map<string, Row>();
    const byDrive = new Map<string, Row>();
    const row = (map: Map<string, Row>, way: string) => {
      let r = map.get(way);
      if (!r) {
        r = { way, cells: {} };
        map.set(way, r);
      }
      return r;
    };
    for (const p of PEOPLE) {
      world = buildWorld();
      const { program } = world;
      for (const action of Object.keys(ACTIONS) as ActionName[]) {
        if (typeof callable[action] !== 'function') continue;
        const execution: ExecutionOptions = DOCS_ACTIONS.has(action)
          ? { user: p.user, host: 'docs', documentId: world.documentOf(p) }
          : world.homeOf(p);
        const o = attempt(program, execution, () => callable[action](...argsFor(action, p, program)));
        outcomes.set(`${p.label}:${action}`, o);
        see(p, `${action}: ${o.returned} ${o.message}`);
        row(byAction, `\`${action}\``).cells[p.label] = shortOf(o);
      }
      // Another team's student, asked for by id: the function must not answer with their data.
      const other = p.home === 'teamB' ? '00101' : '00201';
      const o = attempt(program, world.homeOf(p), () => callable.tutorStudentGlance(other));
      see(p, `glance other: ${o.returned}`);
      row(byAction, "`tutorStudentGlance` (another team's student)").cells[p.label] = shortOf(o);

      // Every sheet of every workbook, opened by id: read, then a direct edit of an empty cell.
      for (const wb of world.workbooks) {
        const names = Object.values(program.world.state.spreadsheets[wb.id].sheets).map((s) => s.name);
        for (const name of names) {
          const read = attempt(program, world.homeOf(p), () =>
            SpreadsheetApp.openById(wb.id).getSheetByName(name)?.getDataRange().getDisplayValues(),
          );
          see(p, `${wb.label}/${name}: ${read.returned}`);
          let cell = read.kind === 'allowed' ? 'read' : shortOf(read);
          if (read.kind === 'allowed') {
            try {
              editCellsAsUser(program.world, p.user, wb.id, name, 'Z999', [['probe']]);
              cell = 'read, write';
            } catch (error) {
              cell = /protect/i.test((error as Error).message) ? 'read (protected)' : `read (${(error as Error).message.slice(0, 40)})`;
            }
          }
          row(bySheet, `${wb.label} › ${name} (openById)`).cells[p.label] = cell;
        }
      }

      // Every Drive item the program made (folders, team workbooks, docs): the Drive API, and Drive's own sharing.
      const roots = new Set(Object.values(program.world.state.roots));
      const items = Object.values(program.world.state.drive).filter((i) => i.owner === COORDINATOR && !i.trashed && !roots.has(i.id));
      for (const item of items) {
        const api = attempt(program, world.homeOf(p), () => drive().Files.get(item.id, { fields: 'id,name' }));
        const role = effectiveRole(program.world, item.id, p.user);
        if (role) see(p, `drive: ${item.name}`);
        const kind = item.mimeType === FOLDER_MIME ? 'folder' : 'file';
        row(byDrive, `Drive ${kind} ${pathOf(program, item.id)}`).cells[p.label] = `${api.kind === 'allowed' ? 'api, ' : ''}${role ?? 'no access'}`;
      }
      program.close();
    }
    rows.push(...byAction.values(), ...bySheet.values(), ...byDrive.values());
  });

  it("refuses every server function to each person whose role its rule does not name, with the rule's words", () => {
    for (const p of PEOPLE) {
      for (const action of Object.keys(ACTIONS) as ActionName[]) {
        const rule = ACTIONS[action];
        const o = outcomes.get(`${p.label}:${action}`);
        if (!o || rule.roles.length === 0) continue;
        // A Docs action on a document that could not be linked (the link was refused) stops before the guard.
        if ('workbook' in rule && rule.workbook === 'linked' && /Link this document/.test(o.message)) continue;
        if (p.user === OUTSIDER) {
          // Google opens none of the program's files for them: in their own spreadsheet they may start a program of
          // their own (setup), and everything else finds no program to act on.
          const want = 'bootstrap' in rule && rule.bootstrap ? /^allowed/ : /^(no access|refused|rejected)/;
          expect([`${p.label}:${action}`, shortOf(o)]).toEqual([`${p.label}:${action}`, expect.stringMatching(want)]);
          continue;
        }
        if (!hasAnyRole({ email: p.user, roles: p.roles, teams: [] }, rule.roles)) {
          expect([`${p.label}:${action}`, o.kind, o.message]).toEqual([`${p.label}:${action}`, 'refused', refusalOf(action)]);
        } else {
          expect([`${p.label}:${action}`, o.message]).not.toEqual([`${p.label}:${action}`, refusalOf(action)]);
        }
      }
    }
  });

  it('lets each role do its own work: the coordinator sets up and imports in the master, a tutor logs notes, a teacher asks questions', () => {
    expect(outcomes.get('coordinator:setUpWorkbook')?.kind).toBe('allowed');
    expect(outcomes.get('coordinator:importRoster')?.kind).toBe('allowed');
    expect(outcomes.get('tutor of team A:tutorSaveSessionNote')?.kind).toBe('allowed');
    expect(outcomes.get('tutor of team A:tutorRoster')?.kind).toBe('allowed');
    expect(outcomes.get('tutor of team B:tutorStudentGlance')?.kind).toBe('allowed');
    expect(outcomes.get('teacher of team A:tutorRoster')?.kind).toBe('allowed');
    expect(outcomes.get('tutor of team A:tutorSaveConference')?.kind).toBe('allowed');
    expect(outcomes.get('teacher of team A:askQuestion')?.kind).toBe('allowed');
  });

  it('nobody reads a cell about a student outside their own teams, by any path', () => {
    for (const p of PEOPLE) {
      const others = [ALGEBRA, BIOLOGY].filter((t) => !p.teams.includes(t));
      const text = (seen.get(p.label) ?? []).join('\n');
      for (const team of others) {
        for (const print of fingerprints(team)) {
          expect([p.label, team, print.source, print.test(text)]).toEqual([p.label, team, print.source, false]);
        }
      }
    }
    // The scan finds what it looks for: each team member does read their own team's students.
    for (const label of ['tutor of team A', 'teacher of team A']) expect((seen.get(label) ?? []).join('\n')).toContain('Maya Johnson');
    expect((seen.get('tutor of team B') ?? []).join('\n')).toContain('Zoe Carter');
    // The add-on gives a person with no role nothing about any student.
    const byServer = (label: string) => (seen.get(label) ?? []).filter((t) => !t.includes('/') && !t.startsWith('drive:')).join('\n');
    for (const label of ['tutor just removed', 'outsider with the add-on']) {
      for (const print of [...fingerprints(ALGEBRA), ...fingerprints(BIOLOGY)])
        expect([label, print.source, print.test(byServer(label))]).toEqual([label, print.source, false]);
    }
  });

  it('writes the matrix to docs/access-matrix.md when asked (UPDATE_ACCESS_MATRIX=1) or when there is none', () => {
    const text = markdown(rows);
    if (process.env.UPDATE_ACCESS_MATRIX === '1' || !existsSync(MATRIX_FILE)) writeFileSync(MATRIX_FILE, text);
    expect(rows.length).toBeGreaterThan(Object.keys(ACTIONS).length);
  });

  it('the committed docs/access-matrix.md is what the test finds (refresh: UPDATE_ACCESS_MATRIX=1 npx jest test/access)', () => {
    expect(readFileSync(MATRIX_FILE, 'utf8')).toBe(markdown(rows));
  });
});
