// Embedded charts: the builder from Sheet.newChart and the chart it builds, recorded as plain data.

import type { FakeWorld } from '../world';
import { expose, type SelfAware, unwrap } from './handle';
import { FakeRange, rangeHandle } from './range';
import type { ChartState, JsonValue } from './state';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

type BuilderMembers =
  | 'addRange'
  | 'asAreaChart'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'asScatterChart'
  | 'asTableChart'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition';

type ChartMembers = 'getChartId' | 'getContainerInfo' | 'getNumHeaders' | 'getOptions' | 'getRanges' | 'modify';

/** Where a chart lives: its spreadsheet and sheet (a built chart is not on the sheet until insertChart). */
export interface ChartHome {
  ssId: string;
  sheetId: number;
}

export function newChartState(): ChartState {
  return { chartId: null, type: 'COLUMN', ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1 };
}

export function chartBuilderHandle(world: FakeWorld, home: ChartHome, data: ChartState): Builder {
  return expose<Builder>(world, 'EmbeddedChartBuilder', new FakeEmbeddedChartBuilder(world, home, data));
}

export function chartHandle(world: FakeWorld, home: ChartHome, data: ChartState): Chart {
  return expose<Chart>(world, 'EmbeddedChart', new FakeEmbeddedChart(world, home, data));
}

function containerInfo(world: FakeWorld, data: ChartState): GoogleAppsScript.Spreadsheet.ContainerInfo {
  const p = { ...data.position };
  const info = {
    _self: null as unknown,
    getAnchorRow: () => p.row,
    getAnchorColumn: () => p.column,
    getOffsetX: () => p.offsetX,
    getOffsetY: () => p.offsetY,
  };
  return expose<GoogleAppsScript.Spreadsheet.ContainerInfo>(world, 'ContainerInfo', info as never);
}

function rangesOf(world: FakeWorld, home: ChartHome, data: ChartState): GoogleAppsScript.Spreadsheet.Range[] {
  return data.ranges.map((g) =>
    rangeHandle(world, home.ssId, g.sheetId, { row: g.row, column: g.column, numRows: g.numRows, numColumns: g.numColumns }),
  );
}

/** Chart-type builders (asColumnChart…) share this builder; their extra setters are options, as in Sheets. */
export class FakeEmbeddedChartBuilder implements Pick<Builder, BuilderMembers>, SelfAware<Builder> {
  _self!: Builder;

  constructor(
    readonly _world: FakeWorld,
    readonly _home: ChartHome,
    readonly _data: ChartState,
  ) {}

  _as<T>(type: string): T {
    this._data.type = type;
    return this._self as unknown as T;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    const r = unwrap(range, FakeRange, 'SpreadsheetApp.EmbeddedChartBuilder.addRange');
    this._data.ranges.push({ sheetId: r._sheetId, ...r._block });
    return this._self;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    const r = unwrap(range, FakeRange, 'SpreadsheetApp.EmbeddedChartBuilder.removeRange');
    const b = r._block;
    this._data.ranges = this._data.ranges.filter(
      (g) => !(g.sheetId === r._sheetId && g.row === b.row && g.column === b.column && g.numRows === b.numRows && g.numColumns === b.numColumns),
    );
    return this._self;
  }
  clearRanges(): Builder {
    this._data.ranges = [];
    return this._self;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this._world, this._home, this._data);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    this._data.type = String(type);
    return this._self;
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this._data.type as unknown as GoogleAppsScript.Charts.ChartType;
  }
  setOption(option: string, value: unknown): Builder {
    this._data.options[option] = structuredClone(value) as JsonValue;
    return this._self;
  }
  setNumHeaders(headers: number): Builder {
    this._data.numHeaders = headers;
    return this._self;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    this._data.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this._self;
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo(this._world, this._data);
  }
  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    return this._as('AREA');
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this._as('BAR');
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this._as('COLUMN');
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this._as('LINE');
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this._as('PIE');
  }
  asScatterChart(): GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder {
    return this._as('SCATTER');
  }
  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    return this._as('TABLE');
  }
  // Setters of the chart-type builders: each is one chart option.
  setTitle(chartTitle: string): Builder {
    return this.setOption('title', chartTitle);
  }
  setXAxisTitle(title: string): Builder {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): Builder {
    return this.setOption('vAxis.title', title);
  }
  setLegendPosition(position: unknown): Builder {
    return this.setOption('legend.position', String(position).toLowerCase());
  }
  setStacked(): Builder {
    return this.setOption('isStacked', true);
  }
  setColors(cssValues: string[]): Builder {
    return this.setOption('colors', cssValues);
  }

  build(): Chart {
    return chartHandle(this._world, this._home, structuredClone(this._data));
  }
}

export class FakeEmbeddedChart implements Pick<Chart, ChartMembers>, SelfAware<Chart> {
  _self!: Chart;

  constructor(
    readonly _world: FakeWorld,
    readonly _home: ChartHome,
    readonly _data: ChartState,
  ) {}

  getChartId(): number | null {
    return this._data.chartId;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this._world, this._home, this._data);
  }
  getNumHeaders(): number {
    return this._data.numHeaders;
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = structuredClone(this._data.options);
    const view = {
      _self: null as unknown,
      get: (option: string) => options[option] ?? null,
      getOrDefault: (option: string) => options[option] ?? null,
    };
    return expose<GoogleAppsScript.Charts.ChartOptions>(this._world, 'ChartOptions', view as never);
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo(this._world, this._data);
  }
  /** A builder over a copy; the sheet changes only through Sheet.updateChart, as in Apps Script. */
  modify(): Builder {
    return chartBuilderHandle(this._world, this._home, structuredClone(this._data));
  }
}
