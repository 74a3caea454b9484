// What a form save returns: the saved value, or a message per bad field so the form can keep everything else.

export type FieldErrors = Record<string, string>;

export type SaveResult<T> = { ok: true; value: T } | { ok: false; message: string; errors: FieldErrors };

export function saved<T>(value: T): SaveResult<T> {
  return { ok: true, value };
}

export function rejected<T>(errors: FieldErrors, message = 'Please fix the highlighted fields.'): SaveResult<T> {
  return { ok: false, message, errors };
}
