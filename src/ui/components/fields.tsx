// Form fields with labels tied to inputs, a hint, and the field's error beside it (the rest of the form is kept).

import type { ComponentChildren } from 'preact';
import { formatPercent } from '../../core/i18n/format';
import { componentText } from '../../core/i18n/messages/components';
import { PAGE_LOCALE, textOf } from '../i18n';

const t = textOf(componentText);

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  warning?: string;
  children: ComponentChildren;
}

/** A labelled control; the error and hint are announced with the input (aria-describedby). */
export function Field({ id, label, hint, error, warning, children }: FieldProps) {
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {warning && (
        <p class="warning" id={`${id}-warning`} role="status">
          {warning}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, hint?: string, error?: string, warning?: string): string | undefined {
  const ids = [hint && `${id}-hint`, warning && `${id}-warning`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface InputProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'date' | 'time' | 'number';
  hint?: string;
  error?: string;
  warning?: string;
  required?: boolean;
  min?: number;
  max?: number;
  placeholder?: string;
}

export function TextInput(p: InputProps) {
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error} warning={p.warning}>
      <input
        id={p.id}
        name={p.id}
        type={(p.type ?? 'text') as 'text'}
        value={p.value}
        required={p.required}
        min={p.min}
        max={p.max}
        placeholder={p.placeholder}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error, p.warning)}
        onInput={(e) => p.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </Field>
  );
}

export function TextArea(p: Omit<InputProps, 'type' | 'min' | 'max'>) {
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error} warning={p.warning}>
      <textarea
        id={p.id}
        name={p.id}
        value={p.value}
        required={p.required}
        placeholder={p.placeholder}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error, p.warning)}
        onInput={(e) => p.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </Field>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly (string | { value: string; label: string })[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  placeholder?: string;
}

export function Select(p: SelectProps) {
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error}>
      <select
        id={p.id}
        name={p.id}
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.options.map((o) => {
          const option = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          );
        })}
      </select>
    </Field>
  );
}

export function Checkbox(p: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  return (
    <div class="field inline">
      <input id={p.id} name={p.id} type="checkbox" checked={p.checked} onChange={(e) => p.onChange((e.currentTarget as HTMLInputElement).checked)} />
      <label for={p.id}>{p.label}</label>
      {p.hint && <span class="hint">{p.hint}</span>}
    </div>
  );
}

/** A 1–N scale as radio buttons (e.g. confidence 1–5), keyboard-usable as one group. */
export function Scale(p: {
  id: string;
  label: string;
  value: number | null;
  max: number;
  onChange: (v: number) => void;
  hint?: string;
  error?: string;
  labels?: readonly string[];
}) {
  return (
    <fieldset class={p.error ? 'invalid' : ''} aria-describedby={describedBy(p.id, p.hint, p.error)}>
      <legend>{p.label}</legend>
      <div class="scale" role="radiogroup" id={p.id}>
        {Array.from({ length: p.max }, (_, i) => i + 1).map((n) => (
          <label key={n} title={p.labels?.[n - 1]}>
            <input type="radio" name={p.id} value={String(n)} checked={p.value === n} onChange={() => p.onChange(n)} />
            {n}
          </label>
        ))}
      </div>
      {p.hint && (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      )}
      {p.error && (
        <p class="error" id={`${p.id}-error`} role="alert">
          {p.error}
        </p>
      )}
    </fieldset>
  );
}

export function Notice({ kind, children }: { kind: 'info' | 'success' | 'error' | 'warn'; children: ComponentChildren }) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** `status` (a job's progress in words, src/core/job.ts) replaces the bare count under the bar when given. */
/** A job's warnings as one list in one notice (nothing when there are none). */
export function WarningList({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Notice kind="warn">
      <ul class="plain">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </Notice>
  );
}

export function ProgressBar({ done, total, label, status }: { done: number; total: number; label: string; status?: string }) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  const percent = formatPercent(PAGE_LOCALE, pct / 100);
  return (
    <div>
      <div class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={label}>
        <div style={{ width: `${pct}%` }} />
      </div>
      <p class="muted" aria-live="polite">
        {status ?? t('progress', { label, done, total, percent })}
      </p>
    </div>
  );
}

/** A job dialog's Close button: disabled, and saying so, while the job runs (closing then is safe but confusing). */
export function CloseButton(p: { busy: boolean; onClose: () => void }) {
  return (
    <button type="button" onClick={p.onClose} disabled={p.busy}>
      {p.busy ? t('working') : t('close')}
    </button>
  );
}

/**
 * A box that scrolls on its own (a long table in a dialog), reachable by keyboard: focusable and named, so arrow keys
 * scroll it (axe scrollable-region-focusable; WAI-ARIA's advice for scrollable regions).
 */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable for keyboard users to scroll it.
    <section class="scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
