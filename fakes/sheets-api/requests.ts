// spreadsheets.batchUpdate requests applied to a copy of one spreadsheet's state (the caller commits or drops the copy).

import { canEditProtection, overlaps, requireEditable } from '../sheets/access';
import { features, newSheetState, nextObjectId } from '../sheets/book';
import { cellKey, lastRowOf, writeStored } from '../sheets/grid';
import { BANDING_OVERLAP, PROTECTED, REMOVE_ALL_SHEETS, sheetExists } from '../sheets/messages';
import { shiftGrid } from '../sheets/shift';
import type { ProtectionState, SheetState, SpreadsheetState } from '../sheets/state';
import { clearCell, eachCell, requireCellSizes } from '../sheets/values';
import type { FakeWorld } from '../world';
import { applyFormat, blockOf, type CellData, epochOfSerial, hexOf, isDateFormat, validationStateOf } from './convert';
import { InvalidRequest } from './errors';
import { type CanEdit, type EditorsOf, protectedRangeOf } from './read';
import { addChart, addRule, deleteEmbeddedObject, deleteRule, updateChartSpec } from './rules-charts';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Reply = GoogleAppsScript.Sheets.Schema.Response;
type ProtectedRange = GoogleAppsScript.Sheets.Schema.ProtectedRange;

/** The request types the fakes apply; any other is "not implemented in fakes" (never silently ignored). */
export const REQUEST_TYPES = [
  'addSheet',
  'deleteSheet',
  'updateSheetProperties',
  'updateCells',
  'repeatCell',
  'setDataValidation',
  'updateDimensionProperties',
  'addProtectedRange',
  'updateProtectedRange',
  'deleteProtectedRange',
  'addBanding',
  'deleteBanding',
  'appendDimension',
  'insertDimension',
  'appendCells',
  'addConditionalFormatRule',
  'deleteConditionalFormatRule',
  'addChart',
  'updateChartSpec',
  'deleteEmbeddedObject',
] as const;

export interface ApplyContext {
  world: FakeWorld;
  ss: SpreadsheetState;
  editorsOf: (sheet: SheetState) => EditorsOf;
  canEdit: CanEdit;
}

function sheetById(ss: SpreadsheetState, sheetId: number | undefined | null): SheetState {
  const sheet = ss.sheets.find((s) => s.sheetId === (sheetId ?? 0));
  if (!sheet) throw new InvalidRequest(`No grid with id: ${sheetId ?? 0}`);
  return sheet;
}

/** Protections bind the acting user through the API exactly as in the editor (the SpreadsheetApp fake's rule). */
function requireCells(ctx: ApplyContext, sheet: SheetState, block: Parameters<typeof requireEditable>[3]): void {
  requireEditable(ctx.world, ctx.ss.id, sheet, block);
}

/** "fields" masks: a comma list, "*" for all; nested names with dots or parentheses ("userEnteredFormat(numberFormat)"). */
export function fieldList(fields: string | undefined): string[] {
  if (!fields) throw new InvalidRequest('At least one field must be specified.');
  const out: string[] = [];
  let depth = 0;
  let prefix: string[] = [];
  let token = '';
  const flush = () => {
    const t = token.trim();
    if (t) out.push([...prefix, t].join('.'));
    token = '';
  };
  for (const ch of fields) {
    if (ch === '(') {
      prefix = [...prefix, token.trim()];
      token = '';
      depth++;
    } else if (ch === ')') {
      flush();
      prefix = prefix.slice(0, -1);
      depth--;
    } else if (ch === ',') flush();
    else token += ch;
  }
  flush();
  if (depth !== 0) throw new InvalidRequest(`Invalid field mask: ${fields}`);
  return out;
}

function writeCellData(ctx: ApplyContext, sheet: SheetState, r0: number, c0: number, cell: CellData, fields: string[]): void {
  const f = features(sheet);
  const key = cellKey(r0, c0);
  const all = fields.includes('*');
  const formatFields =
    all || fields.includes('userEnteredFormat') ? 'all' : fields.filter((x) => x.startsWith('userEnteredFormat.')).map((x) => x.slice(18));
  if (formatFields === 'all' || formatFields.length) {
    const next = applyFormat(f.formats[key], cell.userEnteredFormat, formatFields);
    if (Object.keys(next).length) f.formats[key] = next;
    else delete f.formats[key];
  }
  if (all || fields.includes('note')) {
    if (cell.note) f.notes[key] = cell.note;
    else delete f.notes[key];
  }
  if (all || fields.includes('dataValidation')) {
    if (cell.dataValidation) f.validations[key] = validationStateOf(cell.dataValidation);
    else delete f.validations[key];
  }
  if (all || fields.includes('userEnteredValue')) {
    const v = cell.userEnteredValue;
    clearCell(sheet, r0, c0);
    // stringValue is stored as given: "Represents a string value. Leading single quotes are not included" — nothing is
    // parsed (https://developers.google.com/sheets/api/reference/rest/v4/other#ExtendedValue).
    if (v?.formulaValue) sheet.formulas[key] = v.formulaValue;
    else if (v?.stringValue !== undefined && v.stringValue !== null) {
      // The batch is checked as a whole: the copy it was applied to is dropped.
      requireCellSizes([[String(v.stringValue)]]);
      writeStored(sheet, r0, c0, String(v.stringValue));
    } else if (typeof v?.boolValue === 'boolean') writeStored(sheet, r0, c0, v.boolValue);
    else if (typeof v?.numberValue === 'number') {
      writeStored(sheet, r0, c0, isDateFormat(f.formats[key]?.numberFormat) ? { d: epochOfSerial(v.numberValue, ctx.ss.timeZone) } : v.numberValue);
    }
  }
  const known = ['*', 'userEnteredValue', 'note', 'dataValidation', 'userEnteredFormat'];
  for (const x of fields)
    if (!known.includes(x) && !x.startsWith('userEnteredFormat.')) throw new Error(`not implemented in fakes: Sheets API CellData.${x}`);
}

function protectionFrom(ctx: ApplyContext, sheet: SheetState, pr: ProtectedRange, id: number): ProtectionState {
  const range = pr.range ?? { sheetId: sheet.sheetId };
  const whole = range.startRowIndex == null && range.endRowIndex == null && range.startColumnIndex == null && range.endColumnIndex == null;
  if (pr.warningOnly && pr.editors) throw new InvalidRequest('Editors are not supported with warningOnly protection.');
  const me = ctx.world.activeUser.toLowerCase();
  // The requester always stays an editor of a protection they set (as Protection.removeEditors keeps the current user:
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditors(String)).
  const users = [...new Set([...(pr.editors?.users ?? []).map((u) => u.toLowerCase()), me])];
  return {
    id,
    type: whole ? 'SHEET' : 'RANGE',
    range: whole ? null : { sheetId: sheet.sheetId, ...blockOf(sheet, range) },
    description: pr.description ?? '',
    warningOnly: pr.warningOnly === true,
    editors: pr.warningOnly ? null : users,
    domainEdit: pr.editors?.domainUsersCanEdit === true,
    unprotected: (pr.unprotectedRanges ?? []).map((u) => ({ sheetId: sheet.sheetId, ...blockOf(sheet, u) })),
  };
}

function findProtection(ss: SpreadsheetState, id: number | undefined | null): { sheet: SheetState; index: number } {
  for (const sheet of ss.sheets) {
    const index = features(sheet).protections.findIndex((p) => p.id === id);
    if (index >= 0) return { sheet, index };
  }
  throw new InvalidRequest(`No protected range with id: ${id}`);
}

/** Applies one request to `ctx.ss` (a copy); returns its reply (empty for requests that have none). */
export function applyRequest(ctx: ApplyContext, request: Request): Reply {
  const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] != null);
  if (kinds.length !== 1) throw new InvalidRequest('Exactly one request kind must be set.');
  const kind = kinds[0];
  const ss = ctx.ss;
  switch (kind) {
    case 'addSheet': {
      const p = request.addSheet?.properties ?? {};
      const title = p.title ?? `Sheet${ss.sheets.length + 1}`;
      if (ss.sheets.some((s) => s.name.toLowerCase() === title.toLowerCase())) throw new InvalidRequest(sheetExists(title));
      if (p.sheetId != null && ss.sheets.some((s) => s.sheetId === p.sheetId)) {
        throw new InvalidRequest(`A sheet with the id ${p.sheetId} already exists. Please enter another id.`);
      }
      const sheet = newSheetState(ss, title, p.gridProperties?.rowCount ?? undefined, p.gridProperties?.columnCount ?? undefined);
      if (p.sheetId != null) sheet.sheetId = p.sheetId;
      sheet.frozenRows = p.gridProperties?.frozenRowCount ?? 0;
      sheet.frozenColumns = p.gridProperties?.frozenColumnCount ?? 0;
      if (p.tabColor) features(sheet).tabColor = hexOf(p.tabColor);
      // SheetProperties.hidden, "True if the sheet is hidden in the UI", is honoured on addSheet as on update:
      // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties
      sheet.hidden = p.hidden === true;
      const at = Math.min(Math.max(p.index ?? ss.sheets.length, 0), ss.sheets.length);
      ss.sheets.splice(at, 0, sheet);
      return {
        addSheet: {
          properties: {
            sheetId: sheet.sheetId,
            title,
            index: at,
            sheetType: 'GRID',
            gridProperties: { rowCount: sheet.maxRows, columnCount: sheet.maxColumns },
          },
        },
      };
    }
    case 'deleteSheet': {
      const sheet = sheetById(ss, request.deleteSheet?.sheetId);
      requireCells(ctx, sheet, null);
      if (ss.sheets.length <= 1) throw new InvalidRequest(REMOVE_ALL_SHEETS);
      ss.sheets = ss.sheets.filter((s) => s !== sheet);
      ss.activeSheetIndex = Math.min(ss.activeSheetIndex, ss.sheets.length - 1);
      return {};
    }
    case 'updateSheetProperties': {
      const r = request.updateSheetProperties ?? {};
      const p = r.properties ?? {};
      const sheet = sheetById(ss, p.sheetId);
      requireCells(ctx, sheet, null);
      for (const field of fieldList(r.fields ?? undefined)) {
        const g = p.gridProperties ?? {};
        if (field === 'title') {
          const title = String(p.title ?? '');
          if (ss.sheets.some((s) => s !== sheet && s.name.toLowerCase() === title.toLowerCase())) throw new InvalidRequest(sheetExists(title));
          sheet.name = title;
        } else if (field === 'index') {
          const at = Math.min(Math.max(p.index ?? 0, 0), ss.sheets.length - 1);
          ss.sheets = ss.sheets.filter((s) => s !== sheet);
          ss.sheets.splice(at, 0, sheet);
        } else if (field === 'gridProperties.frozenRowCount') sheet.frozenRows = g.frozenRowCount ?? 0;
        else if (field === 'gridProperties.frozenColumnCount') sheet.frozenColumns = g.frozenColumnCount ?? 0;
        else if (field === 'gridProperties.rowCount') resize(ss, sheet, 'rows', g.rowCount ?? sheet.maxRows);
        else if (field === 'gridProperties.columnCount') resize(ss, sheet, 'columns', g.columnCount ?? sheet.maxColumns);
        else if (field === 'tabColor') features(sheet).tabColor = hexOf(p.tabColor);
        else if (field === 'hidden') sheet.hidden = p.hidden === true;
        else throw new Error(`not implemented in fakes: Sheets API updateSheetProperties field ${field}`);
      }
      return {};
    }
    case 'updateCells': {
      const r = request.updateCells ?? {};
      const fields = fieldList(r.fields ?? undefined);
      const sheetId = r.start?.sheetId ?? r.range?.sheetId;
      const sheet = sheetById(ss, sheetId);
      const rows = r.rows ?? [];
      const top = r.start ? (r.start.rowIndex ?? 0) : (r.range?.startRowIndex ?? 0);
      const left = r.start ? (r.start.columnIndex ?? 0) : (r.range?.startColumnIndex ?? 0);
      const width = Math.max(0, ...rows.map((row) => row.values?.length ?? 0));
      // With a range, every cell of it is written (cells the rows leave out are cleared per the mask); with start, only the rows given.
      const block = r.range
        ? blockOf(sheet, r.range)
        : blockOf(sheet, {
            sheetId: sheet.sheetId,
            startRowIndex: top,
            endRowIndex: top + Math.max(rows.length, 1),
            startColumnIndex: left,
            endColumnIndex: left + Math.max(width, 1),
          });
      requireCells(ctx, sheet, block);
      let written = 0;
      eachCell(block, (r0, c0, _key, i, j) => {
        const cell = rows[i]?.values?.[j];
        if (cell || r.range) writeCellData(ctx, sheet, r0, c0, cell ?? {}, fields);
        if (cell?.userEnteredValue) written++;
      });
      // Cells given a value count as written (as appendCells counts its rows); cleared cells move no data.
      if (fields.includes('*') || fields.includes('userEnteredValue')) ctx.world.counter.wrote(written);
      return {};
    }
    case 'repeatCell': {
      const r = request.repeatCell ?? {};
      const sheet = sheetById(ss, r.range?.sheetId);
      const block = blockOf(sheet, r.range ?? {});
      requireCells(ctx, sheet, block);
      const fields = fieldList(r.fields ?? undefined);
      eachCell(block, (r0, c0) => writeCellData(ctx, sheet, r0, c0, r.cell ?? {}, fields));
      return {};
    }
    case 'setDataValidation': {
      const r = request.setDataValidation ?? {};
      const sheet = sheetById(ss, r.range?.sheetId);
      const block = blockOf(sheet, r.range ?? {});
      requireCells(ctx, sheet, block);
      const state = r.rule ? validationStateOf(r.rule) : null;
      const v = features(sheet).validations;
      eachCell(block, (_r0, _c0, key) => {
        if (state) v[key] = structuredClone(state);
        else delete v[key];
      });
      return {};
    }
    case 'updateDimensionProperties': {
      const r = request.updateDimensionProperties ?? {};
      const range = r.range ?? {};
      const sheet = sheetById(ss, range.sheetId);
      requireCells(ctx, sheet, null);
      const fields = fieldList(r.fields ?? undefined);
      if (fields.some((x) => x !== 'pixelSize')) throw new Error(`not implemented in fakes: Sheets API DimensionProperties.${fields.join(',')}`);
      const columns = range.dimension === 'COLUMNS';
      const max = columns ? sheet.maxColumns : sheet.maxRows;
      const start = range.startIndex ?? 0;
      const end = range.endIndex ?? max;
      if (end > max || start < 0 || end <= start) throw new InvalidRequest(`Invalid dimension range: ${start}..${end} (the sheet has ${max}).`);
      const sizes = columns ? features(sheet).columnWidths : features(sheet).rowHeights;
      for (let i = start; i < end; i++) sizes[String(i + 1)] = r.properties?.pixelSize ?? 100;
      return {};
    }
    case 'appendDimension': {
      const r = request.appendDimension ?? {};
      const sheet = sheetById(ss, r.sheetId);
      requireCells(ctx, sheet, null);
      if (!r.length || r.length < 1) throw new InvalidRequest('length must be at least 1.');
      if (r.dimension === 'COLUMNS') sheet.maxColumns += r.length;
      else if (r.dimension === 'ROWS') sheet.maxRows += r.length;
      else throw new InvalidRequest('dimension must be ROWS or COLUMNS.');
      return {};
    }
    case 'insertDimension': {
      const r = request.insertDimension ?? {};
      const range = r.range ?? {};
      const sheet = sheetById(ss, range.sheetId);
      requireCells(ctx, sheet, null);
      const axis = range.dimension === 'COLUMNS' ? 'columns' : 'rows';
      const start = range.startIndex ?? 0;
      const end = range.endIndex ?? start;
      const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
      if (start < 0 || end <= start || start > max) throw new InvalidRequest(`Invalid dimension range: ${start}..${end} (the sheet has ${max}).`);
      shiftGrid(ss, sheet, axis, start, end - start);
      return {};
    }
    case 'appendCells': {
      // "Adds new cells after the last row with data in a sheet, inserting new rows into the sheet if necessary"; the
      // fields mask is required ("At least one field must be specified")
      // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#AppendCellsRequest).
      const r = request.appendCells ?? {};
      const sheet = sheetById(ss, r.sheetId);
      const fields = fieldList(r.fields ?? undefined);
      const rows = r.rows ?? [];
      if (rows.length === 0) return {};
      const top = lastRowOf(sheet);
      const width = Math.max(1, ...rows.map((row) => row.values?.length ?? 0));
      if (top + rows.length > sheet.maxRows) sheet.maxRows = top + rows.length;
      if (width > sheet.maxColumns) sheet.maxColumns = width;
      const block = { row: top + 1, column: 1, numRows: rows.length, numColumns: width };
      requireCells(ctx, sheet, block);
      rows.forEach((row, i) => {
        (row.values ?? []).forEach((cell, j) => {
          writeCellData(ctx, sheet, top + i, j, cell ?? {}, fields);
        });
      });
      ctx.world.counter.wrote(rows.reduce((n, row) => n + (row.values?.length ?? 0), 0));
      return {};
    }
    case 'addProtectedRange': {
      const pr = request.addProtectedRange?.protectedRange ?? {};
      const sheet = sheetById(ss, pr.range?.sheetId);
      // Adding a protection changes the sheet's structure: a sheet protection that binds the user forbids it.
      requireCells(ctx, sheet, null);
      const p = protectionFrom(ctx, sheet, pr, nextObjectId(ss));
      features(sheet).protections.push(p);
      return { addProtectedRange: { protectedRange: protectedRangeOf(sheet, p, ctx.editorsOf(sheet), ctx.canEdit) } };
    }
    case 'updateProtectedRange': {
      const r = request.updateProtectedRange ?? {};
      const pr = r.protectedRange ?? {};
      const { sheet, index } = findProtection(ss, pr.protectedRangeId);
      const f = features(sheet);
      const current = f.protections[index];
      if (!canEditProtection(ctx.world, ss.id, current)) throw new InvalidRequest(PROTECTED);
      const merged = protectionFrom(ctx, sheet, pr, current.id);
      const next: ProtectionState = { ...current };
      for (const field of fieldList(r.fields ?? undefined)) {
        const top = field.split('.')[0];
        if (top === 'range') {
          next.type = merged.type;
          next.range = merged.range;
        } else if (top === 'description') next.description = merged.description;
        else if (top === 'warningOnly') {
          next.warningOnly = merged.warningOnly;
          if (merged.warningOnly) next.editors = null;
        } else if (top === 'editors') {
          next.editors = merged.editors;
          next.domainEdit = merged.domainEdit;
        } else if (top === 'unprotectedRanges') next.unprotected = merged.unprotected;
        else throw new Error(`not implemented in fakes: Sheets API ProtectedRange.${field}`);
      }
      f.protections[index] = next;
      return {};
    }
    case 'deleteProtectedRange': {
      const { sheet, index } = findProtection(ss, request.deleteProtectedRange?.protectedRangeId);
      const f = features(sheet);
      if (!canEditProtection(ctx.world, ss.id, f.protections[index])) throw new InvalidRequest(PROTECTED);
      f.protections.splice(index, 1);
      return {};
    }
    case 'addBanding': {
      const b = request.addBanding?.bandedRange ?? {};
      const sheet = sheetById(ss, b.range?.sheetId);
      requireCells(ctx, sheet, null);
      const block = blockOf(sheet, b.range ?? {});
      const f = features(sheet);
      if (f.bandings.some((x) => overlaps(x.range, block))) throw new InvalidRequest(BANDING_OVERLAP);
      const props = b.rowProperties ?? b.columnProperties ?? {};
      const id = nextObjectId(ss);
      f.bandings.push({
        id,
        range: { sheetId: sheet.sheetId, ...block },
        dimension: b.columnProperties ? 'COLUMNS' : 'ROWS',
        theme: '',
        headerColor: hexOf(props.headerColor),
        firstColor: hexOf(props.firstBandColor),
        secondColor: hexOf(props.secondBandColor),
        footerColor: hexOf(props.footerColor),
      });
      return { addBanding: { bandedRange: { ...b, bandedRangeId: id } } };
    }
    case 'deleteBanding': {
      const id = request.deleteBanding?.bandedRangeId;
      const sheet = ss.sheets.find((s) => features(s).bandings.some((b) => b.id === id));
      if (!sheet) throw new InvalidRequest(`No banded range with id: ${id}`);
      requireCells(ctx, sheet, null);
      features(sheet).bandings = features(sheet).bandings.filter((b) => b.id !== id);
      return {};
    }
    case 'addConditionalFormatRule': {
      const r = request.addConditionalFormatRule ?? {};
      addRule(ss, r);
      requireCells(ctx, sheetById(ss, r.rule?.ranges?.[0]?.sheetId), null);
      return {};
    }
    case 'deleteConditionalFormatRule': {
      const r = request.deleteConditionalFormatRule ?? {};
      requireCells(ctx, sheetById(ss, r.sheetId), null);
      return { deleteConditionalFormatRule: { rule: deleteRule(ss, r) } };
    }
    case 'addChart': {
      const r = request.addChart ?? {};
      const chart = addChart(ss, r);
      requireCells(ctx, sheetById(ss, chart.position?.overlayPosition?.anchorCell?.sheetId), null);
      return { addChart: { chart } };
    }
    case 'updateChartSpec':
      updateChartSpec(ss, request.updateChartSpec ?? {});
      return {};
    case 'deleteEmbeddedObject':
      deleteEmbeddedObject(ss, request.deleteEmbeddedObject ?? {});
      return {};
    default:
      throw new Error(`not implemented in fakes: Sheets API request ${kind}`);
  }
}

function resize(ss: SpreadsheetState, sheet: SheetState, axis: 'rows' | 'columns', count: number): void {
  const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
  if (count < 1) throw new InvalidRequest(`${axis === 'rows' ? 'rowCount' : 'columnCount'} must be at least 1.`);
  if (count > max) {
    if (axis === 'rows') sheet.maxRows = count;
    else sheet.maxColumns = count;
  } else if (count < max) shiftGrid(ss, sheet, axis, count, count - max);
}
