// CSV text to a grid of trimmed strings (papaparse), with the problems a person can fix named by row.

import Papa from 'papaparse';

/** A parse problem on one row (1-based, the header being row 1). */
export interface CsvProblem {
  row: number;
  message: string;
}

export interface CsvGrid {
  /** Every record, header first; cells are trimmed text. */
  rows: string[][];
  problems: CsvProblem[];
}

/**
 * Parses pasted CSV (comma, semicolon or tab separated, as spreadsheets export it). Records keep their numbering
 * (blank lines stay as empty rows) so reports can say "row 7" of what the person pasted.
 */
export function parseCsv(text: string): CsvGrid {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { rows: [], problems: [] };
  const result = Papa.parse<string[]>(clean, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const rows = result.data.map((record) => record.map((cell) => String(cell ?? '').trim()));
  // A trailing newline yields one empty record; drop trailing blank records only.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  const problems = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({
      row: (e.row ?? 0) + 1,
      message: e.code === 'MissingQuotes' ? 'A quoted cell is never closed: check the quotes on this row.' : e.message,
    }));
  return { rows, problems };
}
