// The header notes of the workbook tables ship as a data file (dist/data-table-notes.html), not in Code.js: setup reads it
// once per execution and writes the same notes as the sources; a tutor's save and glance never read it.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as DASHBOARD_TABLES from '../../src/core/dashboard-tables';
import * as DRIVE_TABLES from '../../src/core/drive-tables';
import * as CELEBRATION_TABLES from '../../src/core/family/celebration-table';
import * as REPORT_TABLES from '../../src/core/family/report-tables';
import { blankSessionNote } from '../../src/core/session-note-form';
import { columnNote, tablePurpose } from '../../src/core/setup/notes';
import * as NOTES from '../../src/core/setup/table-notes';
import type { TableSchema } from '../../src/core/table';
import * as TABLES from '../../src/core/tables';
import * as TEMPLATE_TABLES from '../../src/core/templates/program-templates';
import { DIST, loadBundle } from '../support/bundle';
import { ALGEBRA, createProgram, TUTOR_ANA } from '../support/program';

type Callable = (...args: unknown[]) => unknown;

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'ignore' });
});

const FORM = {
  programName: 'Northside High Tutoring',
  tier: '2',
  setting: 'In-School',
  takeUp: 'Mandatory',
  dosage: '3',
  ratio: 'Small Groups',
  termStart: '2026-09-07',
  termEnd: '2026-12-18',
} as const;

// Every module that declares workbook tables.
const MODULES = [TABLES, DASHBOARD_TABLES, DRIVE_TABLES, CELEBRATION_TABLES, REPORT_TABLES, TEMPLATE_TABLES];
const SCHEMAS = MODULES.flatMap((m) => Object.values(m)).filter(
  (v): v is TableSchema => !Array.isArray(v) && typeof v === 'object' && 'columns' in v,
);
const READS = 'HtmlService.createHtmlOutputFromFile';

describe('table header notes as a data file', () => {
  it('every workbook table has its purpose and a note for each column in the data module, and none inline', () => {
    expect(SCHEMAS.length).toBeGreaterThan(5);
    for (const schema of SCHEMAS) {
      expect(schema.purpose).toBeUndefined();
      expect(tablePurpose(schema)).not.toBe('');
      for (const c of schema.columns) {
        expect(c.note).toBeUndefined();
        expect(`${schema.name}.${c.key}: ${columnNote(schema, c.key) !== ''}`).toBe(`${schema.name}.${c.key}: true`);
      }
    }
    // Each X_HEADER_NOTES belongs to X_TABLE, with a note for no column the table lacks (a renamed key leaves none behind).
    const tables = Object.assign({}, ...MODULES) as Record<string, TableSchema>;
    const orphans = Object.entries(NOTES).flatMap(([name, notes]) => {
      const schema = tables[name.replace(/_HEADER_NOTES$/, '_TABLE')];
      return Object.keys(notes.columns)
        .filter((k) => !schema?.columns.some((c) => c.key === k))
        .map((k) => `${name}.${k}`);
    });
    expect(orphans).toEqual([]);
  });

  it('Code.js holds no header note; the data file holds them, as JSON with no markup', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code).not.toContain('What was the objective for this session?');
    expect(code).not.toContain('One row per student. Teams are teacher-tutor teams');
    const file = readFileSync(join(DIST, 'data-table-notes.html'), 'utf8');
    expect(file).not.toContain('<');
    expect(JSON.parse(file).SESSION_NOTES_HEADER_NOTES).toEqual(NOTES.SESSION_NOTES_HEADER_NOTES);
  });

  it('a coordinator sets up a workbook from the bundle: the notes of the sources, the data file read once', () => {
    const program = createProgram({ setUp: false });
    try {
      const app = loadBundle(program.world);
      program.world.counter.reset();
      const result = program.run(() => (app.setUpWorkbook as Callable)({ ...FORM })) as { ok: boolean };
      expect(result.ok).toBe(true);
      expect(program.world.counter.count(READS)).toBe(1);
      program.run(() => {
        const roster = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roster')!;
        const notes = roster.getRange(1, 1, 1, TABLES.ROSTER_TABLE.columns.length).getNotes()[0];
        expect(notes).toEqual(
          TABLES.ROSTER_TABLE.columns.map(
            (c, i) => (i === 0 ? `${tablePurpose(TABLES.ROSTER_TABLE)}\n\n` : '') + columnNote(TABLES.ROSTER_TABLE, c.key),
          ),
        );
      });
      // A re-run compares the notes, so it reads the file again (a new execution), and changes nothing.
      const again = loadBundle(program.world);
      program.world.counter.reset();
      program.run(() => (again.setUpWorkbook as Callable)({ ...FORM }));
      expect(program.world.counter.count(READS)).toBe(1);
      expect(program.world.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(0);
    } finally {
      program.close();
    }
  });

  it('a tutor glances at a student and saves a session note from the bundle without reading any HTML file', () => {
    const program = createProgram();
    try {
      const app = loadBundle(program.world);
      program.world.counter.reset();
      const glance = program.inTeam(ALGEBRA, TUTOR_ANA, () => (app.tutorStudentGlance as Callable)('00101')) as { student?: unknown };
      expect(glance.student).toBeDefined();
      const form = {
        ...blankSessionNote('00101', '2026-10-07', 'k0000000000000000001'),
        startTime: '15:30',
        endTime: '16:15',
        objective: 'Solve two-step equations',
        degreeAccomplished: 3,
        attended: true,
        onTime: true,
      };
      const saved = program.inTeam(ALGEBRA, TUTOR_ANA, () => (app.tutorSaveSessionNote as Callable)(form)) as { ok: boolean };
      expect(saved).toMatchObject({ ok: true });
      expect(program.world.counter.count(READS)).toBe(0);
    } finally {
      program.close();
    }
  });
});
