// Counts every Apps Script service call the fakes serve, and the cells moved, so tests and benchmarks can state costs.

/** Simulated round-trip cost in milliseconds for one call, by "Service.method" or "Service.*". */
export type LatencyModel = Record<string, number>;

/**
 * The latency model: each figure and its published source are in bench/LATENCY.md (keep the two in step). Where only
 * a range is published the middle is taken; entries LATENCY.md marks "unsourced" are the earlier estimates, kept
 * until a measurement is found. The fakes' clock advances by these, so the 6-minute limit is hit where Google would.
 */
export const DEFAULT_LATENCY: LatencyModel = {
  'SpreadsheetApp.*': 20,
  'Range.getValues': 140,
  'Range.setValues': 140,
  'Range.getDisplayValues': 140,
  'Range.getValue': 3,
  'Range.setValue': 1,
  'Sheet.getLastRow': 160,
  'Sheet.appendRow': 275,
  'Sheets.Spreadsheets.*': 750,
  'Sheets.Spreadsheets.Values.*': 750,
  'DriveApp.*': 150,
  'Folder.*': 150,
  'File.*': 150,
  'Drive.*': 300,
  'Drive.Files.*': 300,
  'Drive.Permissions.*': 300,
  'Docs.Documents.*': 750,
  'DocumentApp.create': 900,
  'DocumentApp.*': 40,
  'PropertiesService.*': 10,
  'Properties.getProperty': 30,
  'Properties.getProperties': 30,
  'Properties.getKeys': 30,
  'Properties.*': 62,
  'LockService.*': 5,
  'Lock.*': 20,
  '*': 10,
};

/** Simulated cost in milliseconds per cell a call reads or writes, by the call's type ("Sheets.Spreadsheets"). */
export type CellLatencyModel = Record<string, { read: number; write: number }>;

/**
 * The size-dependent part of the model (sources in bench/LATENCY.md): a Sheets API call costs its fixed round trip
 * (DEFAULT_LATENCY) plus these per cell moved; a SpreadsheetApp read costs its call plus its cells. Charged to the
 * cells of the call recorded last (the fakes count a call, then the cells it moves). It adds to `simulatedMs`, the
 * bench's projection, not to the fakes' clock, so no execution limit in a test moves with it.
 */
export const DEFAULT_CELL_LATENCY: CellLatencyModel = {
  'Sheets.Spreadsheets': { read: 0.022, write: 0.225 },
  'Sheets.Spreadsheets.Values': { read: 0.022, write: 0.225 },
  Range: { read: 0.03, write: 0 },
};

export interface CountSnapshot {
  calls: Record<string, number>;
  total: number;
  cellsRead: number;
  cellsWritten: number;
  simulatedMs: number;
}

/** One shared tally per fake world. */
export class CallCounter {
  private calls = new Map<string, number>();
  cellsRead = 0;
  cellsWritten = 0;
  simulatedMs = 0;

  /** The type of the call recorded last: the cells counted next are its. */
  private lastType = '';

  constructor(
    private readonly latency: LatencyModel = DEFAULT_LATENCY,
    private readonly cellLatency: CellLatencyModel = DEFAULT_CELL_LATENCY,
  ) {}

  /** Records one call of `type.method` and returns its simulated cost (its cells are charged when counted). */
  record(type: string, method: string): number {
    this.lastType = type;
    const key = `${type}.${method}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    const cost = this.latency[key] ?? this.latency[`${type}.*`] ?? this.latency['*'] ?? 0;
    this.simulatedMs += cost;
    return cost;
  }

  read(cells: number): void {
    this.cellsRead += cells;
    this.simulatedMs += cells * (this.cellLatency[this.lastType]?.read ?? 0);
  }

  wrote(cells: number): void {
    this.cellsWritten += cells;
    this.simulatedMs += cells * (this.cellLatency[this.lastType]?.write ?? 0);
  }

  /** Calls of one "Type.method", or of every method of a type when given "Type". */
  count(key: string): number {
    if (key.includes('.')) return this.calls.get(key) ?? 0;
    let n = 0;
    for (const [k, v] of this.calls) if (k.startsWith(`${key}.`)) n += v;
    return n;
  }

  /** Calls whose type is one of the given types (e.g. every Sheets type). */
  countTypes(types: readonly string[]): number {
    return types.reduce((n, t) => n + this.count(t), 0);
  }

  get total(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n;
  }

  reset(): void {
    this.calls.clear();
    this.lastType = '';
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.simulatedMs = 0;
  }

  snapshot(): CountSnapshot {
    return {
      calls: Object.fromEntries([...this.calls].sort(([a], [b]) => a.localeCompare(b))),
      total: this.total,
      cellsRead: this.cellsRead,
      cellsWritten: this.cellsWritten,
      simulatedMs: this.simulatedMs,
    };
  }
}

/** Types that belong to the Sheets service, for "this action made N Sheets calls". */
export const SHEETS_TYPES = [
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'TextFinder',
  'Protection',
  'DataValidation',
  'DataValidationBuilder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
  'Banding',
  'NamedRange',
  'Sheets',
] as const;
export const DRIVE_TYPES = [
  'DriveApp',
  'Folder',
  'File',
  'FolderIterator',
  'FileIterator',
  'User',
  'Drive',
  'Drive.Files',
  'Drive.Permissions',
] as const;
export const DOCS_TYPES = [
  'DocumentApp',
  'Document',
  'Body',
  'Paragraph',
  'Table',
  'TableRow',
  'TableCell',
  'ListItem',
  'Text',
  'Position',
  'Cursor',
  'HorizontalRule',
  'RangeElement',
  'PageBreak',
] as const;
