import { parseCsv } from '../../src/core/csv';
import type { Student } from '../../src/core/model';
import { mapHeaders, planRosterImport, type RosterRow } from '../../src/core/roster-import';

function student(over: Partial<Student> = {}): Student {
  return {
    studentId: '00017',
    name: 'Ana Ruiz',
    grade: '7',
    subject: 'Math',
    team: 'Math 7A',
    teacherEmail: 'teacher@school.example',
    tutorEmail: 'tutor@school.example',
    familyContact: '',
    active: true,
    ...over,
  };
}

const roster: RosterRow[] = [
  { row: 2, student: student() },
  { row: 3, student: student({ studentId: '00018', name: 'Ben Ode', team: 'Science 8B' }) },
];

const HEADER = 'Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email';

function plan(csv: string, allowNewTeams = false, existing: RosterRow[] = roster) {
  const { rows, problems } = parseCsv(csv);
  expect(problems).toEqual([]);
  return planRosterImport(rows, existing, { allowNewTeams });
}

describe('roster import', () => {
  describe('mapHeaders', () => {
    it('matches Roster headers without regard to case, spacing or punctuation, and obvious aliases', () => {
      const { columns } = mapHeaders(['  student  ID', 'STUDENT', 'class', 'Teacher', 'tutor_email', 'Shoe size', 'ID']);
      expect(columns.map((c) => c.column)).toEqual(['Student ID', 'Student name', 'Team (class)', 'Teacher email', 'Tutor email', null, null]);
    });
  });

  describe('parseCsv', () => {
    it('keeps quoted commas inside a cell and leading zeros as text', () => {
      const { rows } = parseCsv('id,name\n007,"Doe, Jane"\n');
      expect(rows).toEqual([
        ['id', 'name'],
        ['007', 'Doe, Jane'],
      ]);
    });
    it('reads semicolon-separated exports', () => {
      expect(parseCsv('id;name\n1;Al').rows).toEqual([
        ['id', 'name'],
        ['1', 'Al'],
      ]);
    });
  });

  describe('planRosterImport', () => {
    it('a coordinator imports new students into known teams: every row valid, written as new rows with Active ticked', () => {
      const result = plan(`${HEADER}\n00101,Cleo Park,7,Math,math 7a,T@School.example,tutor2@school.example\n`);
      expect(result.report.issues).toEqual([]);
      expect(result.report.newStudents).toBe(1);
      expect(result.creates).toEqual([
        {
          studentId: '00101',
          name: 'Cleo Park',
          grade: '7',
          subject: 'Math',
          team: 'Math 7A', // the Roster's spelling of the team
          teacherEmail: 't@school.example',
          tutorEmail: 'tutor2@school.example',
          active: true,
        },
      ]);
    });

    it('reports each bad row with its row number, field and message', () => {
      const csv = [
        HEADER,
        '00101,Cleo Park,7,Math,Math 7A,t@school.example,tutor2@school.example',
        ',No Id,7,Math,Math 7A,t@school.example,tutor2@school.example',
        '00102,,7,Math,Math 7A,not-an-email,tutor2@school.example',
        '00103,Dee,7,Math,Art 9,t@school.example,tutor2@school.example',
      ].join('\n');
      const { report, creates } = plan(csv);
      expect(report.issues).toEqual([
        { row: 3, field: 'Student ID', value: '', message: 'Student ID is required.' },
        { row: 4, field: 'Student name', value: '', message: 'Student name is required for a new student.' },
        { row: 4, field: 'Teacher email', value: 'not-an-email', message: '"not-an-email" is not an email address.' },
        {
          row: 5,
          field: 'Team (class)',
          value: 'Art 9',
          message: '"Art 9" is not a team on the Roster yet. Tick "Allow new teams" if it is a new class.',
        },
      ]);
      expect(report).toMatchObject({ totalRows: 4, validRows: 1, badRows: 3 });
      expect(creates.map((c) => c.studentId)).toEqual(['00101']);
    });

    it('accepts a new team when "allow new teams" is ticked, and lists it', () => {
      const { report } = plan(
        `${HEADER}\n00103,Dee,7,Art,Art 9,t@school.example,tutor2@school.example\n00104,Eve,7,Art,art 9,t@school.example,tutor2@school.example`,
        true,
      );
      expect(report.issues).toEqual([]);
      expect(report.newTeams).toEqual(['Art 9']);
    });

    it('flags every row of a student id that appears twice in the import', () => {
      const { report } = plan(
        `${HEADER}\n00200,A,7,Math,Math 7A,t@school.example,u@school.example\n00200,B,7,Math,Math 7A,t@school.example,u@school.example`,
      );
      expect(report.issues.map((i) => [i.row, i.field, i.message])).toEqual([
        [2, 'Student ID', 'Student ID 00200 is also on row 3 of this import.'],
        [3, 'Student ID', 'Student ID 00200 is also on row 2 of this import.'],
      ]);
    });

    it('an existing student id updates only the fields that change, keeping the blank ones', () => {
      const { report, updates, creates } = plan('Student ID,Tutor email,Grade\n00017,NEW.tutor@school.example,\n00018,tutor@school.example,');
      expect(creates).toEqual([]);
      expect(updates).toEqual([{ row: 2, studentId: '00017', fields: { tutorEmail: 'new.tutor@school.example' } }]);
      expect(report).toMatchObject({ updatedStudents: 1, unchangedStudents: 1, newStudents: 0 });
    });

    it('reports a Roster that already holds an id twice instead of guessing which row to update', () => {
      const doubled = [...roster, { row: 9, student: student({ name: 'Copy' }) }];
      const { report } = plan('Student ID,Grade\n00017,8', false, doubled);
      expect(report.issues[0].message).toBe('Student ID 00017 is on several Roster rows (2, 9): fix the Roster first.');
    });

    it('reports a missing Student ID column once, on the header row, and every data row as bad', () => {
      const { report } = plan('Name,Team\nA,Math 7A\nB,Math 7A');
      expect(report.issues).toEqual([
        { row: 1, field: 'Student ID', value: '', message: 'No Student ID column: add a column headed "Student ID" (or "ID").' },
      ]);
      expect(report.badRows).toBe(2);
    });

    it('catches an unquoted comma that shifts a row into extra cells', () => {
      const { report } = plan(`${HEADER}\n00105,Doe, Jane,7,Math,Math 7A,t@school.example,u@school.example`);
      expect(report.issues.some((i) => i.row === 2 && i.field === '(whole row)')).toBe(true);
      expect(report.validRows).toBe(0);
    });

    it('reads Active as yes/no and rejects anything else; keeps row numbers across blank lines', () => {
      const { report, creates } = plan(
        `${HEADER},Active\n\n00106,Fay,7,Math,Math 7A,t@school.example,u@school.example,no\n00107,Gus,7,Math,Math 7A,t@school.example,u@school.example,maybe`,
      );
      expect(creates[0].active).toBe(false);
      expect(report.issues).toEqual([{ row: 4, field: 'Active', value: 'maybe', message: 'Active must be yes or no (or TRUE/FALSE).' }]);
    });

    it('says what to do with an empty paste', () => {
      expect(planRosterImport([], roster, { allowNewTeams: false }).report.message).toMatch(/header row/);
    });
  });

  describe('cells a person must fix, named by field and row', () => {
    const header = HEADER.split(',');
    const row = ['00777', 'Kai Moss', '9', 'Math', 'Math 7A', 'teacher@school.example', 'tutor@school.example'];

    it('a cell that is not text (null, a number, a list) is refused on its row with the field named, and nothing is planned', () => {
      const grid: unknown[][] = [
        header,
        [...row.slice(0, 2), null, ...row.slice(3)],
        [...row.slice(0, 1).map(() => '00778'), 'Lu Pei', 9, ...row.slice(3)],
        ['00779', ['x'], ...row.slice(2)],
      ];
      const p = planRosterImport(grid, roster, { allowNewTeams: false });
      expect(p.creates).toEqual([]);
      expect(p.report.issues.map((i) => i.message)).toEqual([
        'Grade (row 2): write text here.',
        'Grade (row 3): write text here.',
        'Student name (row 4): write text here.',
      ]);
    });

    it('a cell of exactly 50,000 characters is planned; one more is refused naming the field and row, before Sheets sees it', () => {
      const fits = planRosterImport([header, [...row.slice(0, 1), 'n'.repeat(50_000), ...row.slice(2)]], roster, { allowNewTeams: false });
      expect(fits.report.issues).toEqual([]);
      expect(String(fits.creates[0].name)).toHaveLength(50_000);
      const over = planRosterImport([header, [], [...row.slice(0, 6), `${'t'.repeat(50_001)}@school.example`]], roster, { allowNewTeams: false });
      expect(over.creates).toEqual([]);
      expect(over.report.issues).toEqual([
        expect.objectContaining({
          row: 3,
          field: 'Tutor email',
          message: 'Tutor email (row 3): 50,016 characters is more than a Sheets cell holds (50,000); shorten it.',
        }),
      ]);
    });

    it('a teacher email carrying link parameters is not an email address', () => {
      const p = planRosterImport([header, [...row.slice(0, 5), 'ms.rivera@school.example?bcc=evil@x.example&subject=', row[6]]], roster, {
        allowNewTeams: false,
      });
      expect(p.creates).toEqual([]);
      expect(p.report.issues[0]).toMatchObject({
        row: 2,
        field: 'Teacher email',
        message: '"ms.rivera@school.example?bcc=evil@x.example&subject=" is not an email address.',
      });
    });

    it('headers named __proto__ or constructor are ignored columns, and no record gains such a key', () => {
      const p = planRosterImport(
        [
          [...header, '__proto__', 'constructor'],
          [...row, 'x', 'y'],
        ],
        roster,
        { allowNewTeams: false },
      );
      expect(p.report.columns.slice(-2)).toEqual([
        { header: '__proto__', column: null },
        { header: 'constructor', column: null },
      ]);
      expect(Object.keys(p.creates[0]).sort()).toEqual(['active', 'grade', 'name', 'studentId', 'subject', 'teacherEmail', 'team', 'tutorEmail']);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    });
  });
});

describe('roster import: consent, student and family emails, praise preference', () => {
  const FAMILY_HEADER = `${HEADER},Consent to share,Student email,Family email(s),Praise preference`;

  it('a coordinator imports consent, addresses and praise preference: addresses lower-cased, family list de-duplicated', () => {
    const result = plan(
      `${FAMILY_HEADER}\n00101,Cleo Park,7,Math,Math 7A,t@school.example,tutor@school.example,yes,Cleo@Home.example,"Mom@home.example; dad@home.example, mom@home.example",private\n`,
    );
    expect(result.report.issues).toEqual([]);
    expect(result.creates).toEqual([
      expect.objectContaining({
        studentId: '00101',
        consentToShare: true,
        studentEmail: 'cleo@home.example',
        familyEmails: 'mom@home.example, dad@home.example',
        praisePreference: 'Private',
      }),
    ]);
  });

  it('a bad family address, consent word or praise preference is reported on its row and column, and nothing is written', () => {
    const result = plan(
      `${FAMILY_HEADER}\n00101,Cleo Park,7,Math,Math 7A,t@school.example,tutor@school.example,maybe,cleo@home,"mom@home.example, call me",loud\n`,
    );
    expect(result.creates).toEqual([]);
    expect(result.report.issues).toHaveLength(4);
    expect(result.report.issues).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'Consent to share', value: 'maybe', message: 'Consent to share must be yes or no.' },
        { row: 2, field: 'Student email', value: 'cleo@home', message: '"cleo@home" is not an email address.' },
        {
          row: 2,
          field: 'Family email(s)',
          value: 'mom@home.example, call me',
          message: '"call me" is not an email address: separate family emails with commas.',
        },
        { row: 2, field: 'Praise preference', value: 'loud', message: 'Praise preference must be Public or Private.' },
      ]),
    );
  });

  it('an existing student whose consent is withdrawn is updated; a row repeating what the Roster holds is unchanged', () => {
    const existing: RosterRow[] = [{ row: 2, student: student({ consentToShare: true, familyEmails: 'mom@home.example' }) }];
    const withdrawn = plan('Student ID,Consent to share\n00017,no\n', false, existing);
    expect(withdrawn.updates).toEqual([{ row: 2, studentId: '00017', fields: { consentToShare: false } }]);
    const same = plan('Student ID,Consent to share,Family emails\n00017,yes,MOM@home.example\n', false, existing);
    expect(same.report.unchangedStudents).toBe(1);
  });
});
