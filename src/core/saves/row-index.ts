// The per-student row index of a team workbook's logs (the hidden "Row Index" sheet): which rows of Session Notes and
// Step Check-offs are each student's, and which save keys landed for them, so a glance reads only the student's rows
// and a save checks its key without reading any log. Pure: parse, catch up with rows appended by others, serialize.

/** The index sheet's name; it is hidden, and only the add-on writes it. */
export const ROW_INDEX_SHEET = 'Row Index';

/** The logs indexed per student, by sheet name. */
export const INDEXED_LOGS = ['Session Notes', 'Step Check-offs'] as const;
export type IndexedLog = (typeof INDEXED_LOGS)[number];

/** One student's rows (1-based sheet rows, ascending) and the save keys of their notes, with each note's row. */
export interface StudentRows {
  notes: number[];
  checkOffs: number[];
  keys: Record<string, number>;
}

/** Where a sheet is (its id, for batchUpdate requests) and the last sheet row the index has seen. */
export interface IndexedSheet {
  id: number;
  through: number;
}

export interface RowIndex {
  /** The index sheet's own id. */
  id: number;
  sheets: Record<string, IndexedSheet>;
  /** Index sheet row (1-based) of each student's entry. */
  at: Record<string, number>;
  students: Record<string, StudentRows>;
  /** Students whose entry changed since it was read (written back by the next save). */
  dirty: Set<string>;
  /** Whether the meta row changed. */
  metaDirty: boolean;
  /** The index sheet's row count (it grows before an entry would fall outside it). */
  size: number;
  /** The spreadsheet's time zone when the index was made (for "today" without asking Sheets each time). */
  timeZone: string;
  /** An unreadable index sheet's id, to delete when the index is made again. */
  replace?: number;
}

/** Rows a new index sheet gets; more are appended when the students outgrow it. */
export const INDEX_ROWS = 200;

const META = '*sheets';

/**
 * Row lists are stored as runs of consecutive rows, each as base-36 gap from the previous run's end and, for a run
 * longer than one row, "+" the extra length: rows 2..10001 are "2+7pp", a row every other one "2,2,2…". So even a
 * student with 10,000 notes between others' fits in the cells of one entry (50,000 characters each:
 * https://support.google.com/drive/answer/37603).
 */
export function encodeRows(rows: readonly number[]): string {
  const out: string[] = [];
  let end = 0;
  let i = 0;
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  while (i < sorted.length) {
    const start = sorted[i];
    let len = 1;
    while (i + len < sorted.length && sorted[i + len] === start + len) len++;
    out.push((start - end).toString(36) + (len > 1 ? `+${(len - 1).toString(36)}` : ''));
    end = start + len - 1;
    i += len;
  }
  return out.join(',');
}

export function decodeRows(text: unknown): number[] {
  if (typeof text !== 'string' || text === '') return [];
  const rows: number[] = [];
  let end = 0;
  for (const token of text.split(',')) {
    const [gap, extra] = token.split('+');
    const start = end + Number.parseInt(gap, 36);
    const len = 1 + (extra ? Number.parseInt(extra, 36) : 0);
    if (!Number.isFinite(start) || !Number.isFinite(len)) return [];
    for (let r = start; r < start + len; r++) rows.push(r);
    end = start + len - 1;
  }
  return rows;
}

/** How many of a student's latest save keys the index keeps: a retry comes seconds after its save, not 20 notes later. */
export const KEYS_KEPT = 20;

/** Characters per index cell (under the 50,000 a cell holds); a longer entry continues in the next columns. */
export const CELL_CHARS = 40_000;
function keyRows(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, row] of Object.entries(v)) if (typeof row === 'number') out[k] = row;
  return out;
}

function parseJson(text: unknown): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(String(text ?? ''));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The index as read (`values`: the index sheet's rows from row 1), or null when it is unreadable (a person edited it):
 * the caller then rebuilds it from the logs.
 */
export function parseRowIndex(values: readonly (readonly unknown[])[]): RowIndex | null {
  const meta = values[1];
  if (!meta || String(meta[0]) !== META) return null;
  const parsed = parseJson(meta[1]);
  if (!parsed || typeof parsed.id !== 'number' || !parsed.sheets || typeof parsed.sheets !== 'object') return null;
  const sheets: Record<string, IndexedSheet> = {};
  for (const [name, v] of Object.entries(parsed.sheets as Record<string, unknown>)) {
    const s = v as { id?: unknown; through?: unknown };
    if (typeof s?.id !== 'number' || typeof s.through !== 'number') return null;
    sheets[name] = { id: s.id, through: s.through };
  }
  const size = typeof parsed.size === 'number' ? parsed.size : INDEX_ROWS;
  const timeZone = typeof parsed.timeZone === 'string' ? parsed.timeZone : '';
  if (!timeZone) return null;
  const index: RowIndex = { id: parsed.id, sheets, at: {}, students: {}, dirty: new Set(), metaDirty: false, size, timeZone };
  for (let r = 2; r < values.length; r++) {
    const studentId = String(values[r]?.[0] ?? '').trim();
    if (!studentId) continue;
    const entry = parseJson(
      (values[r] ?? [])
        .slice(1)
        .map((v) => String(v ?? ''))
        .join(''),
    );
    if (!entry) return null;
    index.at[studentId] = r + 1;
    index.students[studentId] = { notes: decodeRows(entry.n), checkOffs: decodeRows(entry.c), keys: keyRows(entry.k) };
  }
  return index;
}

/** An empty index for a workbook that has none yet: every log is caught up from its first data row. */
export function emptyRowIndex(id: number, sheetIds: Record<string, number>, timeZone: string): RowIndex {
  const sheets: Record<string, IndexedSheet> = {};
  for (const [name, sheetId] of Object.entries(sheetIds)) sheets[name] = { id: sheetId, through: 1 };
  return { id, sheets, at: {}, students: {}, dirty: new Set(), metaDirty: true, size: INDEX_ROWS, timeZone };
}

function entryOf(index: RowIndex, studentId: string): StudentRows {
  let entry = index.students[studentId];
  if (!entry) {
    entry = { notes: [], checkOffs: [], keys: {} };
    index.students[studentId] = entry;
  }
  index.dirty.add(studentId);
  return entry;
}

/** The save key a note id carries ("N-<key>"), or '' for a note written without one. */
const keyOfNote = (noteId: string): string => (noteId.startsWith('N-') ? noteId.slice(2) : '');

/**
 * Records rows of a log, starting at sheet row `first` (rows appended by someone the index did not see, or by this
 * save): each row's student (`studentAt`: the 0-based column of Student ID) and, for notes, its key.
 */
export function addRows(
  index: RowIndex,
  log: IndexedLog,
  first: number,
  rows: readonly (readonly unknown[])[],
  studentAt: number,
  noteIdAt: number,
): void {
  const sheet = index.sheets[log];
  rows.forEach((line, i) => {
    const row = first + i;
    const studentId = studentAt >= 0 ? String(line[studentAt] ?? '').trim() : '';
    if (studentId) {
      const entry = entryOf(index, studentId);
      if (log === 'Session Notes') {
        entry.notes.push(row);
        const key = noteIdAt >= 0 ? keyOfNote(String(line[noteIdAt] ?? '').trim()) : '';
        if (key) {
          entry.keys[key] = row;
          const kept = Object.entries(entry.keys).sort((a, b) => b[1] - a[1]);
          if (kept.length > KEYS_KEPT) entry.keys = Object.fromEntries(kept.slice(0, KEYS_KEPT));
        }
      } else entry.checkOffs.push(row);
    }
  });
  if (sheet && rows.length > 0) {
    sheet.through = Math.max(sheet.through, first + rows.length - 1);
    index.metaDirty = true;
  }
}

/**
 * The A1 range of the rows of `log` the index has not seen (empty when it is up to date); `atMost` rows of them when
 * given (a reader that only wants to know whether the index is far behind).
 */
export function unseenRange(index: RowIndex, log: string, atMost?: number): string {
  const through = index.sheets[log]?.through ?? 1;
  return `${quoteSheet(log)}!A${through + 1}:ZZZ${atMost === undefined ? '' : through + atMost}`;
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A1 ranges covering the given rows of a sheet, consecutive rows merged into one range (so a student's rows cost one
 * range per run, not one per row).
 */
export function rowRanges(sheet: string, rows: readonly number[], lastColumn: string): { range: string; first: number; count: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: { range: string; first: number; count: number }[] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && last.first + last.count === row) last.count++;
    else out.push({ range: '', first: row, count: 1 });
  }
  for (const r of out) r.range = `${quoteSheet(sheet)}!A${r.first}:${lastColumn}${r.first + r.count - 1}`;
  return out;
}

/**
 * The rows to write back: the meta row (row 2) and each changed student's entry, new students below the last; and how
 * many rows the index sheet must grow by first (`grow`), recorded in the meta row.
 */
export function indexWrites(index: RowIndex): { grow: number; writes: { row: number; values: string[] }[] } {
  const out: { row: number; values: string[] }[] = [];
  let next = Math.max(2, ...Object.values(index.at)) + 1;
  for (const studentId of [...index.dirty].sort()) {
    const e = index.students[studentId];
    if (!index.at[studentId]) index.at[studentId] = next++;
    const json = JSON.stringify({ n: encodeRows(e.notes), c: encodeRows(e.checkOffs), k: e.keys });
    const chunks: string[] = [];
    for (let i = 0; i < json.length; i += CELL_CHARS) chunks.push(json.slice(i, i + CELL_CHARS));
    out.push({ row: index.at[studentId], values: [studentId, ...chunks] });
  }
  const last = Math.max(2, ...out.map((w) => w.row));
  const grow = last > index.size ? last - index.size + INDEX_ROWS : 0;
  index.size += grow;
  if (index.metaDirty || out.length > 0 || grow > 0) {
    out.unshift({ row: 2, values: [META, JSON.stringify({ id: index.id, size: index.size, timeZone: index.timeZone, sheets: index.sheets })] });
  }
  return { grow, writes: out };
}

/** Spreadsheet column letters of a 0-based column. */
export function columnLetter(c0: number): string {
  let s = '';
  for (let n = c0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
