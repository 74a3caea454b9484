// The playground's embedded default: a master workbook and one team workbook per team, with goals, action steps and
// notes, built by the add-on's own functions (setup, import, provisioning, the tutor sidebar) so the demo is exactly
// what a coordinator and the tutors would get. Every date is relative to the day the demo is made, so the first
// dashboard shows a realistic mix: students on track, some flagged, one goal overdue.

import Papa from 'papaparse';
import type { FakeGlobals } from '../fakes';
import type { FakeWorld } from '../fakes/world';
import { isoDateIn } from '../src/core/cells';
import { blankConference } from '../src/core/conference-form';
import { addDays, weekday } from '../src/core/dates';
import { blankSessionNote } from '../src/core/session-note-form';

export const DEMO_COORDINATOR = 'coordinator@school.example';
export const DEMO_FAMILY = 'johnson.family@home.example';
export const DEMO_USERS = [
  { email: DEMO_COORDINATOR, role: 'Coordinator' },
  { email: 'tutor.ana@school.example', role: 'Tutor (Algebra)' },
  { email: 'tutor.ben@school.example', role: 'Tutor (Algebra)' },
  { email: 'tutor.chen@school.example', role: 'Tutor (Biology)' },
  { email: 'ms.rivera@school.example', role: 'Teacher (Algebra)' },
  { email: 'mr.okafor@school.example', role: 'Teacher (Biology)' },
  // Maya's family gave consent: they see her progress report, shared with them view-only, and nothing else.
  { email: DEMO_FAMILY, role: 'Family (Maya Johnson)', addOn: false },
];

export const DEMO_ROSTER_CSV = `Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email,Family contact,Active,Consent to share,Family email(s),Praise preference
00101,Maya Johnson,9,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ana@school.example,"Ms. Johnson (mother), 555-0101",TRUE,TRUE,${DEMO_FAMILY},Private
00102,Luis Ortega,9,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ana@school.example,"Mr. Ortega, 555-0102",TRUE,FALSE,,
00103,Aisha Bello,9,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ben@school.example,"Mrs. Bello, 555-0103",TRUE,FALSE,,
00104,Noah Kim,10,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ben@school.example,"Mr. Kim, 555-0104",TRUE,FALSE,,
00201,Zoe Carter,10,Science,Biology - Period 4,mr.okafor@school.example,tutor.chen@school.example,"Ms. Carter, 555-0201",TRUE,FALSE,,
00202,Omar Haddad,10,Science,Biology - Period 4,mr.okafor@school.example,tutor.chen@school.example,"Mr. Haddad, 555-0202",TRUE,FALSE,,
`;

type Callable = (...args: unknown[]) => unknown;

/** The demo program's time zone (the master's, as SpreadsheetApp.create sets it in the fakes). */
const DEMO_TIME_ZONE = 'America/New_York';

/** Today where the program is: the demo's dates count back from it. */
export function demoToday(now = new Date()): string {
  return isoDateIn(DEMO_TIME_ZONE)(now);
}

/** The program's session days (Monday, Tuesday, Thursday: dosage 3) in the four weeks up to `today`, oldest first. */
export function sessionDays(today: string): string[] {
  const days: string[] = [];
  for (let back = 27; back >= 0; back--) {
    const day = addDays(today, -back);
    if ([1, 2, 4].includes(weekday(day))) days.push(day);
  }
  return days;
}

/**
 * Creates the demo program as a coordinator would: the master workbook (setup, roster import), then Drive provisioning,
 * which makes one team workbook per teacher-tutor team and shares it with that team only. Returns the master's id.
 */
export function seedDemo(world: FakeWorld, app: Record<string, unknown>, globals: FakeGlobals, today = demoToday()): string {
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
      // The term began 12 weeks ago and ends in 8: the attendance window is 4 whole weeks of it.
      termStart: addDays(today, -84),
      termEnd: addDays(today, 56),
    });
    const rows = Papa.parse<string[]>(DEMO_ROSTER_CSV.trim()).data;
    call('importRoster', { source: { kind: 'rows', rows }, allowNewTeams: true }, false);
  });
  let progress = inMaster(() => call('startDriveProvision')) as { jobId: string; finished: boolean };
  for (let i = 0; i < 100 && !progress.finished; i++) progress = inMaster(() => call('runJobChunk', progress.jobId)) as typeof progress;
  if (!progress.finished) throw new Error('the demo: provisioning did not finish');
  seedTutoring(world, teamWorkbookIds(world), call, today);
  // Maya's progress report, made and shared with her family (the Roster records their consent).
  let reports = inMaster(() => call('startProgressReports', { studentIds: ['00101'] })) as {
    ok: boolean;
    value?: { jobId: string; finished: boolean };
  };
  for (let i = 0; i < 20 && reports.ok && reports.value && !reports.value.finished; i++)
    reports = { ok: true, value: inMaster(() => call('runJobChunk', reports.value?.jobId)) as { jobId: string; finished: boolean } };
  if (!reports.ok || !reports.value?.finished) throw new Error(`the demo: the progress report was not made (${JSON.stringify(reports)})`);
  // The coordinator's first look is a dashboard already refreshed from the tutoring above.
  inMaster(() => call('menuRefreshDashboard'));
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

/**
 * The tutoring so far, over the last weeks (12 sessions were scheduled per student in the last 4):
 * - Ana held Maya's conference 4 weeks ago (goal due in 10 days) and logged 10 sessions: on track, 83%.
 * - Ana logged 5 sessions with Luis: attendance 42%, flagged.
 * - Ben logged 10 sessions with Noah (on track) and 7 with Aisha (58%, flagged, one absence).
 * - Chen held Zoe's conference 7 weeks ago with a goal due 4 weeks ago, still Active: flagged overdue; 10 sessions.
 * - Chen logged 11 sessions with Omar.
 */
function seedTutoring(world: FakeWorld, teams: Map<string, string>, call: (name: string, ...args: unknown[]) => unknown, today: string): void {
  const home: Record<string, string> = {
    'tutor.ana@school.example': 'Algebra 1 - Period 2',
    'tutor.ben@school.example': 'Algebra 1 - Period 2',
    'tutor.chen@school.example': 'Biology - Period 4',
  };
  const as = (user: string, fn: () => unknown) => {
    const spreadsheetId = teams.get(home[user]);
    if (!spreadsheetId) throw new Error(`the demo has no team workbook for ${home[user]}: did provisioning make it?`);
    return world.run({ user, host: 'sheets', spreadsheetId }, fn);
  };
  const ago = (days: number) => addDays(today, -days);
  const conference = (studentId: string, date: string, extra: Record<string, unknown>) => ({
    ...blankConference(studentId, date),
    agendaDone: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    ...extra,
  });
  const saved = (reply: unknown): string[] => {
    const r = reply as { ok: boolean; value?: { stepIds: string[] }; message?: string };
    if (!r.ok || !r.value) throw new Error(`the demo: a conference did not save (${r.message ?? JSON.stringify(reply)})`);
    return r.value.stepIds;
  };
  const mayaSteps = saved(
    as('tutor.ana@school.example', () =>
      call(
        'tutorSaveConference',
        conference('00101', ago(29), {
          assessment: 'Unit 5 test',
          score: '58',
          effortData: 'Attended 5 of 6 sessions; homework 4 of 5.',
          studentConfidence: 2,
          goal: 'Score 70 on the Unit 6 test',
          target: '70',
          dueDate: addDays(today, 10),
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
    ),
  );
  const zoeSteps = saved(
    as('tutor.chen@school.example', () =>
      call(
        'tutorSaveConference',
        conference('00201', ago(49), {
          assessment: 'Cell structure quiz',
          score: '64',
          goal: 'Label every organelle on the next quiz',
          target: '80',
          dueDate: ago(28),
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
    ),
  );
  const days = sessionDays(today);
  const topics: Record<string, [string, string]> = {
    '00101': ['Solve two-step equations', 'Two-step equations'],
    '00102': ['Combine like terms', 'Expressions'],
    '00103': ['Graph a line from its slope', 'Linear functions'],
    '00104': ['Word problems: set up the equation first', 'Two-step equations'],
    '00201': ['Label the parts of a cell', 'Cell structure'],
    '00202': ['Compare mitosis and meiosis', 'Cell division'],
  };
  /** Logs a session on each of `which` (indexes into the session days); `absent` ones are marked not attended. */
  const log = (tutor: string, studentId: string, which: number[], steps: string[] = [], absent: number[] = []) => {
    for (const [n, i] of which.entries()) {
      const date = days[i];
      if (!date) continue;
      const attended = !absent.includes(i);
      const [objective, skill] = topics[studentId];
      // Every fourth session the flashcards are forgotten: the second step is not done that day.
      const second = n % 4 !== 3;
      const reply = as(tutor, () =>
        call('tutorSaveSessionNote', {
          ...blankSessionNote(studentId, date),
          startTime: '15:30',
          endTime: '16:15',
          objective,
          rationale: 'From the latest unit test',
          degreeAccomplished: attended ? 3 : null,
          topicsSkills: skill,
          materials: 'Unit worksheets',
          attended,
          onTime: attended && n % 5 !== 4,
          focusMotivation: attended ? 'High' : '',
          promptingNeeded: attended ? 'Low' : '',
          followThrough: steps.length === 0 || !attended ? '' : second ? 'Yes' : 'Partly',
          followThroughWhy: steps.length > 0 && attended && !second ? 'Forgot the flashcards at home.' : '',
          checkOffs: attended ? steps.map((stepId, k) => ({ stepId, done: k === 0 || second })) : [],
        }),
      ) as { ok: boolean; message?: string; errors?: unknown };
      if (!reply.ok) throw new Error(`the demo: a session note did not save (${reply.message ?? JSON.stringify(reply.errors)})`);
    }
  };
  const all = days.map((_, i) => i);
  log(
    'tutor.ana@school.example',
    '00101',
    all.filter((i) => i !== 2 && i !== 7),
    mayaSteps,
  );
  log('tutor.ana@school.example', '00102', [0, 3, 5, 8, 11]);
  log(
    'tutor.ben@school.example',
    '00104',
    all.filter((i) => i !== 4 && i !== 9),
  );
  log('tutor.ben@school.example', '00103', [0, 1, 3, 5, 6, 8, 10, 11], [], [6]);
  log(
    'tutor.chen@school.example',
    '00201',
    all.filter((i) => i !== 1 && i !== 6),
    zoeSteps,
  );
  log(
    'tutor.chen@school.example',
    '00202',
    all.filter((i) => i !== 5),
  );
}
