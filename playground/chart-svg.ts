// An embedded chart drawn from its recorded spec (fakes/sheets/chart.ts): the title, colours, axis format and ranges
// the add-on set, read from the cells those ranges cover. A bar chart only (what the add-on inserts); any other type
// is drawn as a labelled placeholder rather than a chart Sheets would not show.

import type { ChartState, JsonValue, SheetState } from '../fakes/sheets/state';
import type { GridValue } from './conditional';

export interface ChartView {
  /** 1-based anchor cell, as setPosition recorded it. */
  row: number;
  column: number;
  title: string;
  svg: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function option(options: Record<string, JsonValue>, path: string): JsonValue | undefined {
  let node: JsonValue | undefined = options;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(key in node)) return undefined;
    node = (node as Record<string, JsonValue>)[key];
  }
  return node;
}

function cellsOf(sheets: readonly SheetState[], range: ChartState['ranges'][number]): GridValue[] {
  const sheet = sheets.find((s) => s.sheetId === range.sheetId);
  const out: GridValue[] = [];
  for (let r = range.row; r < range.row + range.numRows; r++) out.push(sheet?.values[r - 1]?.[range.column - 1] ?? '');
  return out;
}

const percent = (n: number) => `${Math.round(n * 100)}%`;

/** The chart as inline SVG, with the labels and values of its two ranges (the first row headers when numHeaders is 1). */
export function chartView(chart: ChartState, sheets: readonly SheetState[]): ChartView {
  const title = String(option(chart.options, 'title') ?? '');
  const width = 520;
  if (chart.type !== 'BAR' || chart.ranges.length < 2) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title || chart.type)} chart" width="${width}" height="80"><rect width="100%" height="100%" fill="#fff" stroke="#dadce0"/><text x="12" y="44" font-size="13" fill="#5f6368">${esc(`${chart.type} chart: ${title}`)}</text></svg>`;
    return { row: chart.position.row, column: chart.position.column, title, svg };
  }
  const headers = chart.numHeaders > 0 ? 1 : 0;
  const labels = cellsOf(sheets, chart.ranges[0])
    .slice(headers)
    .map((v) => String(typeof v === 'object' ? '' : v));
  const values = cellsOf(sheets, chart.ranges[1])
    .slice(headers)
    .map((v) => (typeof v === 'number' ? v : null));
  const rows = labels.map((label, i) => ({ label, value: values[i] ?? null })).filter((r) => r.label !== '' || r.value !== null);
  const color = (() => {
    const colors = option(chart.options, 'colors');
    return Array.isArray(colors) && typeof colors[0] === 'string' ? colors[0] : '#4285f4';
  })();
  const asPercent = option(chart.options, 'hAxis.format') === 'percent';
  const min = Number(option(chart.options, 'hAxis.minValue') ?? 0);
  const maxOption = option(chart.options, 'hAxis.maxValue');
  const max = maxOption !== undefined ? Number(maxOption) : Math.max(1, ...rows.map((r) => r.value ?? 0));
  const left = 150;
  const plot = width - left - 24;
  const barH = 22;
  const top = 44;
  const height = top + Math.max(1, rows.length) * (barH + 8) + 36;
  const x = (v: number) => left + ((Math.min(max, Math.max(min, v)) - min) / (max - min || 1)) * plot;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => min + t * (max - min));
  const parts: string[] = [
    `<rect width="100%" height="100%" fill="#fff" stroke="#dadce0"/>`,
    `<text x="12" y="24" font-size="14" font-weight="500" fill="#202124">${esc(title)}</text>`,
  ];
  const axisY = top + rows.length * (barH + 8);
  for (const t of ticks) {
    parts.push(`<line x1="${x(t)}" y1="${top - 4}" x2="${x(t)}" y2="${axisY}" stroke="#e8eaed"/>`);
    parts.push(
      `<text x="${x(t)}" y="${axisY + 16}" font-size="11" fill="#5f6368" text-anchor="middle">${esc(asPercent ? percent(t) : String(Math.round(t * 100) / 100))}</text>`,
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * (barH + 8);
    const label = r.label.length > 22 ? `${r.label.slice(0, 21)}…` : r.label;
    parts.push(`<text x="${left - 8}" y="${y + barH / 2 + 4}" font-size="12" fill="#202124" text-anchor="end">${esc(label)}</text>`);
    if (r.value !== null) {
      const shown = asPercent ? percent(r.value) : String(r.value);
      parts.push(
        `<rect class="bar" x="${left}" y="${y}" width="${Math.max(0, x(r.value) - left)}" height="${barH}" fill="${esc(color)}"><title>${esc(`${r.label}: ${shown}`)}</title></rect>`,
      );
    }
  });
  if (rows.length === 0) parts.push(`<text x="${left}" y="${top + 14}" font-size="12" fill="#5f6368">No data</text>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" font-family="Roboto, Arial, sans-serif">${parts.join('')}</svg>`;
  return { row: chart.position.row, column: chart.position.column, title, svg };
}
