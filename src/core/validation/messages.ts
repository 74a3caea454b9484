// A schema's default wording ("Invalid type: Expected string but received null", as valibot words it) turned into a
// message that names the field, in the form's language.

import type { Locale } from '../i18n/locale';
import { validationText } from '../i18n/messages/validation';

/** The parts of a schema issue we read (core/validation/schema's Issue, kept structural). */
export interface IssueLike {
  message: string;
  expected?: string | null;
  path?: readonly { key: unknown }[];
}

/** "studentId" → "Student ID", "termEnd" → "Term end": a field key as a person reads it. */
export function labelOf(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.]+/)
    .filter((w) => w !== '')
    .map((w) => (w.toLowerCase() === 'id' ? 'ID' : w.toLowerCase()));
  const text = words.join(' ');
  return text === '' ? 'This field' : text.charAt(0).toUpperCase() + text.slice(1);
}

/** True for a default message of the schema code (the messages we write never start this way). */
export function isLibraryMessage(message: string): boolean {
  return /^Invalid (type|length|key|value|format|entry|option)\b/.test(message);
}

/** What to write instead of a default schema message for one issue, naming the field (`label`), in `locale`. */
export function friendlyMessage(issue: IssueLike, label: string, locale: Locale = 'en'): string {
  if (!isLibraryMessage(issue.message)) return issue.message;
  const t = validationText.in(locale);
  const expected = String(issue.expected ?? '');
  if ((issue.path?.length ?? 0) === 0) return t('incomplete');
  if (expected === 'string') return t('writeText', { label });
  if (expected === 'boolean') return t('chooseYesNo', { label });
  if (expected === 'number') return t('writeNumber', { label });
  if (expected === 'Array') return t('expectedList', { label });
  if (expected === 'Object') return t('expectedFields', { label });
  return t('notAccepted', { label });
}
