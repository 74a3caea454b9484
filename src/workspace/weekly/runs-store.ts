// The master's Runs sheet: one row per weekly preparation run, appended when it starts and rewritten as its teams are
// done. Writes hold the script lock (a time-driven trigger has no document lock).

import type { DateFormatter } from '../../core/cells';
import type { TableRecord } from '../../core/table';
import { RUNS_TABLE } from '../../core/tables';
import type { RunRow } from '../../core/weekly/runs';
import { withScriptLock } from '../lock';
import { appendRecords, readTable, toRow } from '../table-store';
import { ensureTable } from '../workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Runs has no date columns (times are ISO text): no time-zone read. */
const NO_DATES: DateFormatter = (d) => d.toISOString();

/** The Runs sheet, made when a master set up before it existed has none. */
function runsSheet(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.getSheetByName(RUNS_TABLE.name);
  if (sheet) return sheet;
  ensureTable(ss, RUNS_TABLE);
  const made = ss.getSheetByName(RUNS_TABLE.name);
  if (!made) throw new Error('The Runs sheet could not be made.');
  return made;
}

const toRun = (r: TableRecord): RunRow => ({
  runId: String(r.runId ?? ''),
  startedAt: String(r.startedAt ?? ''),
  trigger: r.trigger === 'Scheduled' ? 'Scheduled' : 'Manual',
  runBy: String(r.runBy ?? ''),
  week: String(r.week ?? ''),
  status: (String(r.status ?? '') || 'Running') as RunRow['status'],
  done: String(r.done ?? ''),
  remaining: String(r.remaining ?? ''),
  failed: String(r.failed ?? ''),
  finishedAt: String(r.finishedAt ?? ''),
});

/** The latest runs, newest first (one read). */
export function latestRuns(ss: Spreadsheet, count = 5): RunRow[] {
  const sheet = ss.getSheetByName(RUNS_TABLE.name);
  if (!sheet) return [];
  return readTable(sheet, RUNS_TABLE, NO_DATES)
    .rows.map((r) => toRun(r.record))
    .reverse()
    .slice(0, count);
}

/**
 * Writes the run's row: appended the first time, updated after (found by its id, so a retried start never adds a
 * second row). Only the given fields change.
 */
export function writeRun(ss: Spreadsheet, runId: string, fields: Partial<RunRow>, options: { onlyIfMissing?: Partial<RunRow> } = {}): void {
  withScriptLock(() => {
    const sheet = runsSheet(ss);
    const { rows, headers } = readTable(sheet, RUNS_TABLE, NO_DATES);
    const found = rows.find((r) => r.record.runId === runId);
    if (!found) {
      appendRecords(sheet, RUNS_TABLE, [{ runId, ...options.onlyIfMissing, ...fields } as TableRecord]);
      return;
    }
    const changed = Object.entries(fields).some(([k, v]) => k !== 'runId' && found.record[k] !== v);
    // The whole row in one write (its other cells as read): one call, whatever changed.
    if (changed)
      sheet.getRange(found.row, 1, 1, headers.length).setValues([toRow(RUNS_TABLE, headers, { ...found.record, ...fields } as TableRecord)]);
  });
}
