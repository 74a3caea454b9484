// Unit tests of the template model: merge fields, the seeds' structure and timings, dates, unknown-field reports.

import { addMonths, displayDate, nextMonday, onWeekday } from '../../../src/core/dates';
import type { Goal, ProgramSettings, SessionNote, Student } from '../../../src/core/model';
import { TEMPLATES, templateById, templateFields } from '../../../src/core/templates/catalog';
import { emptyReport, fieldsIn, fillText, isKnownField } from '../../../src/core/templates/merge';
import { type DocBlock, renderTemplate } from '../../../src/core/templates/render';
import { mergeValues, type WorkbookData } from '../../../src/core/templates/values';

const settings: ProgramSettings = {
  programName: 'Northside High Tutoring',
  tier: 3,
  setting: 'In-School',
  takeUp: 'Mandatory',
  dosage: 3,
  ratio: 'Small Groups',
  termStart: '2026-09-07',
  termEnd: '2026-12-18',
  driveRootFolderId: '',
  coordinators: ['coordinator@school.example'],
  driveOwner: '',
  team: '',
  masterWorkbookId: '',
};
const maya: Student = {
  studentId: '00101',
  name: 'Maya Johnson',
  grade: '9',
  subject: 'Math',
  team: 'Algebra 1',
  teacherEmail: 'ms.rivera@school.example',
  tutorEmail: 'tutor.ana@school.example',
  familyContact: 'Ms. Johnson, 555-0101',
  active: true,
};
const luis: Student = { ...maya, studentId: '00102', name: 'Luis Ortega', tutorEmail: 'tutor.ben@school.example' };
const goal: Goal = {
  goalId: 'G-1',
  studentId: '00101',
  conferenceDate: '2026-09-01',
  assessment: 'Unit 1 test',
  score: 42,
  goal: 'Score 70 on the Unit 2 test',
  target: 70,
  dueDate: '2026-10-02',
  status: 'Active',
  prioritized: false,
  conferenceDocUrl: '',
};
const note = (over: Partial<SessionNote>): SessionNote => ({
  noteId: 'N',
  date: '2026-09-10',
  startTime: '15:00',
  endTime: '15:45',
  studentId: '00101',
  tutorEmail: 'tutor.ana@school.example',
  objective: 'Two-step equations',
  rationale: '',
  degreeAccomplished: 3,
  topicsSkills: 'inverse operations',
  materials: '',
  assignments: '',
  assessmentData: '',
  attended: true,
  onTime: true,
  engagement: 'asked questions',
  focusMotivation: '',
  promptingNeeded: '',
  followThrough: '',
  followThroughWhy: '',
  studentShared: '',
  questionsForTeacher: '',
  ...over,
});

const data: WorkbookData = {
  settings,
  roster: [maya, luis],
  goals: [goal],
  steps: [
    {
      stepId: 'S-1',
      goalId: 'G-1',
      studentId: '00101',
      action: 'Come to tutoring on Mondays and Wednesdays',
      whenHowOften: 'Mon, Wed',
      effortMeasure: 'attendance',
      backupPlan: 'Tuesday',
      status: 'Open',
    },
  ],
  checkOffs: [
    { date: '2026-09-07', stepId: 'S-1', studentId: '00101', tutorEmail: '', done: true, noteId: '' },
    { date: '2026-09-09', stepId: 'S-1', studentId: '00101', tutorEmail: '', done: false, noteId: '' },
  ],
  notes: [
    note({ date: '2026-09-08' }),
    note({ date: '2026-09-10', onTime: false }),
    note({ date: '2026-09-11', attended: false, studentId: '00102' }),
  ],
  conferences: [],
};

const texts = (blocks: DocBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : b.kind === 'table' ? b.cells.flat() : []));
const tables = (blocks: DocBlock[]) => blocks.filter((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table');

describe('merge fields', () => {
  it('finds fields with inner spaces and fills known ones', () => {
    expect(fieldsIn('Hi {{ student.name }} and {{goal.target}} {{student.name}}')).toEqual(['student.name', 'goal.target']);
    const report = emptyReport();
    expect(fillText('{{student.name}} aims for {{goal.target}}', { 'student.name': 'Maya', 'goal.target': '70' }, report)).toBe('Maya aims for 70');
  });

  it('reports unknown fields and leaves them visible; known fields without a value become empty and are listed', () => {
    const report = emptyReport();
    const out = fillText('{{student.nickname}} / {{goal.target}}', {}, report);
    expect(out).toBe('{{student.nickname}} / ');
    expect(report.unknown).toEqual(['student.nickname']);
    expect(report.empty).toEqual(['goal.target']);
  });

  it('every field a built-in template uses is a known field', () => {
    for (const t of TEMPLATES) expect(templateFields(t).filter((f) => !isKnownField(f))).toEqual([]);
  });
});

describe('dates', () => {
  it('adds months clamping to the month end, and keeps sessions off weekends', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(onWeekday('2026-11-14')).toBe('2026-11-16');
    expect(nextMonday('2026-09-17')).toBe('2026-09-21');
    expect(displayDate('2026-09-14')).toBe('Mon 14 Sep 2026');
  });
});

describe('goal-setting conference', () => {
  const doc = renderTemplate(
    templateById('goal-setting-conference'),
    mergeValues(data, { studentId: '00101', date: '2026-09-14', today: '2026-09-14' }),
    {
      date: '2026-09-14',
    },
  );

  it('follows the seed: purpose, five lenses, before, during, after', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'paragraph' && b.style === 'heading1').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['Purpose', 'Before the Conference: Preparation', 'During the Conference: Agenda', 'After the Conference: Follow-Up']);
    const lenses = doc.blocks.find((b) => b.kind === 'list') as { items: string[] };
    expect(lenses.items.map((i) => i.split(':')[0])).toEqual([
      'Specific & Measurable',
      'Growth Mindset',
      'Reducing Stigma',
      'Stakeholder Support',
      'Student Agency',
    ]);
    const agenda = tables(doc.blocks).find((t) => t.cells[0][0] === 'Steps');
    const steps =
      agenda?.cells
        .slice(1)
        .map((r) => r[1])
        .join('\n') ?? '';
    for (let n = 1; n <= 9; n++) expect(steps).toContain(`${n}) `);
  });

  it('fills the data share from the workbook: date, goal, effort data from notes and check-offs', () => {
    const share = tables(doc.blocks)[0].cells;
    expect(share[1]).toEqual(['Conference Date', 'Mon 14 Sep 2026']);
    expect(share[2]).toEqual(['Goal', 'Score 70 on the Unit 2 test']);
    expect(share[5][1]).toContain('2 of 2 sessions attended (100%)');
    expect(share[5][1]).toContain('1 of 2 on time (50%)');
    expect(share[5][1]).toContain('1 of 2 action-step check-offs done (50%)');
    expect(doc.name).toBe('Goal-setting conference — Maya Johnson — Mon 14 Sep 2026');
  });

  it('asks the seed’s reflection questions of student and tutor', () => {
    const all = texts(doc.blocks).join('\n');
    expect(all).toContain('What could I have done to prepare myself better?');
    expect(all).toContain('What could this student have done to prepare better?');
    expect(all).toContain('If applicable, where do I see improvements from previous assignments, projects or assessments?');
    expect(all).toContain('Bad example: “I’m going to come to tutoring more.” (Too vague!)');
  });
});

describe('mentoring session plan', () => {
  it('has the six timed blocks with a running clock, and the student’s current goals', () => {
    const doc = renderTemplate(
      templateById('mentoring-session-plan'),
      mergeValues(data, { studentId: '00101', date: '2026-09-14', today: '2026-09-14' }),
      {
        date: '2026-09-14',
      },
    );
    const agenda = tables(doc.blocks)[0].cells;
    expect(agenda.slice(1).map((r) => [r[0].split('\n')[0], r[1]])).toEqual([
      ['10 min', 'Welcome & Chit Chat'],
      ['5 min', 'Goal Catch-Up'],
      ['10 min', 'Recap & Orientation'],
      ['30+ min', 'Technical Mentoring'],
      ['10+ min', 'Goal Setting'],
      ['5 min', 'Wrap Up'],
      ['70+ min', 'Total'],
    ]);
    expect(agenda[4][0]).toContain('from 0:25');
    const goals = tables(doc.blocks)[1].cells;
    expect(goals[1].slice(0, 3)).toEqual(['Score 70 on the Unit 2 test', '70', 'Fri 2 Oct 2026']);
  });
});

describe('tutor-to-tutor coaching', () => {
  it('fits the five phases and their minutes into 40 minutes, with the privacy reminder', () => {
    const doc = renderTemplate(templateById('tutor-coaching'), mergeValues(data, { date: '2026-09-14', today: '2026-09-14' }), {
      date: '2026-09-14',
    });
    const agenda = tables(doc.blocks)[0].cells;
    const minutes = Object.fromEntries(agenda.slice(1).map((r) => [r[1], r[0].split('\n')[0]]));
    expect(minutes).toMatchObject({
      '2. Introduction': '2 min',
      '3. Exploration phase': '10 min',
      '4. Brainstorm phase': '15 min',
      '5. Experience': '3 min',
      Total: '40 min',
    });
    expect(texts(doc.blocks).join('\n')).toContain('the data from the dashboard belongs to the student');
  });
});

describe('peer-coaching programme', () => {
  it('dates sessions 1–4 and the eLearning phases from the start date', () => {
    const doc = renderTemplate(templateById('peer-coaching-programme'), mergeValues(data, { date: '2026-09-14', today: '2026-09-14' }), {
      date: '2026-09-14',
    });
    const rows = tables(doc.blocks)[0]
      .cells.slice(1)
      .map((r) => [r[0], r[1], r[2]]);
    expect(rows).toEqual([
      ['Session 1', 'Mon 14 Sep 2026', 'Full day'],
      ['eLearning Phase 1', 'Tue 15 Sep 2026 – Sat 14 Nov 2026', '1–2 months'],
      ['Session 2', 'Mon 16 Nov 2026', 'Half day'],
      ['eLearning Phase 2', 'Tue 17 Nov 2026 – Tue 16 Feb 2027', '3 months'],
      ['Session 3', 'Wed 17 Feb 2027', 'Half day'],
      ['eLearning Phase 3', 'Thu 18 Feb 2027 – Mon 17 May 2027', '3 months'],
      ['Session 4', 'Tue 18 May 2027', 'Half day'],
    ]);
  });
});

describe('Tier 3 weekly meeting agenda', () => {
  it("lists each team student's progress-to-goal and last week's session-note highlights", () => {
    const doc = renderTemplate(
      templateById('tier3-weekly-meeting'),
      mergeValues(data, { team: 'Algebra 1', date: '2026-09-14', today: '2026-09-14' }),
      {
        date: '2026-09-14',
      },
    );
    const progress = tables(doc.blocks).find((t) => t.cells[0][0] === 'Student' && t.cells[0][1] === 'Tutor')?.cells ?? [];
    expect(progress.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      ['Luis Ortega', '', '0'],
      ['Maya Johnson', '60%', '2'],
    ]);
    const notes = tables(doc.blocks).find((t) => t.cells[0][0] === 'Date')?.cells ?? [];
    expect(notes.slice(1).map((r) => r[1])).toEqual(['Maya Johnson', 'Maya Johnson', 'Luis Ortega']);
    expect(notes[3][4]).toBe('Absent');
    expect(texts(doc.blocks)).toContain("Next Week's Lesson Plans (week of Mon 21 Sep 2026)");
  });

  it('keeps fields as typed for a program to adapt, with one summary row per repeated table', () => {
    const doc = renderTemplate(templateById('tier3-weekly-meeting'), mergeValues(data, { date: '2026-09-14', today: '2026-09-14' }), {
      date: '2026-09-14',
      keepFields: true,
    });
    expect(texts(doc.blocks)).toContain('{{team.progress}}');
    expect(doc.report.used).toEqual([]);
  });
});
