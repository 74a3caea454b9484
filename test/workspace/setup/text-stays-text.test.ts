// Text a tutor or coordinator types comes back exactly as typed from every text column of every table, whatever it looks like.

import { PRIORITIZED_TABLE } from '../../../src/core/dashboard-tables';
import { ACCESS_REPORT_TABLE, DRIVE_FOLDERS_TABLE, QUESTIONS_TABLE } from '../../../src/core/drive-tables';
import type { ColumnSpec, TableRecord, TableSchema } from '../../../src/core/table';
import { MASTER_TABLES, TEAM_TABLES } from '../../../src/core/workbook-tables';
import { appendRecords, readTable, requireSheet } from '../../../src/workspace/table-store';
import { ensureTable } from '../../../src/workspace/workbook-setup';
import { TEXT_CORPUS } from '../../fixtures/text-corpus';
import { createProgram, type Program } from '../../support/program';

const FREE_TEXT = new Set<ColumnSpec['type']>(['text', 'longtext', 'url']);
const KEYS = new Set<ColumnSpec['type']>(['id', 'time']);

const TABLES: readonly TableSchema[] = [
  ...new Map(
    [...MASTER_TABLES, ...TEAM_TABLES, PRIORITIZED_TABLE, DRIVE_FOLDERS_TABLE, ACCESS_REPORT_TABLE, QUESTIONS_TABLE]
      .filter((t) => t.kind !== 'keyValue')
      .map((t) => [t.name, t]),
  ).values(),
];

describe('text stays text', () => {
  let program: Program;
  afterEach(() => program.close());

  it('the fake reads bare strings as Sheets does: every corpus case Sheets would convert is converted', () => {
    program = createProgram({ setUp: false });
    const converts = TEXT_CORPUS.filter((c) => !['text', 'locale', 'either'].includes(c.reads));
    const stored = program.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      const range = sheet.getRange(1, 1, converts.length, 1);
      range.setValues(converts.map((c) => [c.text]));
      return { values: range.getValues().map((r) => r[0]), formulas: range.getFormulas().map((r) => r[0]) };
    });
    const keptAsText = converts.filter((c, i) => stored.values[i] === c.text && stored.formulas[i] === '').map((c) => c.text);
    expect(keptAsText).toEqual([]);
    const kinds = converts.map((_c, i) => (stored.formulas[i] ? 'formula' : Object.prototype.toString.call(stored.values[i]).slice(8, -1)));
    expect(kinds.every((k) => ['formula', 'Number', 'Date', 'Boolean'].includes(k))).toBe(true);
  });

  it('a person types any corpus text into every text column of every table and reads back exactly what was typed', () => {
    program = createProgram({ setUp: false });
    let columns = 0;
    const wrong: string[] = [];
    program.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      for (const schema of TABLES) {
        ensureTable(ss, schema);
        const sheet = requireSheet(ss, schema);
        const textColumns = schema.columns.filter((c) => FREE_TEXT.has(c.type) || KEYS.has(c.type));
        columns += textColumns.length;
        const records: TableRecord[] = TEXT_CORPUS.map((c) =>
          Object.fromEntries(textColumns.filter((col) => FREE_TEXT.has(col.type) || !c.padded).map((col) => [col.key, c.text])),
        );
        appendRecords(sheet, schema, records);
        const rows = readTable(sheet, schema).rows;
        TEXT_CORPUS.forEach((c, i) => {
          for (const col of textColumns) {
            const expected = FREE_TEXT.has(col.type) || !c.padded ? c.text : '';
            const got = rows.find((r) => r.row === i + 2)?.record[col.key] ?? '';
            if (got !== expected) wrong.push(`${schema.name}.${col.header}: ${JSON.stringify(c.text)} → ${JSON.stringify(got)}`);
          }
        });
      }
    });
    console.log(`text corpus: ${TEXT_CORPUS.length} cases × ${columns} text columns in ${TABLES.length} tables, ${wrong.length} wrong`);
    expect(wrong).toEqual([]);
    expect(columns).toBeGreaterThan(20);
  });
});
