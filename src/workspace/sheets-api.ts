// Thin adapter over the Advanced Sheets service (v4, spreadsheets scope): read a workbook's structure, send one batch.

type Schema = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

/** The Advanced Sheets service; typed as possibly absent because it exists only when enabled in appsscript.json. */
export function sheetsApi(): GoogleAppsScript.Sheets {
  if (!Sheets) throw new Error('The Advanced Sheets service is not enabled for this add-on (appsscript.json › enabledAdvancedServices).');
  return Sheets;
}

const STRUCTURE = 'sheets(properties(sheetId,title,index,gridProperties),protectedRanges,bandedRanges)';
const CELLS = 'sheets(properties(sheetId,title),data(startRow,rowData(values(userEnteredValue,userEnteredFormat,note,dataValidation))))';

/** One get of every sheet's properties, protected ranges and bandings (no cells). */
export function readStructure(spreadsheetId: string): Schema {
  return sheetsApi().Spreadsheets.get(spreadsheetId, { fields: STRUCTURE });
}

/** One get of the cells in `ranges` (A1 with sheet names), with values, formats, notes and validation. */
export function readCells(spreadsheetId: string, ranges: readonly string[]): Schema {
  return sheetsApi().Spreadsheets.get(spreadsheetId, { ranges: [...ranges], fields: CELLS });
}

/** Sends every request in one batchUpdate (atomic: all apply or none); nothing is sent when there is nothing to do. */
export function sendBatch(spreadsheetId: string, requests: readonly Request[]): void {
  if (requests.length === 0) return;
  sheetsApi().Spreadsheets.batchUpdate({ requests: [...requests] }, spreadsheetId);
}
