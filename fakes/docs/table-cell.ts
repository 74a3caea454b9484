// DocumentApp's TableCell: one cell's text and attributes, addressed by table id, row and column.

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import { OUT_OF_BOUNDS } from './errors';
import type { TableState } from './model';
import { findRange } from './range-element';
import { views } from './registry';
import type { DocSession } from './session';
import { tableOf } from './table';
import { replaceInSlots } from './text-ops';
import { type Slot, writeSlot } from './text-slot';

type CellMember =
  | 'getType'
  | 'getText'
  | 'setText'
  | 'editAsText'
  | 'clear'
  | 'getBackgroundColor'
  | 'setBackgroundColor'
  | 'getAttributes'
  | 'setAttributes'
  | 'getParent'
  | 'getParentRow'
  | 'getParentTable'
  | 'getRowSpan'
  | 'getColSpan'
  | 'replaceText'
  | 'findText';

class FakeTableCell implements Pick<GoogleAppsScript.Document.TableCell, CellMember> {
  readonly _kind = 'cell';
  readonly _slot: Slot;

  constructor(
    private readonly _session: DocSession,
    tableId: string,
    row: number,
    col: number,
  ) {
    this._slot = { elementId: tableId, cell: [row, col] };
  }

  private _table(write = false): TableState {
    const doc = write ? this._session.write() : this._session.read();
    const table = tableOf(this._session.locate(doc, this._slot.elementId).el);
    const [r, c] = this._slot.cell as [number, number];
    if (table.rows[r]?.[c] === undefined) throw new FakeServiceError(OUT_OF_BOUNDS);
    return table;
  }

  private get _key(): string {
    return (this._slot.cell as [number, number]).join(',');
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE_CELL' as unknown as GoogleAppsScript.Document.ElementType;
  }

  getText(): string {
    const [r, c] = this._slot.cell as [number, number];
    return this._table().rows[r][c];
  }

  setText(text: string): GoogleAppsScript.Document.TableCell {
    this._table(true);
    writeSlot(this._session, this._session.read(), this._slot, String(text), []);
    return this._self();
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this._table();
    return views.text(this._session, this._slot);
  }

  clear(): GoogleAppsScript.Document.TableCell {
    return this.setText('');
  }

  getBackgroundColor(): string {
    return (this._table().cellAttributes?.[this._key]?.BACKGROUND_COLOR ?? null) as string;
  }

  setBackgroundColor(color: string): GoogleAppsScript.Document.TableCell {
    return this.setAttributes({ BACKGROUND_COLOR: color });
  }

  getAttributes(): Record<string, unknown> {
    return { ...(this._table().cellAttributes?.[this._key] ?? {}) };
  }

  setAttributes(attributes: Record<string, unknown>): GoogleAppsScript.Document.TableCell {
    const table = this._table(true);
    table.cellAttributes = { ...(table.cellAttributes ?? {}), [this._key]: { ...(table.cellAttributes?.[this._key] ?? {}), ...attributes } };
    return this._self();
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    return this.getParentRow() as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  getParentRow(): GoogleAppsScript.Document.TableRow {
    this._table();
    return views.row(this._session, this._slot.elementId, (this._slot.cell as [number, number])[0]);
  }

  getParentTable(): GoogleAppsScript.Document.Table {
    this._table();
    return views.block.TABLE?.(this._session, this._slot.elementId) as GoogleAppsScript.Document.Table;
  }

  getRowSpan(): number {
    return 1;
  }

  getColSpan(): number {
    return 1;
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this._table(true);
    replaceInSlots(this._session, this._session.read(), [this._slot], searchPattern, replacement);
    return this._self() as unknown as GoogleAppsScript.Document.Element;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
    this._table();
    return findRange(this._session, this._session.read(), [this._slot], searchPattern, from);
  }

  private _self(): GoogleAppsScript.Document.TableCell {
    const [r, c] = this._slot.cell as [number, number];
    return wrapTableCell(this._session, this._slot.elementId, r, c);
  }
}

export function wrapTableCell(session: DocSession, tableId: string, row: number, col: number): GoogleAppsScript.Document.TableCell {
  return surface(new FakeTableCell(session, tableId, row, col), 'TableCell', session.world) as unknown as GoogleAppsScript.Document.TableCell;
}

views.cell = wrapTableCell;
