// The dashboard's write planned as one batch from the master's structure: sheet ids and records in, requests out.

import { planDashboardWrite, REPORT_FIELDS } from '../../src/core/dashboard/write-requests';
import { PRIORITIZED_TABLE } from '../../src/core/dashboard-tables';
import type { TableRecord } from '../../src/core/table';
import { DASHBOARD_TABLE } from '../../src/core/tables';

type Sheet = GoogleAppsScript.Sheets.Schema.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

const sheet = (sheetId: number, title: string, index: number, extra: Partial<Sheet> = {}): Sheet => ({
  properties: { sheetId, title, index, gridProperties: { rowCount: 1000, columnCount: 26 } },
  ...extra,
});
const record = (i: number): TableRecord => ({
  studentId: `S${i}`,
  name: `Student ${i}`,
  attendanceRate: 0.5,
  flag: true,
  reason: 'attendance 50%',
  progress: 'No active goal',
});
const kinds = (requests: Request[]) => requests.map((r) => Object.keys(r)[0]);
const never = () => {
  throw new Error('not asked');
};

describe('core/dashboard/write-requests', () => {
  it('a re-run replaces the rules and the chart that are there and rewrites both reports, in one batch', () => {
    const requests = planDashboardWrite({
      sheets: [
        sheet(0, 'Settings', 0),
        sheet(11, DASHBOARD_TABLE.name, 1, { conditionalFormats: [{}, {}, {}], charts: [{ chartId: 501 }] }),
        sheet(12, PRIORITIZED_TABLE.name, 2),
      ],
      dashboard: [record(1), record(2)],
      prioritized: [{ rank: 1, studentId: 'S1', name: 'Student 1', progressToGoal: 0.4 }],
      chartStudents: 20,
      me: never,
    });
    expect(kinds(requests)).toEqual([
      'updateCells',
      'updateCells',
      'deleteConditionalFormatRule',
      'deleteConditionalFormatRule',
      'deleteConditionalFormatRule',
      'addConditionalFormatRule',
      'addConditionalFormatRule',
      'addConditionalFormatRule',
      'addConditionalFormatRule',
      'addConditionalFormatRule',
      'deleteEmbeddedObject',
      'addChart',
    ]);
    // The old rules go from the last, so every index is one the sheet still has.
    expect(requests.slice(2, 5).map((r) => r.deleteConditionalFormatRule?.index)).toEqual([2, 1, 0]);
    expect(requests[10].deleteEmbeddedObject?.objectId).toBe(501);

    const dash = requests[0].updateCells;
    expect(dash?.range).toEqual({
      sheetId: 11,
      startRowIndex: 0,
      endRowIndex: 1000,
      startColumnIndex: 0,
      endColumnIndex: DASHBOARD_TABLE.columns.length,
    });
    expect(dash?.rows?.[0].values?.map((v) => v.userEnteredValue?.stringValue)).toEqual(DASHBOARD_TABLE.columns.map((c) => c.header));
    const cells = dash?.rows?.[1].values ?? [];
    const at = (key: string) => cells[DASHBOARD_TABLE.columns.findIndex((c) => c.key === key)];
    expect(at('name').userEnteredValue).toEqual({ stringValue: 'Student 1' });
    expect(at('attendanceRate')).toEqual({
      userEnteredValue: { numberValue: 0.5 },
      userEnteredFormat: { numberFormat: { type: 'PERCENT', pattern: '0%' } },
    });
    expect(at('flag').userEnteredValue).toEqual({ boolValue: true });
    expect(at('progress').userEnteredValue).toEqual({ stringValue: 'No active goal' });
    // A blank rate is no value (the cell is cleared), not 0%.
    expect(at('punctualityRate').userEnteredValue).toBeUndefined();

    const flagRule = requests[9].addConditionalFormatRule;
    expect(flagRule?.index).toBe(4);
    expect(flagRule?.rule?.booleanRule?.condition?.values).toEqual([{ userEnteredValue: '=$L2=TRUE' }]);
    expect(flagRule?.rule?.ranges?.[0]).toEqual({
      sheetId: 11,
      startRowIndex: 1,
      endRowIndex: 3,
      startColumnIndex: 0,
      endColumnIndex: DASHBOARD_TABLE.columns.length,
    });

    const chart = requests[11].addChart?.chart;
    expect(chart?.position?.overlayPosition?.anchorCell).toEqual({ sheetId: 11, rowIndex: 1, columnIndex: DASHBOARD_TABLE.columns.length + 1 });
    const name = PRIORITIZED_TABLE.columns.findIndex((c) => c.key === 'name');
    expect(chart?.spec?.basicChart?.domains?.[0].domain?.sourceRange?.sources).toEqual([
      { sheetId: 12, startRowIndex: 0, endRowIndex: 2, startColumnIndex: name, endColumnIndex: name + 1 },
    ]);
  });

  it('the first refresh creates the Prioritized Students sheet right after the Dashboard, in the same batch', () => {
    const requests = planDashboardWrite({
      sheets: [sheet(0, 'Settings', 0), sheet(11, DASHBOARD_TABLE.name, 1), sheet(13, 'Roster', 2)],
      dashboard: [record(1)],
      prioritized: [],
      chartStudents: 20,
      me: never,
    });
    const added = requests.find((r) => r.addSheet)?.addSheet?.properties;
    expect(added).toMatchObject({ title: PRIORITIZED_TABLE.name, index: 2 });
    expect(kinds(requests).indexOf('addSheet')).toBe(0);
    // Setup's header (with notes and format) first, then the report's cells; the chart's source names the new sheet.
    const writes = requests.filter((r) => r.updateCells?.range?.sheetId === added?.sheetId).map((r) => r.updateCells?.fields);
    expect(writes).toEqual([expect.stringContaining('note'), REPORT_FIELDS]);
    const chart = requests.find((r) => r.addChart)?.addChart?.chart;
    expect(chart?.spec?.basicChart?.series?.[0].series?.sourceRange?.sources?.[0].sheetId).toBe(added?.sheetId);
  });

  it("a header row under another coordinator's protection is left alone; the rows are written below it", () => {
    const locked = { protectedRangeId: 7, range: { sheetId: 11, startRowIndex: 0, endRowIndex: 1 }, requestingUserCanEdit: false };
    const requests = planDashboardWrite({
      sheets: [sheet(11, DASHBOARD_TABLE.name, 0, { protectedRanges: [locked] }), sheet(12, PRIORITIZED_TABLE.name, 1)],
      dashboard: [record(1)],
      prioritized: [],
      chartStudents: 20,
      me: never,
    });
    const [dash, list] = requests.filter((r) => r.updateCells).map((r) => r.updateCells);
    expect(dash?.range?.startRowIndex).toBe(1);
    expect(dash?.rows?.[0].values?.[0].userEnteredValue).toEqual({ stringValue: 'S1' });
    expect(list?.range?.startRowIndex).toBe(0);
  });

  it('a report longer than the grid grows the sheet first, in the same batch', () => {
    const many = Array.from({ length: 1500 }, (_, i) => record(i));
    const requests = planDashboardWrite({
      sheets: [sheet(11, DASHBOARD_TABLE.name, 0), sheet(12, PRIORITIZED_TABLE.name, 1)],
      dashboard: many,
      prioritized: [],
      chartStudents: 20,
      me: never,
    });
    expect(requests[0]).toEqual({ appendDimension: { sheetId: 11, dimension: 'ROWS', length: 501 } });
    expect(requests[1].updateCells?.range?.endRowIndex).toBe(1501);
  });
});
