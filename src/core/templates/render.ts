// Turns a template and one document's merge values into concrete document blocks (no fields left, lists expanded,
// agenda clocks and timeline dates computed), plus a report of the fields used, empty and unknown.

import { addDays, addMonths, displayDate, onWeekday } from '../dates';
import type { IsoDate } from '../model';
import { emptyReport, fillText, type MergeReport, type MergeValues, phaseField } from './merge';
import type { AgendaRow, DocTemplate, TemplateBlock, TimelinePhase } from './model';

export type ParagraphStyle = 'title' | 'subtitle' | 'heading1' | 'heading2' | 'heading3' | 'normal' | 'note';

/** A block as the document adapter writes it: plain text only. */
export type DocBlock =
  | { kind: 'paragraph'; text: string; style: ParagraphStyle }
  | { kind: 'list'; items: string[]; ordered: boolean }
  /** The first row is a header row. */
  | { kind: 'table'; cells: string[][] }
  | { kind: 'rule' };

export interface RenderedDoc {
  name: string;
  blocks: DocBlock[];
  report: MergeReport;
}

export interface RenderOptions {
  /**
   * Leave merge fields as typed (for a copy a program edits into its own template): repeated tables become one row
   * holding their one-line summary field, since a copied doc is filled with replaceText.
   */
  keepFields?: boolean;
  /** The document's date: the timeline (peer-coaching programme) is computed from it. */
  date: IsoDate;
}

export const CHECKBOX = '☐';

/** "0:25" for 25 minutes into a session. */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The agenda as table cells: time (minutes and running clock), block, what to do; and a total row. */
export function agendaCells(rows: readonly AgendaRow[], fill: (t: string) => string): string[][] {
  const cells: string[][] = [['Time', 'Block', 'What to do']];
  let at = 0;
  let open = false;
  for (const row of rows) {
    const mins = `${row.suggested ? '~' : ''}${row.minutes}${row.open ? '+' : ''} min`;
    const span = open ? `from ${clock(at)}+` : row.open ? `from ${clock(at)}` : `${clock(at)}–${clock(at + row.minutes)}`;
    cells.push([`${mins}\n${span}`, fill(row.title), row.details.map(fill).join('\n')]);
    at += row.minutes;
    open = open || Boolean(row.open);
  }
  cells.push([`${at}${open ? '+' : ''} min`, 'Total', '']);
  return cells;
}

/** Phase dates from a start date: a session sits on a weekday; an eLearning phase runs until the next session. */
export function timelineCells(phases: readonly TimelinePhase[], start: IsoDate): string[][] {
  const cells: string[][] = [['Phase', 'Dates', 'Duration', 'What happens']];
  let cursor = start;
  for (const phase of phases) {
    let dates: string;
    if ('days' in phase.length) {
      const day = onWeekday(cursor);
      dates = displayDate(day);
      cursor = addDays(day, phase.length.days);
    } else {
      const end = addDays(addMonths(cursor, phase.length.months), -1);
      dates = `${displayDate(cursor)} – ${displayDate(end)}`;
      cursor = addDays(end, 1);
    }
    cells.push([phase.title, dates, phase.duration, phase.details.join('\n')]);
  }
  return cells;
}

/** Renders a template for one document. */
export function renderTemplate(template: DocTemplate, values: MergeValues, options: RenderOptions): RenderedDoc {
  const report = emptyReport();
  const fill = (t: string, row?: Readonly<Record<string, string>>) => (options.keepFields ? t : fillText(t, values.scalars, report, row));
  const blocks: DocBlock[] = [];
  for (const block of template.blocks) blocks.push(...renderBlock(block, fill, values, options));
  return { name: fill(template.docName), blocks, report };
}

type Fill = (t: string, row?: Readonly<Record<string, string>>) => string;

function renderBlock(block: TemplateBlock, fill: Fill, values: MergeValues, options: RenderOptions): DocBlock[] {
  const para = (text: string, style: ParagraphStyle): DocBlock => ({ kind: 'paragraph', text: fill(text), style });
  switch (block.kind) {
    case 'title':
      return [para(block.text, 'title')];
    case 'subtitle':
      return [para(block.text, 'subtitle')];
    case 'heading':
      return [para(block.text, `heading${block.level}`)];
    case 'paragraph':
      return [para(block.text, 'normal')];
    case 'note':
      return [para(block.text, 'note')];
    case 'bullets':
    case 'numbered':
      return [{ kind: 'list', items: block.items.map((t) => fill(t)), ordered: block.kind === 'numbered' }];
    case 'checklist':
      return block.items.map((t) => ({ kind: 'paragraph', text: `${CHECKBOX} ${fill(t)}`, style: 'normal' }));
    case 'fillIn':
      return [{ kind: 'table', cells: [['Question', fill(block.answerHeader ?? 'Answer')], ...block.prompts.map((p) => [fill(p), ''])] }];
    case 'table': {
      const header = block.header.map((t) => fill(t));
      const fixed = block.rows.map((r) => r.map((t) => fill(t)));
      const repeat = block.repeat;
      if (!repeat) return [{ kind: 'table', cells: [header, ...fixed] }];
      if (options.keepFields) return [{ kind: 'table', cells: [header, ...fixed, header.map((_, i) => (i === 0 ? repeat.summary : ''))] }];
      const items = values.lists[repeat.source] ?? [];
      const rows = items.length
        ? items.map((item) => repeat.row.map((t) => fill(t, item)))
        : [header.map((_, i) => (i === 0 ? fill(repeat.empty) : ''))];
      return [{ kind: 'table', cells: [header, ...fixed, ...rows] }];
    }
    case 'agenda':
      return [{ kind: 'table', cells: agendaCells(block.rows, (t) => fill(t)) }];
    case 'timeline': {
      const cells = timelineCells(block.phases, options.date);
      // A program's copy keeps a field per row's dates, filled from the start date chosen when a doc is made.
      if (options.keepFields) for (let i = 1; i < cells.length; i++) cells[i][1] = `{{${phaseField(i - 1)}}}`;
      return [{ kind: 'table', cells }];
    }
    case 'rule':
      return [{ kind: 'rule' }];
  }
}
