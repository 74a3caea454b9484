// A person typing into cells in the Sheets UI (no add-on): the same sharing and protection rules as a script write.

import { asPerson } from '../person';
import type { FakeWorld } from '../world';
import { parseA1 } from './a1';
import { requireEditable } from './access';
import { sheetByName, spreadsheetState } from './book';
import { requireShape } from './range-format';
import { eachCell, writeInput } from './values';

/**
 * Writes `values` into `a1` of the named sheet as `user` typing them (strings parsed as typed input). Refused with
 * Sheets' protection message when a protection binds that user, exactly as for the add-on: scripts run as the
 * user, so a protected range or sheet stops direct edits and script writes alike.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
export function editCellsAsUser(world: FakeWorld, user: string, spreadsheetId: string, sheetName: string, a1: string, values: unknown[][]): void {
  asPerson(world, user, () => {
    const ss = spreadsheetState(world, spreadsheetId);
    const sheet = sheetByName(ss, sheetName);
    if (!sheet) throw new Error(`fake Sheets UI: no sheet "${sheetName}" in ${spreadsheetId}`);
    const block = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    if (!block) throw new Error(`fake Sheets UI: "${a1}" is not a range`);
    requireShape(values, block);
    requireEditable(world, spreadsheetId, sheet, block);
    eachCell(block, (r0, c0, _key, r, c) => writeInput(ss, sheet, r0, c0, values[r][c]));
    const item = world.state.drive[spreadsheetId];
    if (item) item.modifiedTime = world.clock.now();
  });
}
