// The Docs API writer against DocumentApp's: every built-in template, rendered with a program's values, gives the same
// document either way; and a batch that would pass the day's quota of documents created makes what fits and says so.

import type { FakeWorld } from '../../fakes/world';
import { DOCS_PER_DAY, dailyDocLimit } from '../../src/core/docs/quota';
import { documentRequests } from '../../src/core/docs/requests';
import type { JobProgress } from '../../src/core/job';
import { TEMPLATES } from '../../src/core/templates/catalog';
import { renderTemplate } from '../../src/core/templates/render';
import { mergeValues } from '../../src/core/templates/values';
import { runJobChunk } from '../../src/server/jobs';
import { startGenerateDocs } from '../../src/server/templates';
import { buildDocument, writeBlocks } from '../../src/workspace/doc-renderer';
import { readWorkbookData } from '../../src/workspace/template-data';
import { useSimulatedTime } from '../support/clock';
import { ALGEBRA, COORDINATOR, createProgram, TUTOR_ANA } from '../support/program';
import { aGoal, aNote, manyStudents, seedRecords } from './template-fixtures';

const DATE = '2026-09-14';

/** What a reader of the document sees: each body element's kind, text, heading or glyph, and table cells. */
function shape(world: FakeWorld, id: string): string[] {
  return world.state.documents[id].body.map((el) => {
    if (el.type === 'PARAGRAPH') return `P ${el.heading} ${el.text}`;
    if (el.type === 'LIST_ITEM') return `LI ${el.glyphType} ${el.text}`;
    if (el.type === 'TABLE') return `T ${JSON.stringify(el.rows)} ${el.cellAttributes?.['0,0']?.BACKGROUND_COLOR ?? ''}`;
    return el.type;
  });
}

describe('the Docs API writer', () => {
  it('builds every built-in template exactly as DocumentApp wrote it, in one call per document', () => {
    const program = createProgram({ tier: 3 });
    seedRecords(program, { goals: [aGoal()], notes: [aNote({ date: '2026-09-08' })] });
    try {
      for (const template of TEMPLATES) {
        const subject = template.subject === 'student' ? { studentId: '00101' } : template.subject === 'team' ? { team: ALGEBRA } : {};
        const [viaApp, viaApi, calls] = program.inTeam(ALGEBRA, TUTOR_ANA, () => {
          const values = mergeValues(readWorkbookData(SpreadsheetApp.getActiveSpreadsheet(), template.id), { ...subject, date: DATE, today: DATE });
          const { blocks } = renderTemplate(template, values, { date: DATE });
          const a = DocumentApp.create('via DocumentApp');
          writeBlocks(a.getBody(), blocks, 0);
          const aId = a.getId();
          const b = DocumentApp.create('via Docs API').getId();
          program.world.counter.reset();
          buildDocument(b, blocks);
          return [aId, b, program.world.counter.total];
        });
        // Docs keeps a paragraph between two tables (the API inserts a newline before every table); the DocumentApp
        // fake lets them touch. That empty paragraph is the only difference allowed.
        const api = shape(program.world, viaApi).filter(
          (line, i, all) => !(line === 'P NORMAL ' && all[i - 1]?.startsWith('T ') && all[i + 1]?.startsWith('T ')),
        );
        expect({ template: template.id, doc: api }).toEqual({ template: template.id, doc: shape(program.world, viaApp) });
        expect(calls).toBe(1);
      }
    } finally {
      program.close();
    }
  });

  it('counts indexes in UTF-16 code units: an emoji in a merged name moves every later index by 2', () => {
    const plain = documentRequests([
      { kind: 'paragraph', text: 'Sam', style: 'title' },
      { kind: 'table', cells: [['Goal']] },
    ]);
    const emoji = documentRequests([
      { kind: 'paragraph', text: 'Sam 🎒', style: 'title' },
      { kind: 'table', cells: [['Goal']] },
    ]);
    const tableAt = (rs: ReturnType<typeof documentRequests>) =>
      rs.flatMap((r) => ('updateTableCellStyle' in r ? [r.updateTableCellStyle.tableRange.tableCellLocation.tableStartLocation.index] : []));
    expect(tableAt(plain)).toEqual([5]);
    expect(tableAt(emoji)).toEqual([5 + ' 🎒'.length]);
    expect(' 🎒'.length).toBe(3);
  });
});

describe('the daily quota of documents created', () => {
  afterEach(() => jest.useRealTimers());

  it('is 1,500 for a Workspace account and 250 for a gmail.com one', () => {
    expect(dailyDocLimit('coordinator@school.example')).toBe(DOCS_PER_DAY.workspace);
    expect(dailyDocLimit('someone@gmail.com')).toBe(250);
  });

  it('a batch past the day’s quota makes what fits, says how many wait, and the same batch the next day makes only the rest', () => {
    const clock = useSimulatedTime(Date.UTC(2026, 8, 14, 15, 0, 0));
    const students = manyStudents(30);
    const program = createProgram({ students, clock });
    try {
      const keys = students.map((s) => `student:${s.studentId}`);
      // 1,490 documents made earlier today leave room for 10.
      program.world.state.properties.user[COORDINATOR] = {
        ...(program.world.state.properties.user[COORDINATOR] ?? {}),
        'tt.docsCreated.2026-09-14': '1490',
      };
      const run = (): JobProgress => {
        const started = program.run(() => startGenerateDocs({ templateId: 'goal-setting-conference', date: DATE, keys }));
        if (!started.ok) throw new Error(started.message);
        let progress = started.value;
        for (let i = 0; i < 10 && !progress.finished; i++) progress = program.run(() => runJobChunk(started.value.jobId));
        return progress;
      };
      const made = () => Object.values(program.world.state.drive).filter((i) => i.appProperties.ttDoc).length;
      const today = run();
      expect(made()).toBe(10);
      expect(today.warnings).toEqual([
        'Google lets one account create 1,500 documents a day: 20 of this batch wait for tomorrow. Start the same batch again tomorrow: documents already made are kept, and only the missing ones are made.',
      ]);
      expect(program.world.state.properties.user[COORDINATOR]['tt.docsCreated.2026-09-14']).toBe('1500');
      // The next day, in the program's time zone.
      clock.advance(24 * 3_600_000);
      program.world.counter.reset();
      const tomorrow = run();
      expect(made()).toBe(30);
      expect(tomorrow.warnings).toEqual([]);
      expect(program.world.counter.count('Drive.Files.create')).toBe(20);
      const tallies = Object.entries(program.world.state.properties.user[COORDINATOR]).filter(([k]) => k.startsWith('tt.docsCreated.'));
      expect(tallies).toEqual([['tt.docsCreated.2026-09-15', '20']]);
    } finally {
      program.close();
    }
  });
});
