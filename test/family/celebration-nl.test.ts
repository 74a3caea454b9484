// A Dutch tutor celebrating follow-through gets the call-home script and the family message in Dutch (the tutor reads
// and edits the draft before it goes out, so it is in the tutor's language).

import { setUserLocale } from '../../fakes/script/session';
import { celebrationDraft } from '../../src/core/family/celebration';
import { tutorCelebration } from '../../src/server/family';
import { ALGEBRA, TUTOR_ANA } from '../support/program';
import { aGoal } from '../workspace/template-fixtures';
import { familyProgram } from './fixtures';

describe('celebrating follow-through in Dutch', () => {
  it('a Dutch tutor gets the call-home script and the tell-the-student-first line in Dutch', () => {
    const program = familyProgram();
    try {
      setUserLocale(program.world, TUTOR_ANA, 'nl');
      const offer = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorCelebration('00101'));
      expect(offer).toMatchObject({ channel: 'Call home', preference: 'Private' });
      expect(offer?.draft.callScript).toContain('Maya heeft deze week elke stap van het actieplan volgehouden');
      expect(offer?.draft.callScript).toContain('Maya krijgt liever onder vier ogen een compliment');
      expect(offer?.draft.tellStudentFirst).toMatch(/^Vertel het Maya eerst: /);
      expect(offer?.draft.subject).toBe('Goed nieuws over Maya');
      expect(offer?.draft.message).toMatch(/^Beste ouder\/verzorger,\n\nIk ben de tutor van Maya bij /);
    } finally {
      program.close();
    }
  });

  it('a run of sessions in a row reads as a Dutch sentence, the verb last', () => {
    const draft = celebrationDraft({
      studentName: 'Sanne de Vries',
      programName: 'Bijles Wiskunde',
      tutorName: 'Ana',
      goal: { ...aGoal(), goal: 'Een 7,5 halen voor hoofdstuk 6' },
      run: { kind: 'sessions in a row', actions: ['Elke dag 15 minuten flashcards leren.'], run: 3, lastDate: '2026-09-11' },
      preference: 'Public',
      locale: 'nl',
    });
    expect(draft.message).toBe(
      'Beste ouder/verzorger,\n\nIk ben de tutor van Sanne bij Bijles Wiskunde. Ik deel graag goed nieuws: Sanne heeft 3 sessies op rij “Elke dag 15 minuten flashcards leren” volgehouden. Juist die volgehouden inzet brengt Sanne dichter bij het doel dat Sanne zelf heeft gesteld: “Een 7,5 halen voor hoofdstuk 6”.\n\nSanne vindt het fijn om hardop geprezen te worden: een felicitatie aan tafel vanavond zou veel betekenen.\n\nBedankt dat u Sanne steunt.\nAna',
    );
    expect(draft.callScript).toContain('Vier het vanavond vooral met Sanne!');
  });
});
