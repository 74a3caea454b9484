// DocumentApp's TableRow: one row of a table, addressed by table id and row index.

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import { OUT_OF_BOUNDS } from './errors';
import { views } from './registry';
import type { DocSession } from './session';
import { tableOf } from './table';
import { replaceInSlots } from './text-ops';

type RowMember =
  | 'getType'
  | 'getNumCells'
  | 'getCell'
  | 'getNumChildren'
  | 'getChild'
  | 'appendTableCell'
  | 'removeCell'
  | 'getText'
  | 'getParent'
  | 'getParentTable'
  | 'removeFromParent'
  | 'replaceText';

class FakeTableRow implements Pick<GoogleAppsScript.Document.TableRow, RowMember> {
  readonly _kind = 'row';

  constructor(
    private readonly _session: DocSession,
    readonly _tableId: string,
    readonly _row: number,
  ) {}

  private _cells(write = false): string[] {
    const doc = write ? this._session.write() : this._session.read();
    const cells = tableOf(this._session.locate(doc, this._tableId).el).rows[this._row];
    if (!cells) throw new FakeServiceError(OUT_OF_BOUNDS);
    return cells;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE_ROW' as unknown as GoogleAppsScript.Document.ElementType;
  }

  getNumCells(): number {
    return this._cells().length;
  }

  getCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    if (this._cells()[cellIndex] === undefined) throw new FakeServiceError(OUT_OF_BOUNDS);
    return views.cell(this._session, this._tableId, this._row, cellIndex);
  }

  getNumChildren(): number {
    return this.getNumCells();
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    return this.getCell(childIndex) as unknown as GoogleAppsScript.Document.Element;
  }

  appendTableCell(textContents?: string | GoogleAppsScript.Document.TableCell | null): GoogleAppsScript.Document.TableCell {
    const cells = this._cells(true);
    cells.push(typeof textContents === 'string' ? textContents : '');
    return views.cell(this._session, this._tableId, this._row, cells.length - 1);
  }

  removeCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    const cells = this._cells(true);
    if (cells[cellIndex] === undefined) throw new FakeServiceError(OUT_OF_BOUNDS);
    cells.splice(cellIndex, 1);
    return views.cell(this._session, this._tableId, this._row, Math.max(0, cellIndex - 1));
  }

  getText(): string {
    return this._cells().join('\t');
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    return this.getParentTable() as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  getParentTable(): GoogleAppsScript.Document.Table {
    this._cells();
    return views.block.TABLE?.(this._session, this._tableId) as GoogleAppsScript.Document.Table;
  }

  removeFromParent(): GoogleAppsScript.Document.TableRow {
    const doc = this._session.write();
    const table = tableOf(this._session.locate(doc, this._tableId).el);
    if (!table.rows[this._row]) throw new FakeServiceError(OUT_OF_BOUNDS);
    table.rows.splice(this._row, 1);
    return wrapTableRow(this._session, this._tableId, this._row);
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    const doc = this._session.write();
    const slots = this._cells().map((_, c) => ({ elementId: this._tableId, cell: [this._row, c] as [number, number] }));
    replaceInSlots(this._session, doc, slots, searchPattern, replacement);
    return wrapTableRow(this._session, this._tableId, this._row) as unknown as GoogleAppsScript.Document.Element;
  }
}

export function wrapTableRow(session: DocSession, tableId: string, row: number): GoogleAppsScript.Document.TableRow {
  return surface(new FakeTableRow(session, tableId, row), 'TableRow', session.world) as unknown as GoogleAppsScript.Document.TableRow;
}

views.row = wrapTableRow;
