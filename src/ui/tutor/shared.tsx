// Shared by the tutor sidebar's tabs: form state types, the session note's labels and hints in the page's language,
// praise prompts.

import type { blankConference } from '../../core/conference-form';
import { noteFieldText, noteHintText } from '../../core/i18n/messages/tutor-note-fields';

import type { Prompt } from '../../core/praise';
import type { FieldErrors } from '../../core/result';
import type { blankSessionNote } from '../../core/session-note-form';
import { PAGE_LOCALE } from '../i18n';

export type NoteForm = ReturnType<typeof blankSessionNote>;
export type ConferenceFormState = ReturnType<typeof blankConference>;
export type Status = { kind: 'info' | 'success' | 'error' | 'warn'; text: string } | null;
export type Tab = 'glance' | 'note' | 'conference' | 'questions';

/** The tabs in order, each with its caption's key in `tutorText` (core/i18n/messages/tutor-sidebar). */
export const TABS: { id: Tab; label: 'tabGlance' | 'tabNote' | 'tabConference' | 'tabQuestions' }[] = [
  { id: 'glance', label: 'tabGlance' },
  { id: 'note', label: 'tabNote' },
  { id: 'conference', label: 'tabConference' },
  { id: 'questions', label: 'tabQuestions' },
];

/** A session-note field's label (in English its sheet header) and the seed's question as its hint, in the page's language. */
export const noteLabel = (key: string): string => (noteFieldText[PAGE_LOCALE] as Record<string, string>)[key] ?? key;
export const noteHint = (key: string): string => (noteHintText[PAGE_LOCALE] as Record<string, string>)[key] ?? '';

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
