// The playground's embedded default: a program workbook with a roster, goals, action steps and notes, built by the
// add-on's own functions so the demo is exactly what a coordinator would get.

import Papa from 'papaparse';
import type { FakeGlobals } from '../fakes';
import type { FakeWorld } from '../fakes/world';

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

/** Creates the demo workbook (as the coordinator) and shares it with every demo user; returns its id. */
export function seedDemo(world: FakeWorld, app: Record<string, unknown>, globals: FakeGlobals): string {
  const call = (name: string, ...args: unknown[]) => {
    const fn = app[name];
    if (typeof fn !== 'function') throw new Error(`the bundle has no ${name}`);
    return (fn as Callable)(...args);
  };
  const spreadsheetId = world.run({ user: DEMO_COORDINATOR, host: 'sheets' }, () =>
    globals.SpreadsheetApp.create('Northside Tutoring Program').getId(),
  );
  const file = world.state.drive[spreadsheetId];
  for (const user of DEMO_USERS.slice(1)) file.permissions.push({ id: `perm-${user.email}`, type: 'user', emailAddress: user.email, role: 'writer' });
  world.run({ user: DEMO_COORDINATOR, host: 'sheets', spreadsheetId }, () => {
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
  return spreadsheetId;
}
