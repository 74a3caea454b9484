// The template model: a document described as plain blocks (headings, paragraphs, tables, checklists, timed agenda
// rows, fill-in lines), with {{merge.fields}} in its text, rendered by one adapter into a Google Doc body.

/** Text that may hold merge fields such as "{{student.name}}". */
export type TemplateText = string;

/** Which workbook record a document is about: one student, one teacher-tutor team, or nobody in particular. */
export type TemplateSubject = 'student' | 'team' | 'none';

/** Lists a template can repeat over; each binds a prefix (e.g. `goal`) to one item per row. */
export type RepeatSource = 'student.goals' | 'goal.steps' | 'team.students' | 'team.notes';

export type TemplateBlock =
  | { kind: 'title'; text: TemplateText }
  | { kind: 'subtitle'; text: TemplateText }
  | { kind: 'heading'; level: 1 | 2 | 3; text: TemplateText }
  | { kind: 'paragraph'; text: TemplateText }
  /** A lens note or facilitator tip: rendered in italics so it reads as guidance, not content. */
  | { kind: 'note'; text: TemplateText }
  | { kind: 'bullets'; items: readonly TemplateText[] }
  | { kind: 'numbered'; items: readonly TemplateText[] }
  /** Items to tick off ("☐ …"): Docs has no checkbox list in DocumentApp, so each item starts with a box glyph. */
  | { kind: 'checklist'; items: readonly TemplateText[] }
  /** Questions with room to answer: a two-column table (question, blank answer cell). */
  | { kind: 'fillIn'; prompts: readonly TemplateText[]; answerHeader?: string }
  | { kind: 'table'; header: readonly TemplateText[]; rows: readonly (readonly TemplateText[])[]; repeat?: TableRepeat }
  /** Timed agenda rows, rendered as a table: minutes (with a running clock), block, what to do. */
  | { kind: 'agenda'; rows: readonly AgendaRow[]; startLabel?: string }
  /** Dated phases from a start date (the peer-coaching programme). */
  | { kind: 'timeline'; phases: readonly TimelinePhase[] }
  | { kind: 'rule' };

/** Table rows generated from a list: `row` is filled once per item, `empty` is shown when the list is empty. */
export interface TableRepeat {
  source: RepeatSource;
  row: readonly TemplateText[];
  empty: TemplateText;
  /** A one-line field standing for the whole list, used where rows cannot be repeated (a program's edited copy). */
  summary: TemplateText;
}

export interface AgendaRow {
  /** Planned minutes (the seeds' timings); `open` marks "30+" blocks that may run longer. */
  minutes: number;
  open?: boolean;
  /** Minutes the seed does not give, suggested to fit its total; shown as "~3 min". */
  suggested?: boolean;
  title: TemplateText;
  /** What to do in this block: prompts, questions, lens notes (one line each). */
  details: readonly TemplateText[];
}

export interface TimelinePhase {
  title: TemplateText;
  /** "Full day", "Half day", "1–2 months" — the seed's wording. */
  duration: TemplateText;
  /** How long the phase lasts before the next one starts: days for sessions, months for eLearning phases. */
  length: { days: number } | { months: number };
  details: readonly TemplateText[];
}

/** What a template asks for beyond the subject: a date to compute from, with its label. */
export interface TemplateOption {
  key: 'date';
  label: string;
  hint: string;
}

/** The built-in templates' ids, in menu order (kept here so pages can validate without bundling the templates). */
export const TEMPLATE_IDS = [
  'goal-setting-conference',
  'mentoring-session-plan',
  'tutor-coaching',
  'peer-coaching-programme',
  'tier3-weekly-meeting',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface DocTemplate {
  id: TemplateId;
  title: string;
  /** One line for the template chooser. */
  summary: string;
  /** Who the template is for, in the seeds' words (tutor, mentor, facilitator, coordinator). */
  audience: string;
  subject: TemplateSubject;
  date: TemplateOption;
  /** Name of a generated document; may hold merge fields. */
  docName: TemplateText;
  blocks: readonly TemplateBlock[];
}
