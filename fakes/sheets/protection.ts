// Protection: a protected range or sheet, its editors and its unprotected holes, kept in the sheet's features.

import { effectiveRole, hasRole } from '../drive/items';
import type { FakeWorld } from '../world';
import type { Block } from './a1';
import { canEditProtection, requireFileRole, wholeSheet } from './access';
import { features, nextObjectId, sheetState } from './book';
import { expose, type SelfAware, unwrap } from './handle';
import { PROTECTED, sheetsError } from './messages';
import { FakeRange, rangeHandle } from './range';
import type { ProtectionState, SpreadsheetState } from './state';
import { FakeUser, userHandle } from './user';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Members =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setUnprotectedRanges'
  | 'setWarningOnly';

export function newRangeProtection(ss: SpreadsheetState, sheetId: number, block: Block): ProtectionState {
  return {
    id: nextObjectId(ss),
    type: 'RANGE',
    range: { sheetId, ...block },
    description: '',
    warningOnly: false,
    editors: null,
    domainEdit: false,
    unprotected: [],
  };
}

export function newSheetProtection(ss: SpreadsheetState): ProtectionState {
  return { id: nextObjectId(ss), type: 'SHEET', range: null, description: '', warningOnly: false, editors: null, domainEdit: false, unprotected: [] };
}

export function protectionHandle(world: FakeWorld, ssId: string, sheetId: number, id: number): Protection {
  return expose<Protection>(world, 'Protection', new FakeProtection(world, ssId, sheetId, id));
}

/** Apps Script accepts any User here (from Session, Drive or Sheets); every fake User answers getEmail. */
function emailOf(x: unknown): string {
  if (typeof x === 'string') return x;
  // A Sheets User carries its email internally: reading it is no service call.
  const internal = (x as { _email?: unknown } | null)?._email;
  if (typeof internal === 'string') return internal;
  const getEmail = (x as { getEmail?: unknown } | null)?.getEmail;
  if (typeof getEmail === 'function') return String(getEmail.call(x));
  return unwrap(x, FakeUser, 'SpreadsheetApp.Protection.addEditor')._email;
}

export class FakeProtection implements Pick<Protection, Members>, SelfAware<Protection> {
  _self!: Protection;

  constructor(
    readonly _world: FakeWorld,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _id: number,
  ) {}

  _state(): ProtectionState {
    const p = features(sheetState(this._world, this._ssId, this._sheetId)).protections.find((x) => x.id === this._id);
    if (!p) throw sheetsError('The protection has been removed.');
    return p;
  }

  /**
   * A protection's settings (editors, range, holes, description, removal) can be changed only by those it lets
   * edit: the file owner and its editors ("Remove all range protections ... that the user has permission to edit":
   * `if (protection.canEdit()) protection.remove()`). Others get Sheets' protection message.
   * https://developers.google.com/apps-script/reference/spreadsheet/protection
   */
  _change(): ProtectionState {
    requireFileRole(this._world, this._ssId, 'writer');
    const p = this._state();
    if (!canEditProtection(this._world, this._ssId, p)) throw sheetsError(PROTECTED);
    return p;
  }

  /**
   * Everyone who can edit the file, by their own grant or one inherited from a folder above: the editor list a fresh
   * protection mirrors until a script changes it ("the permissions mirror those of the spreadsheet itself",
   * https://developers.google.com/apps-script/reference/spreadsheet/range#protect()).
   */
  _fileEditors(): string[] {
    const world = this._world;
    const item = world.state.drive[this._ssId];
    if (!item) return [world.activeUser];
    const candidates = new Set<string>([item.owner]);
    const seen = new Set<string>();
    const visit = (id: string) => {
      const at = world.state.drive[id];
      if (!at || seen.has(id)) return;
      seen.add(id);
      for (const p of at.permissions) if (p.type === 'user' && p.emailAddress) candidates.add(p.emailAddress.toLowerCase());
      for (const parent of at.parents) visit(parent);
    };
    visit(item.id);
    return [...candidates].filter((e) => e === item.owner || hasRole(effectiveRole(world, item.id, e), 'writer'));
  }

  _editors(p: ProtectionState): string[] {
    const owner = this._world.state.drive[this._ssId]?.owner;
    const list = p.editors ?? this._fileEditors();
    return owner && !list.includes(owner) ? [owner, ...list] : list;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this._state().type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  getDescription(): string {
    return this._state().description;
  }

  setDescription(description: string): Protection {
    this._change().description = String(description);
    return this._self;
  }

  isWarningOnly(): boolean {
    return this._state().warningOnly;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this._change().warningOnly = Boolean(warningOnly);
    return this._self;
  }

  canDomainEdit(): boolean {
    return this._state().domainEdit;
  }

  setDomainEdit(editable: boolean): Protection {
    this._change().domainEdit = Boolean(editable);
    return this._self;
  }

  canEdit(): boolean {
    return canEditProtection(this._world, this._ssId, this._state());
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return this._editors(this._state()).map((e) => userHandle(this._world, e));
  }

  addEditor(user: string | GoogleAppsScript.Base.User): Protection {
    return this.addEditors([emailOf(user)]);
  }

  addEditors(emailAddresses: string[]): Protection {
    const p = this._change();
    const list = this._editors(p);
    for (const e of emailAddresses.map(emailOf)) if (!list.includes(e)) list.push(e);
    p.editors = list;
    return this._self;
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): Protection {
    return this.removeEditors([emailOf(user)]);
  }

  /** Neither the file owner nor the current user can be removed; Sheets silently keeps them (as documented). */
  removeEditors(users: (string | GoogleAppsScript.Base.User)[]): Protection {
    const p = this._change();
    const gone = new Set(users.map((u) => emailOf(u).toLowerCase()));
    const kept = new Set([this._world.state.drive[this._ssId]?.owner, this._world.activeUser].map((e) => (e ?? '').toLowerCase()));
    p.editors = this._editors(p).filter((e) => kept.has(e.toLowerCase()) || !gone.has(e.toLowerCase()));
    return this._self;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const p = this._state();
    const block = p.range ?? wholeSheet(sheetState(this._world, this._ssId, this._sheetId));
    return rangeHandle(this._world, this._ssId, this._sheetId, {
      row: block.row,
      column: block.column,
      numRows: block.numRows,
      numColumns: block.numColumns,
    });
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): Protection {
    const r = unwrap(range, FakeRange, 'SpreadsheetApp.Protection.setRange');
    const p = this._change();
    if (p.type === 'RANGE') p.range = { sheetId: r._sheetId, ...r._block };
    return this._self;
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._state().unprotected.map((u) =>
      rangeHandle(this._world, this._ssId, u.sheetId, { row: u.row, column: u.column, numRows: u.numRows, numColumns: u.numColumns }),
    );
  }

  /** Only sheet protections have holes; on a range protection Sheets ignores the call. */
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Protection {
    const p = this._change();
    if (p.type === 'SHEET') {
      p.unprotected = ranges.map((range) => {
        const r = unwrap(range, FakeRange, 'SpreadsheetApp.Protection.setUnprotectedRanges');
        return { sheetId: r._sheetId, ...r._block };
      });
    }
    return this._self;
  }

  remove(): void {
    const f = features(sheetState(this._world, this._ssId, this._sheetId));
    this._change();
    f.protections = f.protections.filter((x) => x.id !== this._id);
  }
}
