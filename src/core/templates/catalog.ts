// The built-in templates, in menu order, and lookups by id.

import { GOAL_SETTING_CONFERENCE } from './goal-setting-conference';
import { MENTORING_SESSION_PLAN } from './mentoring-session-plan';
import { fieldsIn } from './merge';
import type { DocTemplate, TemplateId } from './model';
import { PEER_COACHING_PROGRAMME } from './peer-coaching-programme';
import { TIER3_WEEKLY_MEETING } from './tier3-weekly-meeting';
import { TUTOR_COACHING } from './tutor-coaching';

export const TEMPLATES: readonly DocTemplate[] = [
  GOAL_SETTING_CONFERENCE,
  MENTORING_SESSION_PLAN,
  TUTOR_COACHING,
  PEER_COACHING_PROGRAMME,
  TIER3_WEEKLY_MEETING,
];

export function isTemplateId(id: string): id is TemplateId {
  return TEMPLATES.some((t) => t.id === id);
}

export function templateById(id: string): DocTemplate {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`There is no template "${id}".`);
  return template;
}

/** Every merge field a template uses, in order of first use (for the sidebar's preview). */
export function templateFields(template: DocTemplate): string[] {
  const texts: string[] = [template.docName];
  for (const b of template.blocks) {
    if ('text' in b) texts.push(b.text);
    if ('items' in b) texts.push(...b.items);
    if (b.kind === 'fillIn') texts.push(...b.prompts, b.answerHeader ?? '');
    if (b.kind === 'table') texts.push(...b.header, ...b.rows.flat(), ...(b.repeat ? [...b.repeat.row, b.repeat.empty] : []));
    if (b.kind === 'agenda') for (const r of b.rows) texts.push(r.title, ...r.details);
  }
  const names: string[] = [];
  for (const t of texts) for (const name of fieldsIn(t)) if (!names.includes(name)) names.push(name);
  return names;
}
