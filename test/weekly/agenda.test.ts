// The agenda and the teacher update as pure data: only fields the team may read (the schemas' audiences), the
// reviewed week only, and the teachers' sections of seed 004 as prompts.

import type { SessionNote, Student } from '../../src/core/model';
import { ROSTER_TABLE } from '../../src/core/tables';
import { agendaBlocks, buildAgenda } from '../../src/core/weekly/agenda';
import { composeTeacherUpdate } from '../../src/core/weekly/teacher-update';
import { teamFields, teamStudent } from '../../src/core/weekly/team-view';
import { meetingWeekOf } from '../../src/core/weekly/week';
import { aStudent } from '../support/program';

const maya: Student = aStudent({ studentEmail: 'maya.private@home.example', familyEmails: 'mum@home.example', consentToShare: true });
const note = (over: Partial<SessionNote>): SessionNote => ({
  noteId: 'N1',
  date: '2026-09-14',
  startTime: '15:00',
  endTime: '15:45',
  studentId: maya.studentId,
  tutorEmail: maya.tutorEmail,
  objective: 'Two-step equations',
  rationale: '',
  degreeAccomplished: 4,
  topicsSkills: 'inverse operations',
  materials: '',
  assignments: '',
  assessmentData: '',
  attended: true,
  onTime: true,
  engagement: '',
  focusMotivation: 'High',
  promptingNeeded: '',
  followThrough: '',
  followThroughWhy: '',
  studentShared: '',
  questionsForTeacher: '',
  ...over,
});

const textOf = (blocks: ReturnType<typeof agendaBlocks>) =>
  blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'list' ? b.items.join('\n') : b.kind === 'table' ? b.cells.flat().join('\n') : ''))
    .join('\n');

describe('weekly agenda', () => {
  const week = meetingWeekOf('2026-09-18');

  it('plans the week after the run and reviews the week that holds it', () => {
    expect(week).toEqual({ weekStart: '2026-09-21', weekEnd: '2026-09-25', reviewStart: '2026-09-14', reviewEnd: '2026-09-20' });
    expect(meetingWeekOf('2026-09-20').weekStart).toBe('2026-09-21');
  });

  it('keeps coordinators-only Roster fields out', () => {
    expect(teamFields(ROSTER_TABLE, maya)).not.toHaveProperty('studentEmail');
    expect(teamFields(ROSTER_TABLE, maya)).not.toHaveProperty('familyEmails');
    expect(teamFields(ROSTER_TABLE, maya)).not.toHaveProperty('consentToShare');
    const agenda = buildAgenda({
      programName: 'Northside',
      team: maya.team,
      today: '2026-09-18',
      week,
      settings: { dosage: 3, termStart: '2026-09-07', termEnd: '2026-12-18' },
      students: [maya],
      goals: [],
      steps: [],
      checkOffs: [],
      notes: [note({}), note({ noteId: 'N0', date: '2026-09-11', objective: 'Last week but one' })],
      openQuestions: [{ studentId: maya.studentId, askedBy: maya.tutorEmail, askedAt: '2026-09-15T15:00:00Z', text: 'Which unit is next?' }],
    });
    const text = textOf(agendaBlocks(agenda));
    expect(text).not.toMatch(/maya\.private|mum@home/);
    expect(text).toContain('Two-step equations');
    expect(text).not.toContain('Last week but one');
    expect(text).toContain('Maya Johnson (Mon 14 Sep 2026) fully accomplished the objective: “Two-step equations”');
    expect(text).toContain('Maya Johnson — tutor.ana@school.example: “Which unit is next?”');
    expect(text).toContain('Alternative processes/methods/strategies if the primary one does not work for a student');
  });

  it('a full-notes teacher update carries every team field, as typed', () => {
    const mail = composeTeacherUpdate({
      programName: 'Northside',
      team: maya.team,
      teacherEmail: maya.teacherEmail,
      workbookUrl: 'https://docs.google.com/spreadsheets/d/x/edit',
      privacy: 'Full notes',
      period: 'the week of Mon 14 Sep 2026',
      students: [teamStudent(maya)],
      notes: [note({ studentShared: '=SUM(A1) <b>not markup</b>' })],
    });
    expect(mail.to).toBe(maya.teacherEmail);
    expect(mail.body).toContain('Student shared: =SUM(A1) <b>not markup</b>');
    expect(mail.body).toContain('Objective: Two-step equations');
    expect(mail.body).not.toMatch(/maya\.private|mum@home/);
  });
});
