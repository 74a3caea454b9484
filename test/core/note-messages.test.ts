// The session-note form's save message counts the steps the tutor ticked, not the check-off rows the note wrote.

import { conferenceText } from '../../src/core/i18n/messages/tutor-conference';
import { noteFormText } from '../../src/core/i18n/messages/tutor-note-form';
import { missingInWords, savedNoteMessage } from '../../src/ui/tutor/note-messages';

const en = noteFormText.in('en');

describe('savedNoteMessage', () => {
  it('says 1 action step checked off when one of two open steps was ticked (it used to say 2 check-offs)', () => {
    const checkOffs = [
      { stepId: 'S1', done: true },
      { stepId: 'S2', done: false },
    ];
    expect(savedNoteMessage(en, 'Maya Johnson', '2026-10-12', checkOffs)).toBe(
      'Saved: session note for Maya Johnson on 2026-10-12, 1 action step checked off.',
    );
  });

  it('counts every tick, and says nothing about steps when none was ticked', () => {
    const ticked = (...done: boolean[]) => done.map((d, i) => ({ stepId: `S${i}`, done: d }));
    expect(savedNoteMessage(en, 'Aisha Bello', '2026-10-13', ticked(true, true, false))).toBe(
      'Saved: session note for Aisha Bello on 2026-10-13, 2 action steps checked off.',
    );
    expect(savedNoteMessage(en, 'Aisha Bello', '2026-10-13', ticked(false, false))).toBe('Saved: session note for Aisha Bello on 2026-10-13.');
    expect(savedNoteMessage(noteFormText.in('nl'), 'Aisha Bello', '2026-10-13', ticked(true))).toBe(
      'Opgeslagen: sessienotitie voor Aisha Bello op 2026-10-13, 1 actiestap afgevinkt.',
    );
  });

  it('says where a question for the teacher went when the save opened a thread (Tiers 2–3)', () => {
    expect(savedNoteMessage(en, 'Luis Ortega', '2026-12-01', [], true)).toBe(
      'Saved: session note for Luis Ortega on 2026-12-01. Your question for the teacher is in the Questions tab.',
    );
    expect(savedNoteMessage(noteFormText.in('nl'), 'Luis Ortega', '2026-12-01', [{ done: true }], true)).toBe(
      'Opgeslagen: sessienotitie voor Luis Ortega op 2026-12-01, 1 actiestap afgevinkt. Je vraag voor de docent staat bij Vragen.',
    );
  });
});

describe('missingInWords', () => {
  it('names what a vague step leaves out in the seed 003 words: what, when and how often', () => {
    const words = conferenceText.in('en');
    expect(missingInWords(words, ['what', 'when'])).toBe('what the student will do, nor when and how often');
    expect(missingInWords(words, ['what'])).toBe('what the student will do');
    expect(missingInWords(words, ['when'])).toBe('when and how often');
  });
});
