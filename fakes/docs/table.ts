// DocumentApp's Table: a view over one TABLE element (rows of text cells, border and column widths).

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import { ElementView } from './element';
import { OUT_OF_BOUNDS } from './errors';
import { elementText, type TableState } from './model';
import { findRange } from './range-element';
import { views } from './registry';
import type { DocSession } from './session';
import { replaceInSlots } from './text-ops';
import { slotsOf } from './text-slot';

type TableMember =
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'isAtDocumentEnd'
  | 'removeFromParent'
  | 'getAttributes'
  | 'setAttributes'
  | 'asTable'
  | 'getNumRows'
  | 'getRow'
  | 'getCell'
  | 'getNumChildren'
  | 'getChild'
  | 'appendTableRow'
  | 'removeRow'
  | 'getText'
  | 'getBorderWidth'
  | 'setBorderWidth'
  | 'getBorderColor'
  | 'setBorderColor'
  | 'getColumnWidth'
  | 'setColumnWidth'
  | 'replaceText'
  | 'findText';

/** The TABLE state behind a view, or an error when the element is something else. */
export function tableOf(el: { type: string }): TableState {
  if (el.type !== 'TABLE') throw new FakeServiceError(`Element ${el.type} is not a table.`);
  return el as TableState;
}

class FakeTable extends ElementView<GoogleAppsScript.Document.Table> implements Pick<GoogleAppsScript.Document.Table, TableMember> {
  protected _self(): GoogleAppsScript.Document.Table {
    return wrapTable(this._session, this._elementId);
  }

  private _table(): TableState {
    return tableOf(this._read());
  }

  getNumRows(): number {
    return this._table().rows.length;
  }

  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    if (!this._table().rows[rowIndex]) throw new FakeServiceError(OUT_OF_BOUNDS);
    return views.row(this._session, this._elementId, rowIndex);
  }

  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    if (this._table().rows[rowIndex]?.[cellIndex] === undefined) throw new FakeServiceError(OUT_OF_BOUNDS);
    return views.cell(this._session, this._elementId, rowIndex, cellIndex);
  }

  getNumChildren(): number {
    return this.getNumRows();
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    return this.getRow(childIndex) as unknown as GoogleAppsScript.Document.Element;
  }

  /** A new, empty row (no cells until appendTableCell), as Docs makes it. */
  appendTableRow(): GoogleAppsScript.Document.TableRow {
    const table = tableOf(this._write().el);
    table.rows.push([]);
    return views.row(this._session, this._elementId, table.rows.length - 1);
  }

  removeRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    const table = tableOf(this._write().el);
    if (!table.rows[rowIndex]) throw new FakeServiceError(OUT_OF_BOUNDS);
    table.rows.splice(rowIndex, 1);
    // Docs hands back the detached row; scripts rarely use it, so this view points at the row now in its place.
    return views.row(this._session, this._elementId, rowIndex);
  }

  getText(): string {
    return elementText(this._table());
  }

  getBorderWidth(): number {
    return (this._table().attributes.BORDER_WIDTH as number | undefined) ?? 1;
  }

  setBorderWidth(width: number): GoogleAppsScript.Document.Table {
    tableOf(this._write().el).attributes.BORDER_WIDTH = width;
    return this._self();
  }

  getBorderColor(): string {
    return (this._table().attributes.BORDER_COLOR as string | undefined) ?? '#000000';
  }

  setBorderColor(color: string): GoogleAppsScript.Document.Table {
    tableOf(this._write().el).attributes.BORDER_COLOR = color;
    return this._self();
  }

  getColumnWidth(columnIndex: number): number {
    const widths = (this._table().attributes.COLUMN_WIDTHS as Record<string, number> | undefined) ?? {};
    return widths[columnIndex] ?? 0;
  }

  setColumnWidth(columnIndex: number, width: number): GoogleAppsScript.Document.Table {
    const table = tableOf(this._write().el);
    table.attributes.COLUMN_WIDTHS = { ...((table.attributes.COLUMN_WIDTHS as Record<string, number> | undefined) ?? {}), [columnIndex]: width };
    return this._self();
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    const { doc } = this._write();
    replaceInSlots(this._session, doc, slotsOf(doc, this._elementId), searchPattern, replacement);
    return this._self() as unknown as GoogleAppsScript.Document.Element;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
    const doc = this._session.read();
    return findRange(this._session, doc, slotsOf(doc, this._elementId), searchPattern, from);
  }
}

export function wrapTable(session: DocSession, id: string): GoogleAppsScript.Document.Table {
  return surface(new FakeTable(session, id), 'Table', session.world) as unknown as GoogleAppsScript.Document.Table;
}

views.block.TABLE = wrapTable as unknown as (typeof views.block)['TABLE'];
