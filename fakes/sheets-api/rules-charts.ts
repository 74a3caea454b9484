// Conditional format rules and embedded charts through spreadsheets.batchUpdate, kept in the same per-sheet model the
// SpreadsheetApp fake uses (so getConditionalFormatRules, getCharts and the playground's renderer see them).
//
// Request shapes: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
// (AddConditionalFormatRuleRequest, DeleteConditionalFormatRuleRequest, AddChartRequest, UpdateChartSpecRequest,
// DeleteEmbeddedObjectRequest); rules and specs: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ConditionalFormatRule,
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts#ChartSpec. A missing sheet is
// "No grid with id: N", as the API answers an addConditionalFormatRule on one
// (https://github.com/nithinmurali/pygsheets/issues/537).

import { features, nextObjectId } from '../sheets/book';
import type { ChartState, ConditionalFormatRuleState, GridRangeState, JsonValue, SheetState, SpreadsheetState } from '../sheets/state';
import { blockOf, colorOf, type GridRange, gridRangeOf, hexOf } from './convert';
import { InvalidRequest } from './errors';

type Rule = GoogleAppsScript.Sheets.Schema.ConditionalFormatRule;
type ChartSpec = GoogleAppsScript.Sheets.Schema.ChartSpec;
type EmbeddedChart = GoogleAppsScript.Sheets.Schema.EmbeddedChart;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
type Color = GoogleAppsScript.Sheets.Schema.Color;

function sheetWithId(ss: SpreadsheetState, sheetId: number | undefined | null): SheetState {
  const sheet = ss.sheets.find((s) => s.sheetId === (sheetId ?? 0));
  if (!sheet) throw new InvalidRequest(`No grid with id: ${sheetId ?? 0}`);
  return sheet;
}

function stateRange(ss: SpreadsheetState, range: GridRange): GridRangeState {
  const sheet = sheetWithId(ss, range.sheetId);
  return { sheetId: sheet.sheetId, ...blockOf(sheet, range) };
}

/** The API's ConditionType for boolean rules ↔ SpreadsheetApp's BooleanCriteria (the names the fake stores). */
const CONDITIONS: Record<string, string> = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  BLANK: 'CELL_EMPTY',
  NOT_BLANK: 'CELL_NOT_EMPTY',
  NUMBER_GREATER: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_EQ: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_EQ: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_EQ: 'NUMBER_EQUAL_TO',
  NUMBER_NOT_EQ: 'NUMBER_NOT_EQUAL_TO',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_NOT_CONTAINS: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  TEXT_EQ: 'TEXT_EQUAL_TO',
};
/** How many ConditionValues each type takes (ConditionType: "Requires a single ConditionValue", "two", "none"). */
const ARITY: Record<string, number> = { BLANK: 0, NOT_BLANK: 0, NUMBER_BETWEEN: 2, NUMBER_NOT_BETWEEN: 2 };

function rgb(color: Color | undefined | null, style: { rgbColor?: Color } | undefined | null): string | undefined {
  return hexOf(style?.rgbColor ?? color) ?? undefined;
}

/**
 * BooleanRule.format: "Conditional formatting can only apply a subset of formatting: bold, italic, strikethrough,
 * foreground color and, background color" — any other field is refused.
 */
function ruleFormat(format: CellFormat | undefined): ConditionalFormatRuleState['format'] {
  const out: ConditionalFormatRuleState['format'] = {};
  const f = (format ?? {}) as CellFormat & { backgroundColorStyle?: { rgbColor?: Color } };
  for (const key of Object.keys(f)) {
    if (!['backgroundColor', 'backgroundColorStyle', 'textFormat'].includes(key)) {
      throw new InvalidRequest(`Invalid ConditionalFormatRule: format.${key} is not supported by conditional formatting.`);
    }
  }
  const background = rgb(f.backgroundColor, f.backgroundColorStyle);
  if (background) out.background = background;
  const t = (f.textFormat ?? {}) as GoogleAppsScript.Sheets.Schema.TextFormat & { foregroundColorStyle?: { rgbColor?: Color } };
  for (const key of Object.keys(t)) {
    if (!['bold', 'italic', 'strikethrough', 'foregroundColor', 'foregroundColorStyle'].includes(key)) {
      throw new InvalidRequest(`Invalid ConditionalFormatRule: format.textFormat.${key} is not supported by conditional formatting.`);
    }
  }
  const font = rgb(t.foregroundColor, t.foregroundColorStyle);
  if (font) out.fontColor = font;
  if (typeof t.bold === 'boolean') out.bold = t.bold;
  if (typeof t.italic === 'boolean') out.italic = t.italic;
  if (typeof t.strikethrough === 'boolean') out.strikethrough = t.strikethrough;
  return out;
}

/** A ConditionalFormatRule as the fake stores it; its ranges must be in the grid ("exceeds grid limits") and at least one. */
export function ruleStateOf(ss: SpreadsheetState, rule: Rule | undefined): ConditionalFormatRuleState {
  if (!rule) throw new InvalidRequest('Invalid ConditionalFormatRule: rule is required.');
  if (rule.gradientRule) throw new Error('not implemented in fakes: Sheets API gradientRule');
  const ranges = (rule.ranges ?? []).map((r) => stateRange(ss, r));
  if (ranges.length === 0) throw new InvalidRequest('Invalid ConditionalFormatRule: at least one range is required.');
  const condition = rule.booleanRule?.condition;
  if (!condition?.type) throw new InvalidRequest('Invalid ConditionalFormatRule: a booleanRule with a condition is required.');
  const criteria = CONDITIONS[condition.type];
  if (!criteria) throw new Error(`not implemented in fakes: Sheets API conditional format condition ${condition.type}`);
  const given = (condition.values ?? []).map((v) => String(v.userEnteredValue ?? ''));
  const arity = ARITY[condition.type] ?? 1;
  if (given.length !== arity) throw new InvalidRequest(`Invalid ConditionValue: ${condition.type} requires exactly ${arity} value(s).`);
  if (condition.type === 'CUSTOM_FORMULA' && !given[0].startsWith('='))
    throw new InvalidRequest(`Invalid ConditionValue: formula must start with "=".`);
  const values: JsonValue[] = condition.type.startsWith('NUMBER_') ? given.map(Number) : given;
  return { ranges, criteria, values, format: ruleFormat(rule.booleanRule?.format ?? undefined) };
}

/** The stored rule as the API returns it in Sheet.conditionalFormats. */
export function ruleOf(state: ConditionalFormatRuleState): Rule {
  const type = Object.entries(CONDITIONS).find(([, c]) => c === state.criteria)?.[0] ?? state.criteria;
  const format: CellFormat = {};
  const background = colorOf(state.format.background);
  if (background) format.backgroundColor = background;
  const textFormat: GoogleAppsScript.Sheets.Schema.TextFormat = {};
  const font = colorOf(state.format.fontColor);
  if (font) textFormat.foregroundColor = font;
  if (state.format.bold !== undefined) textFormat.bold = state.format.bold;
  if (state.format.italic !== undefined) textFormat.italic = state.format.italic;
  if (state.format.strikethrough !== undefined) textFormat.strikethrough = state.format.strikethrough;
  if (Object.keys(textFormat).length) format.textFormat = textFormat;
  return {
    ranges: state.ranges.map(gridRangeOf),
    booleanRule: { condition: { type, values: state.values.map((v) => ({ userEnteredValue: String(v) })) }, format },
  };
}

/** AddConditionalFormatRuleRequest: "The zero-based index where the rule should be inserted." */
export function addRule(ss: SpreadsheetState, request: GoogleAppsScript.Sheets.Schema.AddConditionalFormatRuleRequest): void {
  const state = ruleStateOf(ss, request.rule);
  const sheetIds = new Set(state.ranges.map((r) => r.sheetId));
  if (sheetIds.size > 1) throw new InvalidRequest('Invalid ConditionalFormatRule: all ranges must be on the same sheet.');
  const sheet = sheetWithId(ss, state.ranges[0].sheetId);
  const rules = features(sheet).conditionalFormats;
  const index = request.index ?? 0;
  if (index < 0 || index > rules.length) throw new InvalidRequest(`Invalid index ${index}: the sheet has ${rules.length} conditional format rules.`);
  rules.splice(index, 0, state);
}

/** DeleteConditionalFormatRuleRequest: "Deletes a conditional format rule at the given index. All subsequent rules' indexes are decremented." */
export function deleteRule(ss: SpreadsheetState, request: GoogleAppsScript.Sheets.Schema.DeleteConditionalFormatRuleRequest): Rule {
  const sheet = sheetWithId(ss, request.sheetId);
  const rules = features(sheet).conditionalFormats;
  const index = request.index ?? 0;
  if (index < 0 || index >= rules.length) throw new InvalidRequest(`No conditional format on sheet: ${sheet.sheetId} at index: ${index}`);
  const [removed] = rules.splice(index, 1);
  return ruleOf(removed);
}

const LEGEND: Record<string, string> = {
  NO_LEGEND: 'none',
  BOTTOM_LEGEND: 'bottom',
  TOP_LEGEND: 'top',
  LEFT_LEGEND: 'left',
  RIGHT_LEGEND: 'right',
};
const CHART_TYPES = ['BAR', 'COLUMN', 'LINE', 'AREA', 'SCATTER'];

function sourcesOf(ss: SpreadsheetState, data: GoogleAppsScript.Sheets.Schema.ChartData | undefined, what: string): GridRangeState[] {
  const sources = data?.sourceRange?.sources ?? [];
  if (sources.length === 0) throw new InvalidRequest(`Invalid chart spec: the ${what} needs a sourceRange.`);
  return sources.map((r) => stateRange(ss, r));
}

/**
 * A ChartSpec (basicChart only) as the fake's chart model: the domain then each series as ranges, the title, series
 * colours, legend and the value axis's view window as the options SpreadsheetApp's builder records. A bar chart's
 * value axis is its bottom axis; its labels follow the source cells' number format, so a percent-formatted series
 * records hAxis.format "percent" as setOption would.
 */
function applySpec(ss: SpreadsheetState, chart: ChartState, spec: ChartSpec | undefined): void {
  if (!spec) throw new InvalidRequest('Invalid chart: spec is required.');
  const basic = spec.basicChart;
  if (!basic) throw new Error('not implemented in fakes: Sheets API ChartSpec other than basicChart');
  if (!basic.chartType || !CHART_TYPES.includes(basic.chartType))
    throw new InvalidRequest(`Invalid chart spec: chartType ${basic.chartType ?? '(none)'}.`);
  const domains = basic.domains ?? [];
  if (domains.length > 1) throw new Error('not implemented in fakes: Sheets API basicChart with more than one domain');
  const ranges = [
    ...domains.flatMap((d) => sourcesOf(ss, d.domain ?? undefined, 'domain')),
    ...(basic.series ?? []).flatMap((s) => sourcesOf(ss, s.series ?? undefined, 'series')),
  ];
  const options: Record<string, JsonValue> = {};
  if (spec.title) options.title = spec.title;
  const colors = (basic.series ?? [])
    .map((s) => rgb(s.color, (s as { colorStyle?: { rgbColor?: Color } }).colorStyle))
    .filter((c): c is string => !!c);
  if (colors.length) options.colors = colors;
  if (basic.legendPosition) {
    const position = LEGEND[basic.legendPosition];
    if (!position) throw new InvalidRequest(`Invalid chart spec: legendPosition ${basic.legendPosition}.`);
    options.legend = { position };
  }
  const valueAxis = basic.chartType === 'BAR' ? 'BOTTOM_AXIS' : 'LEFT_AXIS';
  const axisKey = basic.chartType === 'BAR' ? 'hAxis' : 'vAxis';
  const axis: Record<string, JsonValue> = {};
  for (const a of basic.axis ?? []) {
    if (a.position !== valueAxis) continue;
    if (a.title) axis.title = a.title;
    // ChartAxisViewWindowOptions (the typings predate the field).
    const view = (a as { viewWindowOptions?: { viewWindowMin?: number; viewWindowMax?: number } }).viewWindowOptions;
    if (typeof view?.viewWindowMin === 'number') axis.minValue = view.viewWindowMin;
    if (typeof view?.viewWindowMax === 'number') axis.maxValue = view.viewWindowMax;
  }
  const series = ranges[domains.length];
  const headers = basic.headerCount ?? 0;
  const firstValue = series ? features(sheetWithId(ss, series.sheetId)).formats[`${series.row - 1 + headers},${series.column - 1}`] : undefined;
  if (firstValue?.numberFormat?.includes('%')) axis.format = 'percent';
  if (Object.keys(axis).length) options[axisKey] = axis;
  chart.type = basic.chartType;
  chart.ranges = ranges;
  chart.options = options;
  chart.numHeaders = headers;
}

/** A stored chart as the API returns it in Sheet.charts (the spec rebuilt from the model). */
export function chartOf(chart: ChartState, sheetId: number): EmbeddedChart {
  const [domain, ...series] = chart.ranges;
  const o = chart.options as Record<string, JsonValue>;
  const colors = Array.isArray(o.colors) ? (o.colors as string[]) : [];
  const spec: ChartSpec = {
    basicChart: {
      chartType: chart.type,
      headerCount: Math.max(0, chart.numHeaders),
      domains: domain ? [{ domain: { sourceRange: { sources: [gridRangeOf(domain)] } } }] : [],
      series: series.map((s, i) => ({ series: { sourceRange: { sources: [gridRangeOf(s)] } }, color: colorOf(colors[i]) })),
    },
  };
  if (typeof o.title === 'string') spec.title = o.title;
  return {
    chartId: chart.chartId ?? undefined,
    spec,
    position: {
      overlayPosition: {
        anchorCell: { sheetId, rowIndex: chart.position.row - 1, columnIndex: chart.position.column - 1 },
        offsetXPixels: chart.position.offsetX,
        offsetYPixels: chart.position.offsetY,
      },
    },
  };
}

function findChart(ss: SpreadsheetState, id: number | undefined | null): { sheet: SheetState; index: number } | null {
  for (const sheet of ss.sheets) {
    const index = features(sheet).charts.findIndex((c) => c.chartId === id);
    if (index >= 0) return { sheet, index };
  }
  return null;
}

/**
 * AddChartRequest: "Adds a chart to a sheet in the spreadsheet"; the chart's position is an overlay anchored on a cell
 * (a chart on its own new sheet is not modelled). A chartId already in use is refused; without one, one is assigned.
 */
export function addChart(ss: SpreadsheetState, request: GoogleAppsScript.Sheets.Schema.AddChartRequest): EmbeddedChart {
  const given = request.chart ?? {};
  const overlay = given.position?.overlayPosition;
  if (!overlay) throw new Error('not implemented in fakes: Sheets API chart position other than overlayPosition');
  const anchor = overlay.anchorCell ?? {};
  const sheet = sheetWithId(ss, anchor.sheetId);
  const row = anchor.rowIndex ?? 0;
  const column = anchor.columnIndex ?? 0;
  if (row < 0 || column < 0 || row >= sheet.maxRows || column >= sheet.maxColumns) {
    throw new InvalidRequest(`Invalid anchorCell: row ${row}, column ${column} is outside the grid (${sheet.maxRows} × ${sheet.maxColumns}).`);
  }
  if (given.chartId != null && findChart(ss, given.chartId)) throw new InvalidRequest(`An object with the id ${given.chartId} already exists.`);
  const chart: ChartState = {
    chartId: given.chartId ?? nextObjectId(ss),
    type: 'COLUMN',
    ranges: [],
    options: {},
    position: { row: row + 1, column: column + 1, offsetX: overlay.offsetXPixels ?? 0, offsetY: overlay.offsetYPixels ?? 0 },
    numHeaders: -1,
  };
  applySpec(ss, chart, given.spec ?? undefined);
  features(sheet).charts.push(chart);
  return chartOf(chart, sheet.sheetId);
}

/** UpdateChartSpecRequest: "Updates a chart's specifications. (This does not move or resize a chart.)" */
export function updateChartSpec(ss: SpreadsheetState, request: GoogleAppsScript.Sheets.Schema.UpdateChartSpecRequest): void {
  const found = findChart(ss, request.chartId);
  if (!found) throw new InvalidRequest(`No chart with id: ${request.chartId}`);
  const chart = features(found.sheet).charts[found.index];
  const next = structuredClone(chart);
  applySpec(ss, next, request.spec ?? undefined);
  features(found.sheet).charts[found.index] = next;
}

/** DeleteEmbeddedObjectRequest: "Deletes the embedded object with the given ID" (charts are the embedded objects modelled). */
export function deleteEmbeddedObject(ss: SpreadsheetState, request: GoogleAppsScript.Sheets.Schema.DeleteEmbeddedObjectRequest): void {
  const found = findChart(ss, request.objectId);
  if (!found) throw new InvalidRequest(`No embedded object with id: ${request.objectId}`);
  features(found.sheet).charts.splice(found.index, 1);
}
