// Conditional format rules and charts sent through the Sheets API land in the same model SpreadsheetApp reads, with
// the API's validation errors (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request).

import { installGlobals } from '../../fakes';
import { FakeWorld } from '../../fakes/world';

const OWNER = 'coordinator@school.example';
type Request = GoogleAppsScript.Sheets.Schema.Request;

function setUp() {
  const world = new FakeWorld({ users: [OWNER] });
  const uninstall = installGlobals(world);
  const id = world.run({ user: OWNER }, () => {
    const ss = SpreadsheetApp.create('Book');
    const sheet = ss.getSheets()[0];
    sheet.getRange(1, 1, 3, 2).setValues([
      ['Name', 'Progress'],
      ['Zoe', 0.8],
      ['Luis', 0.4],
    ]);
    sheet.getRange(2, 2, 2, 1).setNumberFormat('0%');
    return ss.getId();
  });
  const batch = (requests: Request[]) =>
    world.run({ user: OWNER }, () => (Sheets as GoogleAppsScript.Sheets).Spreadsheets.batchUpdate({ requests }, id));
  const app = <T>(fn: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => T) =>
    world.run({ user: OWNER }, () => fn(SpreadsheetApp.openById(id).getSheets()[0]));
  return { world, uninstall, id, batch, app };
}

const RED = { red: 217 / 255, green: 48 / 255, blue: 37 / 255 };
const lowRule = (index = 0): Request => ({
  addConditionalFormatRule: {
    index,
    rule: {
      ranges: [{ sheetId: 0, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 2 }],
      booleanRule: {
        condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: '=B2<0.75' }] },
        format: { textFormat: { foregroundColor: RED, bold: true } },
      },
    },
  },
});
const barChart = (sheetId = 0): Request => ({
  addChart: {
    chart: {
      spec: {
        title: 'Progress to goal',
        basicChart: {
          chartType: 'BAR',
          legendPosition: 'NO_LEGEND',
          headerCount: 1,
          axis: [
            { position: 'BOTTOM_AXIS', viewWindowOptions: { viewWindowMin: 0, viewWindowMax: 1 } } as GoogleAppsScript.Sheets.Schema.BasicChartAxis,
          ],
          domains: [
            { domain: { sourceRange: { sources: [{ sheetId: 0, startRowIndex: 0, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 1 }] } } },
          ],
          series: [
            {
              series: { sourceRange: { sources: [{ sheetId: 0, startRowIndex: 0, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 2 }] } },
              color: RED,
            },
          ],
        },
      },
      position: { overlayPosition: { anchorCell: { sheetId, rowIndex: 1, columnIndex: 3 } } },
    },
  },
});

describe('Sheets API fake: conditional formats and charts', () => {
  it('a rule added through the API is what SpreadsheetApp and Spreadsheets.get show; deleting it removes it', () => {
    const { uninstall, id, batch, app, world } = setUp();
    try {
      batch([lowRule()]);
      const seen = app((s) => {
        const [rule] = s.getConditionalFormatRules();
        const c = rule.getBooleanCondition();
        return {
          values: c?.getCriteriaValues(),
          font: c?.getFontColor(),
          bold: c?.getBold(),
          ranges: rule.getRanges().map((r) => r.getA1Notation()),
        };
      });
      expect(seen).toEqual({ values: ['=B2<0.75'], font: '#d93025', bold: true, ranges: ['B2:B3'] });
      const got = world.run({ user: OWNER }, () =>
        (Sheets as GoogleAppsScript.Sheets).Spreadsheets.get(id, { fields: 'sheets(properties,conditionalFormats)' }),
      );
      expect(got.sheets?.[0].conditionalFormats?.[0].booleanRule?.condition).toEqual({
        type: 'CUSTOM_FORMULA',
        values: [{ userEnteredValue: '=B2<0.75' }],
      });

      const reply = batch([{ deleteConditionalFormatRule: { sheetId: 0, index: 0 } }]);
      expect(reply.replies?.[0].deleteConditionalFormatRule?.rule?.booleanRule?.condition?.type).toBe('CUSTOM_FORMULA');
      expect(app((s) => s.getConditionalFormatRules().length)).toBe(0);
    } finally {
      uninstall();
    }
  });

  it('a rule index out of range, a missing sheet or a format conditional formatting cannot apply fails the whole batch', () => {
    const { uninstall, batch, app } = setUp();
    try {
      expect(() => batch([lowRule(), { deleteConditionalFormatRule: { sheetId: 0, index: 1 } }])).toThrow(
        'Invalid requests[1].deleteConditionalFormatRule: No conditional format on sheet: 0 at index: 1',
      );
      expect(() => batch([lowRule(2)])).toThrow('Invalid requests[0].addConditionalFormatRule: Invalid index 2');
      const onMissing = lowRule();
      const rule = onMissing.addConditionalFormatRule?.rule;
      if (rule?.ranges) rule.ranges[0].sheetId = 77;
      expect(() => batch([onMissing])).toThrow('Invalid requests[0].addConditionalFormatRule: No grid with id: 77');
      const numberFormat = lowRule();
      const f = numberFormat.addConditionalFormatRule?.rule?.booleanRule;
      if (f) f.format = { numberFormat: { type: 'PERCENT', pattern: '0%' } };
      expect(() => batch([numberFormat])).toThrow('format.numberFormat is not supported by conditional formatting');
      const pastGrid = lowRule();
      const r = pastGrid.addConditionalFormatRule?.rule?.ranges?.[0];
      if (r) r.endRowIndex = 5000;
      expect(() => batch([pastGrid])).toThrow('exceeds grid limits');
      // Nothing of the failed batches was applied.
      expect(app((s) => s.getConditionalFormatRules().length)).toBe(0);
    } finally {
      uninstall();
    }
  });

  it('a chart added through the API is one SpreadsheetApp lists, with its title, colour, ranges and percent axis', () => {
    const { uninstall, batch, app } = setUp();
    try {
      const reply = batch([barChart()]);
      const chartId = reply.replies?.[0].addChart?.chart?.chartId;
      expect(typeof chartId).toBe('number');
      const seen = app((s) =>
        s.getCharts().map((c) => ({
          id: c.getChartId(),
          ranges: c.getRanges().map((r) => r.getA1Notation()),
          title: c.getOptions().get('title'),
          colors: c.getOptions().get('colors'),
          hAxis: c.getOptions().get('hAxis'),
          column: c.getContainerInfo().getAnchorColumn(),
        })),
      );
      expect(seen).toEqual([
        {
          id: chartId,
          ranges: ['A1:A3', 'B1:B3'],
          title: 'Progress to goal',
          colors: ['#d93025'],
          hAxis: { minValue: 0, maxValue: 1, format: 'percent' },
          column: 4,
        },
      ]);

      const spec = barChart().addChart?.chart?.spec ?? {};
      batch([{ updateChartSpec: { chartId, spec: { ...spec, title: 'Renamed' } } }]);
      expect(app((s) => s.getCharts()[0].getOptions().get('title'))).toBe('Renamed');
      batch([{ deleteEmbeddedObject: { objectId: chartId } }]);
      expect(app((s) => s.getCharts().length)).toBe(0);
    } finally {
      uninstall();
    }
  });

  it('rules and charts made with SpreadsheetApp (an older refresh) are listed by get and removed by the API', () => {
    const { uninstall, id, batch, app, world } = setUp();
    try {
      app((s) => {
        const rule = SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied('=B2<0.75')
          .setBackground('#fce8e6')
          .setRanges([s.getRange('B2:B3')])
          .build();
        s.setConditionalFormatRules([rule]);
        s.insertChart(s.newChart().asBarChart().addRange(s.getRange('A1:A3')).addRange(s.getRange('B1:B3')).setPosition(2, 4, 0, 0).build());
      });
      const got = world.run({ user: OWNER }, () =>
        (Sheets as GoogleAppsScript.Sheets).Spreadsheets.get(id, { fields: 'sheets(conditionalFormats,charts(chartId))' }),
      );
      const sheet = got.sheets?.[0];
      expect(sheet?.conditionalFormats?.[0].booleanRule?.format?.backgroundColor).toEqual({ red: 252 / 255, green: 232 / 255, blue: 230 / 255 });
      const chartId = sheet?.charts?.[0].chartId;
      expect(chartId).toBe(app((s) => s.getCharts()[0].getChartId()));
      batch([{ deleteConditionalFormatRule: { sheetId: 0, index: 0 } }, { deleteEmbeddedObject: { objectId: chartId } }]);
      expect(app((s) => [s.getConditionalFormatRules().length, s.getCharts().length])).toEqual([0, 0]);
    } finally {
      uninstall();
    }
  });

  it('a chart on a missing sheet, an unknown chart id or a chart id in use is refused', () => {
    const { uninstall, batch, app } = setUp();
    try {
      expect(() => batch([barChart(9)])).toThrow('Invalid requests[0].addChart: No grid with id: 9');
      expect(() => batch([{ updateChartSpec: { chartId: 4242, spec: barChart().addChart?.chart?.spec } }])).toThrow(
        'Invalid requests[0].updateChartSpec: No chart with id: 4242',
      );
      expect(() => batch([{ deleteEmbeddedObject: { objectId: 4242 } }])).toThrow(
        'Invalid requests[0].deleteEmbeddedObject: No embedded object with id: 4242',
      );
      const chartId = batch([barChart()]).replies?.[0].addChart?.chart?.chartId;
      const again = barChart();
      if (again.addChart?.chart) again.addChart.chart.chartId = chartId;
      expect(() => batch([again])).toThrow(`An object with the id ${chartId} already exists.`);
      expect(app((s) => s.getCharts().length)).toBe(1);
    } finally {
      uninstall();
    }
  });
});
