// Unit tests of who a document is about: the Roster as choices, and chosen keys checked against a template.

import type { Student } from '../../../src/core/model';
import { templateById } from '../../../src/core/templates/catalog';
import { batchKeys, batchKindProblem, batchRosterProblem, subjectOf, subjectOptions, subjectProblem } from '../../../src/core/templates/subjects';

const student = (studentId: string, name: string, team: string, active = true): Student => ({
  studentId,
  name,
  team,
  active,
  grade: '9',
  subject: 'Math',
  teacherEmail: '',
  tutorEmail: '',
  familyContact: '',
});
const roster = [
  student('00102', 'Luis Ortega', 'Algebra 1'),
  student('00101', 'Maya Johnson', 'Algebra 1'),
  student('00103', 'Ada Park', 'Geometry', false),
];
const perStudent = templateById('goal-setting-conference');
const perTeam = templateById('tier3-weekly-meeting');
const aboutNobody = templateById('tutor-coaching');

describe('the Roster as choices', () => {
  test('active students by label and their teams by name, each with its item key', () => {
    const { students, teams } = subjectOptions([...roster, student('00104', 'Bo Chen', '')]);
    expect(students.map((s) => s.label)).toEqual(['Bo Chen (00104)', 'Luis Ortega (00102)', 'Maya Johnson (00101)']);
    expect(students[1]).toEqual({ key: 'student:00102', label: 'Luis Ortega (00102)', team: 'Algebra 1' });
    expect(teams).toEqual([{ key: 'team:Algebra 1', label: 'Algebra 1', team: 'Algebra 1' }]);
  });
});

describe('a chosen student or team checked against the template and the Roster', () => {
  test('a per-student template needs a student on the Roster (inactive ones too)', () => {
    expect(subjectProblem(perStudent, 'student:00101', roster)).toBe('');
    expect(subjectProblem(perStudent, 'student:00103', roster)).toBe('');
    expect(subjectProblem(perStudent, 'student:99999', roster)).toBe('There is no student with id "99999" on the Roster.');
    expect(subjectProblem(perStudent, 'team:Algebra 1', roster)).toBe('This template is made per student: choose a student.');
  });

  test('a per-team template needs a team with active students', () => {
    expect(subjectProblem(perTeam, 'team:Algebra 1', roster)).toBe('');
    expect(subjectProblem(perTeam, 'team:Geometry', roster)).toBe('There is no team "Geometry" with active students on the Roster.');
    expect(subjectProblem(perTeam, 'program', roster)).toBe('This template is made per team: choose a team.');
  });

  test('a template about nobody in particular ignores the key, and its subject is only the date', () => {
    expect(subjectProblem(aboutNobody, 'student:99999', roster)).toBe('');
    expect(subjectOf(aboutNobody, 'student:00101', '2026-09-14')).toEqual({ date: '2026-09-14' });
    expect(subjectOf(perStudent, 'student:00101', '2026-09-14')).toEqual({ studentId: '00101', date: '2026-09-14' });
  });
});

describe('a batch of keys', () => {
  test('each key once; one program document for a template about nobody', () => {
    expect(batchKeys(perStudent, ['student:00101', 'student:00101', 'student:00102'])).toEqual(['student:00101', 'student:00102']);
    expect(batchKeys(aboutNobody, ['student:00101'])).toEqual(['program']);
  });

  test('keys of the wrong kind are refused', () => {
    expect(batchKindProblem(perTeam, ['team:Algebra 1'])).toBe('');
    expect(batchKindProblem(perTeam, ['team:Algebra 1', 'student:00101'])).toBe('This template is made per team: choose teams.');
    expect(batchKindProblem(perStudent, ['team:Algebra 1'])).toBe('This template is made per student: choose students.');
    expect(batchKindProblem(aboutNobody, ['program'])).toBe('');
  });

  test('keys not on the Roster are named, the first five', () => {
    expect(batchRosterProblem(perStudent, ['student:00101'], roster)).toBe('');
    const missing = ['1', '2', '3', '4', '5', '6', '7'].map((id) => `student:${id}`);
    expect(batchRosterProblem(perStudent, missing, roster)).toBe(
      'These students are not on the Roster: 1, 2, 3, 4, 5 and 2 more. Reopen the dialog to see the current Roster.',
    );
    expect(batchRosterProblem(perTeam, ['team:Geometry'], roster)).toBe(
      'These teams have no active students on the Roster: Geometry. Reopen the dialog to see the current Roster.',
    );
  });
});
