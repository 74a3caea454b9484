// The playground's embedded default: a master workbook and one team workbook per team, with goals, action steps and
// notes, built by the add-on's own functions (setup, import, provisioning, the tutor sidebar) so the demo is exactly
// what a coordinator and the tutors would get.

import Papa from 'papaparse';
import type { FakeGlobals } from '../fakes';
import type { FakeWorld } from '../fakes/world';
import { blankConference } from '../src/core/conference-form';
import { blankSessionNote } from '../src/core/session-note-form';

export const DEMO_COORDINATOR = 'coordinator@school.example';
export const DEMO_USERS = [
  { email: DEMO_COORDINATOR, role: 'Coordinator' },
  { email: 'tutor.ana@school.example', role: 'Tutor (Algebra)' },
  { email: 'tutor.ben@school.example', role: 'Tutor (Algebra)' },
  { email: 'tutor.chen@school.example', role: 'Tutor (Biology)' },
  { email: 'ms.rivera@school.example', role: 'Teacher (Algebra)' },
  { email: 'mr.okafor@school.example', role: 'Teacher (Biology)' },
];

export const DEMO_ROSTER_CSV = `Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email,Family contact,Active
00101,Maya Johnson,9,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ana@school.example,"Ms. Johnson (mother), 555-0101",TRUE
00102,Luis Ortega,9,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ana@school.example,"Mr. Ortega, 555-0102",TRUE
00103,Aisha Bello,9,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ben@school.example,"Mrs. Bello, 555-0103",TRUE
00104,Noah Kim,10,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ben@school.example,"Mr. Kim, 555-0104",TRUE
00201,Zoe Carter,10,Science,Biology - Period 4,mr.okafor@school.example,tutor.chen@school.example,"Ms. Carter, 555-0201",TRUE
00202,Omar Haddad,10,Science,Biology - Period 4,mr.okafor@school.example,tutor.chen@school.example,"Mr. Haddad, 555-0202",TRUE
`;

type Callable = (...args: unknown[]) => unknown;

/**
 * Creates the demo program as a coordinator would: the master workbook (setup, roster import), then Drive provisioning,
 * which makes one team workbook per teacher-tutor team and shares it with that team only. Returns the master's id.
 */
export function seedDemo(world: FakeWorld, app: Record<string, unknown>, globals: FakeGlobals): string {
  const call = (name: string, ...args: unknown[]) => {
    const fn = app[name];
    if (typeof fn !== 'function') throw new Error(`the bundle has no ${name}`);
    return (fn as Callable)(...args);
  };
  const spreadsheetId = world.run({ user: DEMO_COORDINATOR, host: 'sheets' }, () =>
    globals.SpreadsheetApp.create('Northside Tutoring Program').getId(),
  );
  const inMaster = <T>(fn: () => T): T => world.run({ user: DEMO_COORDINATOR, host: 'sheets', spreadsheetId }, fn);
  inMaster(() => {
    call('setUpWorkbook', {
      programName: 'Northside High Tutoring',
      tier: '3',
      setting: 'In-School',
      takeUp: 'Mandatory',
      dosage: '3',
      ratio: 'Small Groups',
      termStart: '2026-09-07',
      termEnd: '2026-12-18',
    });
    const rows = Papa.parse<string[]>(DEMO_ROSTER_CSV.trim()).data;
    call('importRoster', { source: { kind: 'rows', rows }, allowNewTeams: true }, false);
  });
  let progress = inMaster(() => call('startDriveProvision')) as { jobId: string; finished: boolean };
  for (let i = 0; i < 100 && !progress.finished; i++) progress = inMaster(() => call('runJobChunk', progress.jobId)) as typeof progress;
  if (!progress.finished) throw new Error('the demo: provisioning did not finish');
  seedTutoring(world, teamWorkbookIds(world), call);
  return spreadsheetId;
}

/** The team workbooks provisioning made, by team name (read from their Settings copy). */
export function teamWorkbookIds(world: FakeWorld): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [id, book] of Object.entries(world.state.spreadsheets)) {
    const settings = book.sheets.find((s) => s.name === 'Settings');
    const line = settings?.values.find((row) => String(row[0]).trim().toLowerCase() === 'team (class)');
    const team = line ? String(line[1] ?? '').trim() : '';
    if (team) ids.set(team, id);
  }
  return ids;
}

/** Ana holds Maya's goal-setting conference, then logs three sessions; Chen holds Zoe's conference. */
function seedTutoring(world: FakeWorld, teams: Map<string, string>, call: (name: string, ...args: unknown[]) => unknown): void {
  const home: Record<string, string> = { 'tutor.ana@school.example': 'Algebra 1 - Period 2', 'tutor.chen@school.example': 'Biology - Period 4' };
  const as = (user: string, fn: () => unknown) => {
    const spreadsheetId = teams.get(home[user]);
    if (!spreadsheetId) throw new Error(`the demo has no team workbook for ${home[user]}: did provisioning make it?`);
    return world.run({ user, host: 'sheets', spreadsheetId }, fn);
  };
  const conference = (studentId: string, date: string, extra: Record<string, unknown>) => ({
    ...blankConference(studentId, date),
    agendaDone: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    ...extra,
  });
  const maya = as('tutor.ana@school.example', () =>
    call(
      'tutorSaveConference',
      conference('00101', '2026-10-05', {
        assessment: 'Unit 5 test',
        score: '58',
        effortData: 'Attended 5 of 6 sessions; homework 4 of 5.',
        studentConfidence: 2,
        goal: 'Score 70 on the Unit 6 test',
        target: '70',
        dueDate: '2026-11-02',
        steps: [
          {
            action: 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.',
            whenHowOften: 'Mondays and Wednesdays',
            effortMeasure: 'Sessions attended',
            backupPlan: "If I can't do Monday, sign me up for Tuesday instead that week.",
          },
          {
            action: 'I will create flashcards to review the concepts I have not mastered yet, and study for 15 min a day.',
            whenHowOften: '15 min a day',
            effortMeasure: 'Flashcards made',
            backupPlan: '',
          },
        ],
      }),
    ),
  ) as { ok: boolean; value?: { stepIds: string[] } };
  const steps = maya.ok && maya.value ? maya.value.stepIds : [];
  const notes: [string, boolean, boolean, string][] = [
    ['2026-10-07', true, true, 'Solve two-step equations'],
    ['2026-10-12', true, false, 'Two-step equations with fractions'],
    ['2026-10-14', true, true, 'Word problems: set up the equation first'],
  ];
  for (const [date, first, second, objective] of notes) {
    as('tutor.ana@school.example', () =>
      call('tutorSaveSessionNote', {
        ...blankSessionNote('00101', date),
        startTime: '15:30',
        endTime: '16:15',
        objective,
        rationale: 'Question 6 on the Unit 5 test (two-step equations)',
        degreeAccomplished: 3,
        topicsSkills: 'Two-step equations',
        materials: 'Unit 3 worksheets',
        attended: true,
        onTime: second || first,
        focusMotivation: 'High',
        promptingNeeded: 'Low',
        followThrough: first && second ? 'Yes' : 'Partly',
        followThroughWhy: first && second ? '' : 'Forgot the flashcards at home.',
        checkOffs: steps.map((stepId, i) => ({ stepId, done: i === 0 ? first : second })),
      }),
    );
  }
  as('tutor.chen@school.example', () =>
    call(
      'tutorSaveConference',
      conference('00201', '2026-10-06', {
        assessment: 'Cell structure quiz',
        score: '64',
        goal: 'Label every organelle on the next quiz',
        target: '80',
        dueDate: '2026-10-30',
        steps: [
          {
            action: 'I will redo the cell diagram worksheet every Tuesday and Thursday at lunch.',
            whenHowOften: 'Tuesdays and Thursdays',
            effortMeasure: 'Worksheets redone',
            backupPlan: 'If I miss lunch, I do it before first period.',
          },
        ],
      }),
    ),
  );
}
