// Runs a valibot schema over form input and turns its issues into one message per field, for sidebar and server alike.

import * as v from 'valibot';
import type { FieldErrors } from './result';

export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function checkForm<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown): FormCheck<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const errors: FieldErrors = {};
  for (const issue of result.issues) {
    const key = issue.path?.map((p) => String(p.key)).join('.') || 'form';
    if (!errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

/** Shared pieces of form schemas. */
export const isoDate = (label: string) =>
  v.pipe(
    v.string(`${label} is required.`),
    v.trim(),
    v.nonEmpty(`${label} is required.`),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`),
    v.check(validCalendarDate, `${label} is not a real date.`),
  );

export const requiredText = (label: string, max = 2000) =>
  v.pipe(
    v.string(`${label} is required.`),
    v.trim(),
    v.nonEmpty(`${label} is required.`),
    v.maxLength(max, `${label} is too long (at most ${max} characters).`),
  );

export const optionalText = (label: string, max = 5000) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, `${label} is too long (at most ${max} characters).`)), '');

/** True for an ISO calendar date that exists ("2026-02-30" does not); anything not shaped YYYY-MM-DD is false. */
export function validCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
