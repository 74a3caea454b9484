// Every field of every table, through every output: a distinctive marker in each field, and no marker may appear in
// an output read by people outside that field's audience (progress reports: family; generated docs, Tier 3 agendas,
// teacher emails and the team workbook as a teacher sees it: the team).

import { FAKE_PDF_HEADER } from '../../fakes/drive/export';
import { PRIORITIZED_TABLE } from '../../src/core/dashboard-tables';
import { ACCESS_REPORT_TABLE, DRIVE_FOLDERS_TABLE, QUESTIONS_TABLE } from '../../src/core/drive-tables';
import { mayRead } from '../../src/core/family/audience';
import { progressReport } from '../../src/core/family/progress-report';
import { familyReportData } from '../../src/core/family/report-data';
import { PROGRESS_REPORTS_TABLE } from '../../src/core/family/report-tables';
import type { ActionStep, Conference, Goal, ProgramSettings, SessionNote, StepCheckOff, Student } from '../../src/core/model';
import { toRecord } from '../../src/core/records';
import type { Audience, TableSchema } from '../../src/core/table';
import {
  ACTION_STEPS_TABLE,
  CHECK_OFFS_TABLE,
  CONFERENCES_TABLE,
  DASHBOARD_TABLE,
  GOALS_TABLE,
  ROSTER_TABLE,
  SESSION_NOTES_TABLE,
  SETTINGS_TABLE,
} from '../../src/core/tables';
import { TEMPLATES } from '../../src/core/templates/catalog';
import { PROGRAM_TEMPLATES_TABLE } from '../../src/core/templates/program-templates';
import type { DocBlock } from '../../src/core/templates/render';
import { renderTemplate } from '../../src/core/templates/render';
import { mergeValues, type WorkbookData } from '../../src/core/templates/values';
import { agendaBlocks, buildAgenda } from '../../src/core/weekly/agenda';
import { TEACHER_UPDATE_PRIVACY } from '../../src/core/weekly/settings';
import { composeTeacherUpdate } from '../../src/core/weekly/teacher-update';
import { teamStudent } from '../../src/core/weekly/team-view';
import { meetingWeekOf } from '../../src/core/weekly/week';
import { MASTER_TABLES, TEAM_TABLES } from '../../src/core/workbook-tables';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { ALGEBRA, COORDINATOR, TEACHER_RIVERA, TUTOR_ANA } from '../support/program';
import { familyProgram, makeReports, reportFiles } from './fixtures';

/** Every table the program declares. */
const ALL_TABLES: readonly TableSchema[] = [
  ...new Set([
    ...MASTER_TABLES,
    ...TEAM_TABLES,
    ROSTER_TABLE,
    DRIVE_FOLDERS_TABLE,
    ACCESS_REPORT_TABLE,
    QUESTIONS_TABLE,
    PROGRAM_TEMPLATES_TABLE,
    PROGRESS_REPORTS_TABLE,
  ]),
];

/** Column types whose values are free text, so they can carry a marker (numbers, dates, booleans, choices cannot). */
const MARKABLE = new Set(['text', 'longtext', 'email', 'url', 'id']);

/** Ids join records, so one marker per id kind, shared across tables (and audience 'team' everywhere). */
const IDS: Record<string, string> = { studentId: 'MKID-student', goalId: 'MKID-goal', stepId: 'MKID-step', noteId: 'MKID-note' };

function marker(schema: TableSchema, key: string, type: string): string {
  if (IDS[key]) return IDS[key];
  const base = `mk-${schema.name.replace(/\W+/g, '').toLowerCase()}-${key.toLowerCase()}`;
  return type === 'email' ? `${base}@marker.example` : `[${base}]`;
}

interface Marked {
  table: string;
  key: string;
  audience: Audience;
  value: string;
}

const MARKS: Marked[] = ALL_TABLES.flatMap((schema) =>
  schema.columns
    .filter((c) => MARKABLE.has(c.type) && !IDS[c.key])
    .map((c) => ({ table: schema.name, key: c.key, audience: c.audience, value: marker(schema, c.key, c.type) })),
);

function markerOf(schema: TableSchema, key: string): string {
  const column = schema.columns.find((c) => c.key === key);
  if (!column) throw new Error(`${schema.name}.${key}`);
  return marker(schema, key, column.type);
}

/** A record of `schema` with every markable field marked, over `base` (the typed fields code needs). */
function marked<T extends object>(schema: TableSchema, base: T): T {
  const out = { ...base } as Record<string, unknown>;
  for (const c of schema.columns) if (MARKABLE.has(c.type)) out[c.key] = markerOf(schema, c.key);
  return out as T;
}

const TODAY = '2026-09-14';

function markedData(): WorkbookData {
  const settings = marked<ProgramSettings>(SETTINGS_TABLE, {
    programName: '',
    tier: 3,
    setting: 'In-School',
    takeUp: 'Optional',
    dosage: 2,
    ratio: '1:1',
    termStart: '2026-09-01',
    termEnd: '2026-12-18',
    driveRootFolderId: '',
    coordinators: [COORDINATOR],
    driveOwner: '',
    team: '',
    masterWorkbookId: '',
  });
  settings.coordinators = [COORDINATOR];
  const student = marked<Student>(ROSTER_TABLE, {
    studentId: '',
    name: '',
    grade: '',
    subject: '',
    team: '',
    teacherEmail: '',
    tutorEmail: '',
    familyContact: '',
    active: true,
    consentToShare: true,
    praisePreference: 'Private',
  });
  const goal = marked<Goal>(GOALS_TABLE, {
    goalId: '',
    studentId: '',
    conferenceDate: '2026-09-01',
    assessment: '',
    score: 50,
    goal: '',
    target: 70,
    dueDate: '2026-10-01',
    status: 'Active',
    prioritized: true,
    conferenceDocUrl: '',
  });
  const earlier = { ...goal, goalId: 'MKID-goal-0', conferenceDate: '2026-08-01', score: 40, status: 'Met' as const };
  const step = marked<ActionStep>(ACTION_STEPS_TABLE, {
    stepId: '',
    goalId: '',
    studentId: '',
    action: '',
    whenHowOften: '',
    effortMeasure: '',
    backupPlan: '',
    status: 'Open',
  });
  const checkOff = marked<StepCheckOff>(CHECK_OFFS_TABLE, { date: '2026-09-09', stepId: '', studentId: '', tutorEmail: '', done: true, noteId: '' });
  const note = marked<SessionNote>(SESSION_NOTES_TABLE, {
    ...({} as SessionNote),
    date: '2026-09-09',
    startTime: '15:00',
    endTime: '15:45',
    degreeAccomplished: 3,
    attended: true,
    onTime: true,
    focusMotivation: 'High',
    promptingNeeded: 'Low',
    followThrough: 'Partly',
  });
  const conference = marked<Conference>(CONFERENCES_TABLE, { conferenceDate: '2026-09-01', score: 50 } as unknown as Conference);
  return { settings, roster: [student], goals: [goal, earlier], steps: [step], checkOffs: [checkOff], notes: [note], conferences: [conference] };
}

function blocksText(blocks: readonly DocBlock[]): string {
  return blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'list' ? b.items.join('\n') : b.kind === 'table' ? b.cells.flat().join('\n') : ''))
    .join('\n');
}

/** Every marker outside `reader`'s audience found in `text`, as "Table.key". */
function leaks(text: string, reader: Audience): string[] {
  const out = MARKS.filter((m) => !mayRead(reader, m.audience) && text.toLowerCase().includes(m.value.toLowerCase())).map(
    (m) => `${m.table}.${m.key}`,
  );
  if (reader === 'family') for (const id of Object.values(IDS)) if (text.includes(id)) out.push(`id ${id}`);
  return out;
}

describe('audience sweep: no field reaches an output outside its audience', () => {
  it('every column of every table declares an audience', () => {
    for (const schema of ALL_TABLES)
      for (const c of schema.columns)
        expect([schema.name, c.key, ['coordinators', 'team', 'family'].includes(c.audience)]).toEqual([schema.name, c.key, true]);
    // The sweep marks enough fields to mean something, of every audience.
    expect(new Set(MARKS.map((m) => m.audience))).toEqual(new Set(['coordinators', 'team', 'family']));
    // The detector finds what it looks for: the raw records hold markers of every audience.
    expect(leaks(JSON.stringify(markedData()), 'family').length).toBeGreaterThan(40);
    expect(leaks(JSON.stringify(markedData()), 'team')).toEqual(expect.arrayContaining(['Roster.studentEmail', 'Roster.familyEmails']));
  });

  it('a progress report holds family fields only', () => {
    const data = markedData();
    const text = blocksText(progressReport(familyReportData(data, 'MKID-student', TODAY) ?? fail()).blocks);
    expect(leaks(text, 'family')).toEqual([]);
    // It is not empty of markers: the family fields it is made of are there.
    for (const key of ['goal', 'action', 'whenHowOften', 'backupPlan', 'familySummary', 'name'])
      expect(MARKS.some((m) => m.key === key && text.includes(m.value))).toBe(true);
  });

  it('every generated document (src/core/templates) holds team fields at most', () => {
    const data = markedData();
    const team = data.roster[0].team;
    for (const template of TEMPLATES) {
      const target = template.subject === 'student' ? { studentId: 'MKID-student' } : template.subject === 'team' ? { team } : {};
      const values = mergeValues(data, { ...target, date: TODAY, today: TODAY });
      const text = blocksText(renderTemplate(template, values, { date: TODAY }).blocks);
      expect([template.id, leaks(text, 'team')]).toEqual([template.id, []]);
    }
  });

  it('the Tier 3 agenda and every kind of teacher email (src/core/weekly) hold team fields at most', () => {
    const data = markedData();
    const student = data.roster[0];
    const agenda = buildAgenda({
      programName: data.settings.programName,
      team: student.team,
      today: '2026-09-17',
      week: meetingWeekOf('2026-09-17'),
      settings: data.settings,
      students: data.roster,
      goals: data.goals,
      steps: data.steps,
      checkOffs: data.checkOffs,
      notes: data.notes.map((n) => ({ ...n, date: '2026-09-09' })),
      openQuestions: [
        { studentId: 'MKID-student', askedBy: markerOf(QUESTIONS_TABLE, 'author'), askedAt: '', text: markerOf(QUESTIONS_TABLE, 'text') },
      ],
    });
    expect(leaks(blocksText(agendaBlocks(agenda)), 'team')).toEqual([]);
    for (const privacy of TEACHER_UPDATE_PRIVACY) {
      const mail = composeTeacherUpdate({
        programName: data.settings.programName,
        team: student.team,
        teacherEmail: student.teacherEmail,
        workbookUrl: 'https://docs.google.com/spreadsheets/d/x/edit',
        privacy,
        period: 'the week of Mon 7 Sep 2026',
        students: [teamStudent(student)],
        notes: data.notes,
      });
      expect([privacy, leaks(`${mail.to}\n${mail.subject}\n${mail.body}`, 'team')]).toEqual([privacy, []]);
    }
  });
});

describe('audience sweep through the workbooks and Drive', () => {
  afterEach(() => jest.useRealTimers());

  const markedStudent = (): Student[] => {
    const s = markedData().roster[0];
    return [
      {
        ...s,
        studentId: '00101',
        team: ALGEBRA,
        teacherEmail: TEACHER_RIVERA,
        tutorEmail: TUTOR_ANA,
        studentEmail: 'mk-roster-studentemail@marker.example',
      },
    ];
  };

  it('the team workbook, as its teacher reads every sheet, holds no coordinators-only field', () => {
    // The master's coordinators-only settings hold markers too (teacher-update choices are free text in the model).
    const settings = {
      teacherUpdateTeams: markerOf(SETTINGS_TABLE, 'teacherUpdateTeams'),
      driveRootFolderId: markerOf(SETTINGS_TABLE, 'driveRootFolderId'),
    };
    const program = familyProgram({ students: markedStudent(), settings });
    try {
      expect(
        program.run(() => JSON.stringify(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Settings')?.getDataRange().getValues())),
      ).toContain(settings.teacherUpdateTeams);
      const everything = program.inTeam(ALGEBRA, TEACHER_RIVERA, () =>
        SpreadsheetApp.getActiveSpreadsheet()
          .getSheets()
          .map((sheet) => JSON.stringify(sheet.getDataRange().getValues()))
          .join('\n'),
      );
      expect(leaks(everything, 'team')).toEqual([]);
      for (const c of ROSTER_TABLE.columns.filter((x) => x.audience === 'coordinators')) expect(everything).not.toContain(c.header);
      // The team's own fields are there (the sweep reads real content).
      expect(everything).toContain(markerOf(ROSTER_TABLE, 'familyContact'));
    } finally {
      program.close();
    }
  });

  it('a progress report Doc and its PDF in Drive hold family fields only', () => {
    const program = familyProgram({ students: markedStudent() });
    try {
      const data = markedData();
      const ids = (r: { studentId: string }) => ({ ...r, studentId: '00101' });
      program.inTeam(ALGEBRA, COORDINATOR, () => {
        const ss = SpreadsheetApp.getActiveSpreadsheet();
        appendRecords(requireSheet(ss, GOALS_TABLE), GOALS_TABLE, data.goals.map(ids).map(toRecord));
        appendRecords(requireSheet(ss, ACTION_STEPS_TABLE), ACTION_STEPS_TABLE, data.steps.map(ids).map(toRecord));
        appendRecords(requireSheet(ss, CHECK_OFFS_TABLE), CHECK_OFFS_TABLE, data.checkOffs.map(ids).map(toRecord));
        appendRecords(requireSheet(ss, SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, data.notes.map(ids).map(toRecord));
      });
      makeReports(program, ['00101']);
      const files = reportFiles(program).filter((f) => f.name.includes(markerOf(ROSTER_TABLE, 'name')));
      expect(files).toHaveLength(2);
      for (const f of files) {
        const text = f.content?.startsWith(FAKE_PDF_HEADER) ? f.content : JSON.stringify(program.world.state.documents[f.id].body);
        expect(leaks(`${f.name}\n${text}`, 'family').filter((l) => !l.startsWith('id '))).toEqual([]);
        expect(text).toContain(markerOf(GOALS_TABLE, 'goal'));
      }
    } finally {
      program.close();
    }
  });

  it('computed tables (Dashboard, Prioritized Students) carry declared audiences too', () => {
    for (const schema of [DASHBOARD_TABLE, PRIORITIZED_TABLE]) expect(schema.columns.every((c) => c.audience === 'team')).toBe(true);
  });
});

function fail(): never {
  throw new Error('no report data');
}
