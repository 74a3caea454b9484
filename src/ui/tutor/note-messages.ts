// What the session-note form says after a save, and the words for a vague step's missing parts: counted from what
// the tutor ticked, never from the rows written (a note writes a check-off row for every open step, ticked or not).

import type { Text } from '../../core/i18n/catalog';
import type { conferenceText } from '../../core/i18n/messages/tutor-conference';
import type { noteFormText } from '../../core/i18n/messages/tutor-note-form';
import type { StepPart } from '../../core/specificity';

type NoteText = Text<typeof noteFormText.en>;
type ConferenceText = Text<typeof conferenceText.en>;

/** "Saved: session note for Maya Johnson on Mon 12 Oct 2026, 1 action step checked off." */
export function savedNoteMessage(t: NoteText, name: string, date: string, checkOffs: readonly { done: boolean }[], questionOpened = false): string {
  const done = checkOffs.filter((c) => c.done).length;
  const saved =
    done === 0 ? t('savedNote', { name, date }) : done === 1 ? t('savedNoteOneStep', { name, date }) : t('savedNoteSteps', { name, date, n: done });
  // Tiers 2–3: the note's question opened a thread; say where it went, or the tutor looks for it in the note.
  return questionOpened ? `${saved} ${t('questionOpened')}` : saved;
}

/** What a vague step leaves out, in words: "when and how often". */
export function missingInWords(t: ConferenceText, missing: readonly StepPart[]): string {
  if (missing.includes('what') && missing.includes('when')) return t('missingBoth');
  return missing.includes('what') ? t('missingWhat') : t('missingWhen');
}
