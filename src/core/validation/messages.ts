// A schema's default wording ("Invalid type: Expected string but received null", as valibot words it) turned into a
// message that names the field.

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

/** What to write instead of a default schema message for one issue, naming the field (`label`). */
export function friendlyMessage(issue: IssueLike, label: string): string {
  if (!isLibraryMessage(issue.message)) return issue.message;
  const expected = String(issue.expected ?? '');
  if ((issue.path?.length ?? 0) === 0) return 'The form did not arrive complete: reload the page and try again.';
  if (expected === 'string') return `${label}: write text here.`;
  if (expected === 'boolean') return `${label}: choose yes or no.`;
  if (expected === 'number') return `${label}: write a number.`;
  if (expected === 'Array') return `${label}: expected a list; reload the page and try again.`;
  if (expected === 'Object') return `${label}: expected a set of fields; reload the page and try again.`;
  return `${label}: this value is not accepted.`;
}
