// Runs a form schema (core/validation/schema) over form input and turns its issues into one message per field, for sidebar and server alike.

import type { Locale } from './i18n/locale';
import { validationText } from './i18n/messages/validation';
import type { FieldErrors } from './result';
import { friendlyMessage, labelOf } from './validation/messages';
import { findUnsafeKey } from './validation/safe-record';
import * as v from './validation/schema';

export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * Checks `input` against `schema`: the value, or one message per field that names it (never the schema's default wording).
 * An input carrying `__proto__`, `constructor` or `prototype` keys is refused whole before it is parsed.
 */
export function checkForm<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  labels: Readonly<Record<string, string>> = {},
  locale: Locale = 'en',
): FormCheck<v.InferOutput<TSchema>> {
  const unsafe = findUnsafeKey(input, 'form');
  if (unsafe) return { ok: false, errors: { form: validationText.t(locale, 'unsafeField', { field: unsafe.split('.').pop() ?? '' }) } };
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const errors: FieldErrors = {};
  for (const issue of result.issues) {
    const key = issue.path?.map((p) => String(p.key)).join('.') || 'form';
    const last = issue.path?.length ? String(issue.path[issue.path.length - 1].key) : '';
    const label = labels[key] ?? labels[last] ?? labelOf(/^\d+$/.test(last) ? key : last);
    if (!errors[key]) errors[key] = friendlyMessage(issue, label, locale);
  }
  return { ok: false, errors };
}

/** Shared pieces of form schemas, their messages in `locale`. A required date: YYYY-MM-DD that exists on the calendar. */
export const isoDate = (label: string, locale: Locale = 'en') => {
  const t = validationText.in(locale);
  return v.pipe(
    v.string(t('required', { label })),
    v.trim(),
    v.nonEmpty(t('required', { label })),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, t('notDate', { label })),
    v.check(validCalendarDate, t('notRealDate', { label })),
  );
};

/** Required text, trimmed, at most `max` characters. */
export const requiredText = (label: string, max = 2000, locale: Locale = 'en') => {
  const t = validationText.in(locale);
  return v.pipe(v.string(t('required', { label })), v.trim(), v.nonEmpty(t('required', { label })), v.maxLength(max, t('tooLong', { label, max })));
};

/** Optional text: missing is blank; anything but text (null, a number) is refused naming the field. */
export const optionalText = (label: string, max = 5000, locale: Locale = 'en') => {
  const t = validationText.in(locale);
  return v.optional(v.pipe(v.string(t('writeText', { label })), v.trim(), v.maxLength(max, t('tooLong', { label, max }))), '');
};

/** True for an ISO calendar date that exists ("2026-02-30" does not); anything not shaped YYYY-MM-DD is false. */
export function validCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
