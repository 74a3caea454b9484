// A1 notation: column letters, "Sheet!A1:B2" parsing (with open-ended rows and columns) and formatting.

export interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'Sheet name'!A1:B2" into the sheet name (unquoted) and the cell part. */
export function splitSheet(a1: string): { sheetName: string | null; ref: string } {
  const trimmed = a1.trim();
  const bang = trimmed.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: trimmed };
  let name = trimmed.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: trimmed.slice(bang + 1) };
}

interface Corner {
  row: number | null;
  column: number | null;
}

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const row = m[2] === '' ? null : Number(m[2]);
  if (row === 0) return null;
  return { column: m[1] === '' ? null : columnNumber(m[1]), row };
}

/**
 * Parses the cell part of A1 notation. Open ends ("A:B", "1:3", "A2:C") reach the sheet's edge, as in Sheets.
 * Returns null for text that is not A1 notation.
 */
export function parseA1(ref: string, maxRows: number, maxColumns: number): Block | null {
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return null;
  if (parts.length === 1 && (a.row === null || a.column === null)) return null;
  const r1 = a.row ?? 1;
  const c1 = a.column ?? 1;
  const r2 = b.row ?? (a.row === null || parts.length === 2 ? maxRows : r1);
  const c2 = b.column ?? (a.column === null || parts.length === 2 ? maxColumns : c1);
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { row: top, column: left, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

export function formatA1(block: Block): string {
  const start = `${columnLetters(block.column)}${block.row}`;
  if (block.numRows === 1 && block.numColumns === 1) return start;
  return `${start}:${columnLetters(block.column + block.numColumns - 1)}${block.row + block.numRows - 1}`;
}
