// Shared by the reliability sweeps: reset the fake world cheaply between cases, and read what a team workbook holds.

import type { WorldState } from '../../fakes/world';
import type { TableSchema } from '../../src/core/table';
import { readTable, requireSheet } from '../../src/workspace/table-store';
import { COORDINATOR, type Program } from '../support/program';

/** Calls that read, or write only cell values: a case made of these alone leaves formats and validations as they were. */
const VALUE_ONLY =
  /^(get|find|has|is|offset|matchEntireCell|matchCase|useRegularExpression|createTextFinder|setValues?$|flush$|tryLock$|waitLock$|releaseLock$|openById$)/;

type Book = WorldState['spreadsheets'][string];
type SheetState = Book['sheets'][number];

/**
 * A snapshot of the whole world to restore before each case, cheaply. A team workbook's state is megabytes, nearly
 * all of it per-cell formats and validations (`extra` of each sheet) that a save never changes, so the sheets are
 * restored from a clone without them and keep their `extra` — unless a call of the case may have changed it (any
 * call outside VALUE_ONLY: a row inserted or deleted, a format), and then every `extra` is restored from the clone too.
 * structuredClone rather than a JSON round trip: cells hold Date objects, which JSON would turn into text.
 */
export function snapshot(program: Program): () => void {
  const { world } = program;
  const strip = (book: Book) => ({ ...book, sheets: book.sheets.map(({ extra: _extra, ...rest }: SheetState) => rest) });
  const small = structuredClone({
    ...world.state,
    spreadsheets: Object.fromEntries(Object.entries(world.state.spreadsheets).map(([id, b]) => [id, strip(b)])),
  });
  const extras = structuredClone(
    Object.fromEntries(Object.entries(world.state.spreadsheets).map(([id, b]) => [id, b.sheets.map((sh: SheetState) => [sh.sheetId, sh.extra])])),
  ) as Record<string, [number, SheetState['extra']][]>;
  let dirty = false;
  world.afterCall.push((_type, method) => {
    if (!VALUE_ONLY.test(method)) dirty = true;
  });
  return () => {
    const state = structuredClone(small);
    for (const [id, book] of Object.entries(state.spreadsheets)) {
      const live = new Map((world.state.spreadsheets[id]?.sheets ?? []).map((sh: SheetState) => [sh.sheetId, sh.extra]));
      const pristine = new Map(extras[id] ?? []);
      for (const sheet of book.sheets as SheetState[]) {
        sheet.extra = (dirty || !live.has(sheet.sheetId) ? structuredClone(pristine.get(sheet.sheetId)) : live.get(sheet.sheetId)) ?? {};
      }
    }
    world.state = state as unknown as WorldState;
    dirty = false;
  };
}

/** Every row of `schemas` in the team's workbook, in sheet order, as records — read by the coordinator. */
export function tables(program: Program, team: string, schemas: readonly TableSchema[]): Record<string, unknown[]> {
  return program.inTeam(team, COORDINATOR, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return Object.fromEntries(schemas.map((s) => [s.name, readTable(requireSheet(ss, s), s).rows.map((r) => r.record)]));
  });
}

/** Runs `fn`, turning a thrown error into its message (the sidebar sees a failure with no answer). */
export function attempt<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
