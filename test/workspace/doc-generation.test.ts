// Generating documents from templates against the fakes: each template's structure and merged values in a real doc
// body, filing into the team's Drive folder, the link written back, and a program's adapted template.

import { DOCS_TYPES, DRIVE_TYPES, SHEETS_TYPES } from '../../fakes/counter';
import { createInDrive, shareInDrive } from '../../fakes/drive';
import { GOALS_TABLE } from '../../src/core/tables';
import { templateById } from '../../src/core/templates/catalog';
import type { TemplateId } from '../../src/core/templates/model';
import { mergeValues } from '../../src/core/templates/values';
import {
  copyTemplateForProgram,
  getTemplateSidebar,
  insertTemplate,
  linkProgramWorkbook,
  previewTemplate,
  registerThisDocumentAsTemplate,
} from '../../src/server/templates';
import { createDocument, DOCS_MIME, type GenerateDocsParams, generateItem, openGenerateChunk } from '../../src/workspace/doc-generation';
import { readTable, requireSheet } from '../../src/workspace/table-store';
import { NOT_COPYABLE } from '../../src/workspace/template-adaptation';
import { readWorkbookData } from '../../src/workspace/template-data';
import { BUILT_IN_USED } from '../../src/workspace/template-sidebar';
import { ALGEBRA, BIOLOGY, COORDINATOR, createProgram, type Program, TUTOR_ANA, TUTOR_BEN } from '../support/program';
import { aGoal, aNote, provisionFolders, readDoc, seedRecords } from './template-fixtures';

const DATE = '2026-09-14';

/** One item as its own chunk (one execution): open the chunk, then generate. */
function generateOne(key: string, p: GenerateDocsParams) {
  return generateItem(key, p, openGenerateChunk(p));
}

/** Renders from the Algebra team workbook (every subject below is of that team), as its tutor's sidebar would. */
function render(program: Program, templateId: TemplateId, subject: { studentId?: string; team?: string }) {
  return program.inTeam(ALGEBRA, TUTOR_ANA, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const values = mergeValues(readWorkbookData(ss, templateId), { ...subject, date: DATE, today: DATE });
    return createDocument(templateById(templateId), values, DATE, { folderId: null });
  });
}

describe('templates rendered into Google Docs', () => {
  let program: Program;

  beforeEach(() => {
    program = createProgram({ tier: 3 });
    seedRecords(program, {
      goals: [aGoal()],
      steps: [
        {
          stepId: 'S-1',
          goalId: 'G-00101',
          studentId: '00101',
          action: 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes',
          whenHowOften: 'Mon and Wed',
          effortMeasure: 'sessions attended',
          backupPlan: 'Tuesday instead',
          status: 'Open',
        },
      ],
      notes: [
        aNote({ date: '2026-09-08' }),
        aNote({ noteId: 'N-2', date: '2026-09-10', onTime: false }),
        aNote({ noteId: 'N-3', studentId: '00102', attended: false }),
      ],
    });
  });
  afterEach(() => program.close());

  it('a tutor generates a goal-setting conference doc: lenses, data share, nine steps, new goal and action plan', () => {
    const made = render(program, 'goal-setting-conference', { studentId: '00101' });
    const doc = readDoc(program.world, made.id);
    expect(doc.name).toBe('Goal-setting conference — Maya Johnson — Mon 14 Sep 2026');
    expect(doc.body[0]).toMatchObject({ type: 'PARAGRAPH', heading: 'TITLE', text: 'Goal-setting conference: Maya Johnson' });
    expect(doc.headings('HEADING1')).toEqual([
      'Purpose',
      'Before the Conference: Preparation',
      'During the Conference: Agenda',
      'After the Conference: Follow-Up',
    ]);
    expect(doc.headings('HEADING2')).toEqual([
      'Lenses',
      'Data Share',
      'Overall Reflections',
      'Data Reflections',
      'Current Goals',
      'New Goal and Action Plan',
    ]);
    const lenses = doc.body.filter((e) => e.type === 'LIST_ITEM').map((e) => (e as { text: string }).text.split(':')[0]);
    expect(lenses).toEqual(['Specific & Measurable', 'Growth Mindset', 'Reducing Stigma', 'Stakeholder Support', 'Student Agency']);
    const [share] = doc.tables;
    expect(share.slice(1, 3)).toEqual([
      ['Conference Date', 'Mon 14 Sep 2026'],
      ['Goal', 'Score 70 on the Unit 2 test'],
    ]);
    expect(share[5][1]).toContain('2 of 2 sessions attended (100%)');
    expect(share[6][1]).toContain('Unit 1 test score 42, target 70');
    const agenda = doc.tables.find((t) => t[0].join('|') === 'Steps|Description|Lenses');
    expect(agenda?.map((r) => r[0]).slice(1)).toEqual([
      'Check in and Explain the Purpose of the Conversation',
      'Reflection on Most Recent Assignment/Assessment/Project',
      'New Goal and Action Plan',
      'Check for Understanding and Support',
    ]);
    expect(agenda?.[2][1]).toContain('“Let’s start by talking a little bit about Unit 1 test.”');
    expect(doc.tables.find((t) => t[0][0] === 'Specific action')?.[0]).toEqual([
      'Specific action',
      'When / how often',
      'Measure of effort',
      'Backup plan',
    ]);
    expect(doc.text).toContain('☐ Goal and action plan shared with the family (Ms. Johnson (mother), 555-0101)');
    expect(doc.text).not.toMatch(/\{\{/);
    expect(made.report.unknown).toEqual([]);
    // The header row of every table is bold (its text) on a grey fill (the cell).
    const table = doc.body.find((e) => e.type === 'TABLE') as {
      rows: string[][];
      cellAttributes?: Record<string, Record<string, unknown>>;
      cellRuns?: Record<string, { start: number; end: number; attributes: Record<string, unknown> }[]>;
    };
    expect(table.cellAttributes?.['0,0']).toMatchObject({ BACKGROUND_COLOR: '#f1f3f4' });
    expect(table.cellRuns?.['0,0']).toEqual([{ start: 0, end: table.rows[0][0].length - 1, attributes: { BOLD: true } }]);
  });

  it('a mentor generates a mentoring session plan with the six timed blocks and the student’s goals', () => {
    const doc = readDoc(program.world, render(program, 'mentoring-session-plan', { studentId: '00101' }).id);
    const [agenda, goals, recap] = doc.tables;
    expect(agenda.slice(1).map((r) => `${r[0].split('\n')[0]} ${r[1]}`)).toEqual([
      '10 min Welcome & Chit Chat',
      '5 min Goal Catch-Up',
      '10 min Recap & Orientation',
      '30+ min Technical Mentoring',
      '10+ min Goal Setting',
      '5 min Wrap Up',
      '70+ min Total',
    ]);
    expect(goals[1].slice(0, 4)).toEqual([
      'Score 70 on the Unit 2 test',
      '70',
      'Fri 2 Oct 2026',
      'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes',
    ]);
    expect(recap.map((r) => r[0])).toEqual([
      'Question',
      'What did they do in the last lesson?',
      'What was the homework for the last lesson?',
      'What did they not understand from the last lesson?',
    ]);
    expect(doc.tables.find((t) => t[0][0] === 'SMART goal')).toBeDefined();
  });

  it('a facilitator generates the tutor-to-tutor coaching agenda: 40 minutes, five phases, privacy reminder', () => {
    const doc = readDoc(program.world, render(program, 'tutor-coaching', {}).id);
    expect(doc.headings('HEADING1')).toEqual([
      'Preparation',
      'Agenda (40 minutes)',
      'Reflection',
      'Privacy: the data belongs to the student',
      'Closing',
    ]);
    const minutes = Object.fromEntries(doc.tables[0].slice(1).map((r) => [r[1], r[0].split('\n')[0]]));
    expect(minutes).toMatchObject({
      '2. Introduction': '2 min',
      '3. Exploration phase': '10 min',
      '4. Brainstorm phase': '15 min',
      '5. Experience': '3 min',
      Total: '40 min',
    });
    expect(doc.text).toContain(
      'the data from the dashboard belongs to the student. Therefore, they should not feel pressured to share this information.',
    );
  });

  it('a coordinator generates the peer-coaching programme with dates from the start date', () => {
    const doc = readDoc(program.world, render(program, 'peer-coaching-programme', {}).id);
    expect(doc.tables[0].slice(1).map((r) => `${r[0]}: ${r[1]}`)).toEqual([
      'Session 1: Mon 14 Sep 2026',
      'eLearning Phase 1: Tue 15 Sep 2026 – Sat 14 Nov 2026',
      'Session 2: Mon 16 Nov 2026',
      'eLearning Phase 2: Tue 17 Nov 2026 – Tue 16 Feb 2027',
      'Session 3: Wed 17 Feb 2027',
      'eLearning Phase 3: Thu 18 Feb 2027 – Mon 17 May 2027',
      'Session 4: Tue 18 May 2027',
    ]);
  });

  it('a Tier 3 team gets a weekly agenda with progress-to-goal per student and last week’s highlights', () => {
    const doc = readDoc(program.world, render(program, 'tier3-weekly-meeting', { team: ALGEBRA }).id);
    expect(doc.headings('HEADING1')).toEqual(['Teachers Share', 'Tutors Share', "Next Week's Tutoring Session Plans"]);
    const progress = doc.tables.find((t) => t[0][1] === 'Tutor') ?? [];
    expect(progress.slice(1).map((r) => `${r[0]} ${r[5]} ${r[6]}`)).toEqual([
      'Aisha Bello  0',
      'Luis Ortega  0',
      'Maya Johnson 60% 2',
      'Noah Kim  0',
    ]);
    const highlights = doc.tables.find((t) => t[0][0] === 'Date') ?? [];
    expect(highlights.slice(1).map((r) => `${r[0]} ${r[1]} ${r[4]}`)).toEqual([
      'Tue 8 Sep 2026 Maya Johnson inverse operations · asked questions',
      'Thu 10 Sep 2026 Luis Ortega Absent',
      'Thu 10 Sep 2026 Maya Johnson inverse operations · asked questions',
    ]);
    const roster = doc.tables.find((t) => t[0][1] === 'Attend next week?') ?? [];
    expect(roster.slice(1).map((r) => r[0])).toEqual(['Aisha Bello', 'Luis Ortega', 'Maya Johnson', 'Noah Kim']);
  });

  it('files a generated conference doc in the team’s Session Notes folder and links it from the goal in the team workbook', () => {
    const folders = provisionFolders(program, [ALGEBRA]);
    const spreadsheetId = program.spreadsheetId;
    const made = program.run(() => generateOne('student:00101', { templateId: 'goal-setting-conference', date: DATE, keys: [], spreadsheetId }));
    const file = program.world.state.drive[made.id];
    expect(file.parents).toEqual([folders.get(`${ALGEBRA}|sessionNotes`)]);
    expect(file.owner).toBe(COORDINATOR);
    // The link is in the Algebra team workbook, where the goal is; the master holds no Goals sheet.
    const goals = program.inTeam(
      ALGEBRA,
      COORDINATOR,
      () => readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), GOALS_TABLE), GOALS_TABLE).rows,
    );
    expect(goals[0].record.conferenceDocUrl).toBe(made.url);
    expect(program.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(GOALS_TABLE.name))).toBeNull();
  });

  it('a coordinator adapts a template: the edited copy is filled by replaceText and unknown fields are reported', () => {
    const copied = program.run(() => copyTemplateForProgram('mentoring-session-plan'));
    if (!copied.ok) throw new Error(copied.message);
    const copyId = /\/d\/([\w-]+)/.exec(copied.value.url)?.[1] as string;
    const copy = program.world.state.documents[copyId];
    expect(readDoc(program.world, copyId).text).toContain('{{student.goals}}');
    // The coordinator edits the doc: a new line with a known and an unknown field.
    copy.body.push({ type: 'PARAGRAPH', text: 'Mentor for {{student.name}}: {{mentor.phone}}', heading: 'NORMAL', attributes: {} });
    const spreadsheetId = program.spreadsheetId;
    const made = program.run(() => generateOne('student:00101', { templateId: 'mentoring-session-plan', date: DATE, keys: [], spreadsheetId }));
    const doc = readDoc(program.world, made.id);
    expect(doc.text).toContain('Mentor for Maya Johnson: {{mentor.phone}}');
    expect(doc.text).toContain('Score 70 on the Unit 2 test (target 70, by Fri 2 Oct 2026)');
    expect(made.report.unknown).toEqual(['mentor.phone']);
  });

  it('costs a bounded number of calls per document', () => {
    // One chunk: the workbook is read once when the chunk opens, then each item costs only its own document.
    const params = { templateId: 'goal-setting-conference' as const, date: DATE, keys: [], spreadsheetId: program.spreadsheetId };
    program.run(() => {
      const chunk = openGenerateChunk(params);
      generateItem('student:00101', params, chunk);
      program.world.counter.reset();
      generateItem('student:00103', params, chunk);
    });
    const c = program.world.counter;
    // Aisha has no goal and no conference row: nothing to link, so no Sheets call at all.
    expect(c.countTypes(SHEETS_TYPES)).toBe(0);
    // One Drive create in the folder and one Docs batchUpdate with the whole body (the batch's documents were listed
    // once, at the chunk's first item); one Properties write keeps the day's tally of documents created.
    expect(c.snapshot().calls).toEqual({ 'Drive.Files.create': 1, 'Docs.Documents.batchUpdate': 1, 'Properties.setProperty': 1 });
    expect(c.countTypes(DOCS_TYPES)).toBe(0);
    expect(c.countTypes(DRIVE_TYPES)).toBe(1);
  });

  it('the sidebar’s preview refuses a student who is not on the Roster, and a team for a per-student template', () => {
    const gone = program.run(() => previewTemplate({ templateId: 'mentoring-session-plan', subjectKey: 'student:99999', date: DATE }));
    expect(gone).toMatchObject({ ok: false, errors: { subjectKey: 'There is no student with id "99999" on the Roster.' } });
    const team = program.run(() => previewTemplate({ templateId: 'mentoring-session-plan', subjectKey: `team:${ALGEBRA}`, date: DATE }));
    expect(team).toMatchObject({ ok: false, errors: { subjectKey: 'This template is made per student: choose a student.' } });
    const maya = program.run(() => previewTemplate({ templateId: 'mentoring-session-plan', subjectKey: 'student:00101', date: DATE }));
    expect(maya.ok && maya.value.docName).toBe('Mentoring session — Maya Johnson — Mon 14 Sep 2026');
  });

  it('a chunk reads each team workbook once, at its first document, never per document', () => {
    const params = { templateId: 'goal-setting-conference' as const, date: DATE, keys: [], spreadsheetId: program.spreadsheetId };
    const c = program.world.counter;
    const reads: number[] = [];
    const opens: number[] = [];
    program.run(() => {
      const chunk = openGenerateChunk(params);
      for (const id of ['00102', '00103', '00104', '00201', '00202']) {
        c.reset();
        generateItem(`student:${id}`, params, chunk);
        reads.push(c.count('Range.getValues'));
        opens.push(c.count('SpreadsheetApp.openById'));
      }
    });
    // Algebra's workbook is opened and read for Luis, Biology's for Zoe; nobody else costs a read.
    expect(opens).toEqual([1, 0, 0, 1, 0]);
    expect(reads[0]).toBeGreaterThan(0);
    expect([reads[1], reads[2], reads[4]]).toEqual([0, 0, 0]);
    expect(reads[3]).toBe(reads[0]);
  });

  it('a program’s copy of the peer-coaching programme still dates every phase from the chosen start', () => {
    const copied = program.run(() => copyTemplateForProgram('peer-coaching-programme'));
    if (!copied.ok) throw new Error(copied.message);
    const copyId = /\/d\/([\w-]+)/.exec(copied.value.url)?.[1] as string;
    expect(readDoc(program.world, copyId).tables[0][1][1]).toBe('{{programme.phase1}}');
    const spreadsheetId = program.spreadsheetId;
    const made = program.run(() => generateOne('program', { templateId: 'peer-coaching-programme', date: '2027-01-11', keys: [], spreadsheetId }));
    const timeline = readDoc(program.world, made.id).tables[0];
    expect(timeline.slice(1, 3).map((r) => `${r[0]}: ${r[1]}`)).toEqual([
      'Session 1: Mon 11 Jan 2027',
      'eLearning Phase 1: Tue 12 Jan 2027 – Thu 11 Mar 2027',
    ]);
    expect(made.report.unknown).toEqual([]);
  });
});

describe('the Docs sidebar in a tutor’s documents', () => {
  let program: Program;
  let first: string;
  let second: string;
  beforeEach(() => {
    program = createProgram({ tier: 2 });
    seedRecords(program, { goals: [aGoal()] });
    const doc = (name: string) => program.world.run({ user: TUTOR_ANA, host: 'docs' }, () => DocumentApp.create(name).getId());
    first = doc('Maya — notes');
    second = doc('Luis — notes');
  });
  afterEach(() => program.close());

  const inDoc = <T>(documentId: string, fn: () => T, user = TUTOR_ANA) => program.world.run({ user, host: 'docs', documentId }, fn);

  it('a tutor links her team workbook once, and every document she opens finds it', () => {
    const linked = inDoc(first, () => linkProgramWorkbook(`https://docs.google.com/spreadsheets/d/${program.teamWorkbookId(ALGEBRA)}/edit`));
    expect(linked.ok && linked.value.workbook?.id).toBe(program.teamWorkbookId(ALGEBRA));
    const elsewhere = inDoc(second, () => getTemplateSidebar());
    expect(elsewhere.workbook?.id).toBe(program.teamWorkbookId(ALGEBRA));
    expect(elsewhere.students.map((s) => s.label)).toEqual([
      'Aisha Bello (00103)',
      'Luis Ortega (00102)',
      'Maya Johnson (00101)',
      'Noah Kim (00104)',
    ]);
    // Her colleague, in a document she shared with him, has linked nothing.
    shareInDrive(program.world, TUTOR_ANA, second, TUTOR_BEN, 'writer');
    expect(inDoc(second, () => getTemplateSidebar(), TUTOR_BEN).workbook).toBeNull();
  });

  it('a tutor cannot link the master workbook or another team’s workbook: Drive never shared them with her', () => {
    for (const id of [program.masterId, program.teamWorkbookId(BIOLOGY)]) {
      const refused = inDoc(first, () => linkProgramWorkbook(id));
      expect(refused).toMatchObject({ ok: false, errors: { workbook: expect.stringContaining('That is not a program workbook you can open') } });
    }
    expect(program.world.state.properties.user[TUTOR_ANA]?.['tt.workbookId']).toBeUndefined();
  });

  it('a tutor’s new document lands in her My Drive; a program version she cannot reach falls back to the built-in template', () => {
    // A coordinator adapts the mentoring plan for the Algebra team (his copy, which Ana's add-on was never given).
    const copied = program.inTeam(ALGEBRA, COORDINATOR, () => copyTemplateForProgram('mentoring-session-plan'));
    expect(copied.ok).toBe(true);
    inDoc(first, () => linkProgramWorkbook(program.teamWorkbookId(ALGEBRA)));
    program.world.counter.reset();
    const made = inDoc(first, () => insertTemplate({ templateId: 'mentoring-session-plan', subjectKey: 'student:00101', date: DATE, where: 'new' }));
    if (!made.ok) throw new Error(made.message);
    expect(made.value.notice).toBe(BUILT_IN_USED);
    const id = /\/d\/([\w-]+)/.exec(made.value.url)?.[1] as string;
    expect(program.world.state.drive[id]).toMatchObject({ owner: TUTOR_ANA, parents: [program.world.state.roots[TUTOR_ANA]] });
    expect(readDoc(program.world, id).text).toContain('Score 70 on the Unit 2 test');
    // No Drive call reached any team folder: the program version could not be read, then one create in her My Drive.
    expect(program.world.counter.snapshot().calls).toMatchObject({
      'Docs.Documents.get': 1,
      'Drive.Files.create': 1,
      'Docs.Documents.batchUpdate': 1,
    });
    expect(program.world.counter.count('Drive.Files.copy')).toBe(0);
  });
});

describe('adapting a template from an open document', () => {
  let program: Program;
  afterEach(() => program.close());

  it('a coordinator cannot register a document made in Docs itself (the add-on could never copy it), and can register its own copy', () => {
    program = createProgram();
    const made = createInDrive(program.world, COORDINATOR, { name: 'Our conference template', mimeType: DOCS_MIME });
    const inDoc = <T>(documentId: string, fn: () => T) => program.world.run({ user: COORDINATOR, host: 'docs', documentId }, fn);
    inDoc(made, () => linkProgramWorkbook(program.masterId));
    const refused = inDoc(made, () => registerThisDocumentAsTemplate('goal-setting-conference'));
    expect(refused).toEqual({ ok: false, errors: {}, message: NOT_COPYABLE });
    const copied = program.run(() => copyTemplateForProgram('goal-setting-conference'));
    const copyId = copied.ok ? (/\/d\/([\w-]+)/.exec(copied.value.url)?.[1] as string) : '';
    expect(inDoc(copyId, () => registerThisDocumentAsTemplate('goal-setting-conference')).ok).toBe(true);
  });
});
