// Shared by the tutor sidebar's tabs: form state types, labels and hints read from the sheet declarations, praise prompts.

import type { blankConference } from '../../core/conference-form';
import type { Prompt } from '../../core/praise';
import type { FieldErrors } from '../../core/result';
import type { blankSessionNote } from '../../core/session-note-form';
import { columnOf } from '../../core/table';
import { CONFERENCES_TABLE, SESSION_NOTES_TABLE } from '../../core/tables';

export type NoteForm = ReturnType<typeof blankSessionNote>;
export type ConferenceFormState = ReturnType<typeof blankConference>;
export type Status = { kind: 'info' | 'success' | 'error' | 'warn'; text: string } | null;
export type Tab = 'glance' | 'note' | 'conference' | 'questions';

export const TABS: { id: Tab; label: string }[] = [
  { id: 'glance', label: 'At a glance' },
  { id: 'note', label: 'Session note' },
  { id: 'conference', label: 'Conference' },
  { id: 'questions', label: 'Questions' },
];

/** Labels are the sheet headers and hints the header notes: the seeds' words, declared once in core/tables. */
export const noteLabel = (key: string) => columnOf(SESSION_NOTES_TABLE, key).header;
export const noteHint = (key: string) => columnOf(SESSION_NOTES_TABLE, key).note;
export const conferenceQuestion = (key: string) => columnOf(CONFERENCES_TABLE, key).note;

/** Moves keyboard focus to the first field (in page order) with an error, so a keyboard user lands where the fix is needed. */
export function focusFirstError(prefix: string, errors: FieldErrors): void {
  requestAnimationFrame(() => {
    const fields = Object.keys(errors)
      .filter((key) => errors[key])
      .map(
        (key) =>
          document.getElementById(`${prefix}${key.replace(/\./g, '-')}`) ??
          document.querySelector<HTMLElement>(`[data-error-for="${key.split('.')[0]}"]`),
      )
      .filter((el): el is HTMLElement => el !== null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    fields[0]?.focus();
  });
}

export function PromptList({ prompts }: { prompts: readonly Prompt[] }) {
  return (
    <>
      {prompts.map((p) => (
        <div key={`${p.kind}-${p.stepId ?? ''}-${p.title}`} class={`notice ${p.kind === 'praise' ? 'success' : 'warn'} prompt`} role="status">
          <strong>{p.title}</strong>
          <p>{p.text}</p>
          <p class="hint">{p.tip}</p>
        </div>
      ))}
    </>
  );
}
