// Who may edit: the Drive role on the spreadsheet file, then sheet and range protections.

import { effectiveRole, hasRole, requireRole } from '../drive/items';
import type { FakeWorld } from '../world';
import type { Block } from './a1';
import { features } from './book';
import { NO_EDIT_PERMISSION, PROTECTED, sheetsError } from './messages';
import type { ProtectionState, SheetState } from './state';

/** Fails like Sheets when the active user cannot open (reader) or change (writer) the file. */
export function requireFileRole(world: FakeWorld, ssId: string, min: 'reader' | 'writer'): void {
  // Spreadsheets seeded straight into state have no Drive record; treat them as the user's own.
  if (!world.state.drive[ssId]) return;
  if (min === 'reader') {
    requireRole(world, ssId, 'reader');
    return;
  }
  const role = effectiveRole(world, ssId, world.activeUser);
  if (!hasRole(role, 'writer')) throw sheetsError(NO_EDIT_PERMISSION);
}

/** Whether the active user is among the protection's editors (the file owner always is). */
export function canEditProtection(world: FakeWorld, ssId: string, p: ProtectionState): boolean {
  const user = world.activeUser.toLowerCase();
  const item = world.state.drive[ssId];
  if (item && item.owner.toLowerCase() === user) return true;
  if (p.editors === null) return item ? hasRole(effectiveRole(world, ssId, world.activeUser), 'writer') : true;
  if (p.editors.some((e) => e.toLowerCase() === user)) return true;
  return p.domainEdit && user.endsWith(`@${world.state.domain.toLowerCase()}`);
}

function overlaps(a: Block, b: Block): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

function inside(inner: Block, outer: Block): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

export function wholeSheet(sheet: SheetState): Block {
  return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
}

/**
 * Fails unless the active user may change `block` of the sheet (null: the sheet's structure). Scripts run as
 * the user, so protections bind them exactly as in the editor; warning-only protections never block a script.
 * A range protection binds the cells it covers; a sheet protection binds the whole sheet except its unprotected
 * ranges; either lets through the file owner and the protection's editors (a fresh protection mirrors the file's
 * editors until its list is changed).
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 * https://developers.google.com/apps-script/reference/spreadsheet/range#protect()
 */
export function requireEditable(world: FakeWorld, ssId: string, sheet: SheetState, block: Block | null): void {
  requireFileRole(world, ssId, 'writer');
  for (const p of features(sheet).protections) {
    if (p.warningOnly) continue;
    if (p.type === 'SHEET') {
      if (block && p.unprotected.some((u) => inside(block, u))) continue;
    } else if (!block || !p.range || !overlaps(block, p.range)) continue;
    if (!canEditProtection(world, ssId, p)) throw sheetsError(PROTECTED);
  }
}

export { overlaps };
