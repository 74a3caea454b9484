// A Dutch user's workspace messages are Dutch: the busy workbook, a question without text (and its lost save key), the
// Generate docs dialog's Drive-owner message and a progress report made as a draft.

import { grantAtLeast } from '../../fakes/drive/sharing';
import { setUserLocale } from '../../fakes/script/session';
import { checkAnswer, checkAsk, tierRefusal } from '../../src/core/drive-questions';
import { answerQuestion, askQuestion } from '../../src/server/questions';
import { getGenerateDocsState, startGenerateDocs } from '../../src/server/templates';
import { tutorSaveConference, tutorStudentGlance } from '../../src/server/tutor';
import { BusyError } from '../../src/workspace/lock';
import { familyProgram, makeReports } from '../family/fixtures';
import { conferenceForm } from '../reliability/forms';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA } from '../support/program';
import { provisionFolders } from './template-fixtures';

describe('workspace messages for a Dutch user', () => {
  let p: Program | undefined;
  afterEach(() => {
    p?.close();
    p = undefined;
  });

  it('a Dutch tutor told the workbook is busy reads it in Dutch, an English tutor in English', () => {
    const program = createProgram();
    p = program;
    expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => new BusyError().message)).toBe(
      'Someone else is saving to the workbook right now. Nothing was lost: please try again in a few seconds.',
    );
    setUserLocale(program.world, TUTOR_ANA, 'nl');
    expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => new BusyError().message)).toBe(
      'Iemand anders slaat nu iets op in de spreadsheet. Er is niets verloren: probeer het over een paar seconden opnieuw.',
    );
  });

  it('a Dutch tutor asking an empty question is told beside the field in Dutch', () => {
    const program = createProgram({ tier: 2 });
    p = program;
    setUserLocale(program.world, TUTOR_ANA, 'nl');
    expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => askQuestion({ studentId: '00101', text: '  ' }))).toMatchObject({
      ok: false,
      errors: { text: 'Schrijf je vraag.' },
    });
  });

  it('a Dutch tutor whose student left the Roster, or whose conference form is stale, is told in Dutch', () => {
    const program = createProgram();
    p = program;
    setUserLocale(program.world, TUTOR_ANA, 'nl');
    expect(() => program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance('99999', 'nl'))).toThrow(
      'Deze leerling staat niet op de Roster (is de rij verwijderd?). Kies de leerling opnieuw.',
    );
    const stale = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
      tutorSaveConference(conferenceForm('00101', 'stale0conference01', { previousGoalId: 'G-gone', previousGoalOutcome: 'Met' }), 'nl'),
    );
    expect(stale).toMatchObject({
      ok: false,
      errors: { previousGoalOutcome: 'Het vorige doel staat niet meer op de Goals Master List. Laad Maya Johnson opnieuw.' },
    });
  });

  it('a Dutch teacher answering a question that is gone is told beside the field in Dutch', () => {
    const program = createProgram({ tier: 2 });
    p = program;
    setUserLocale(program.world, TEACHER_RIVERA, 'nl');
    expect(
      program.inTeam(ALGEBRA, TEACHER_RIVERA, () =>
        answerQuestion({ questionId: 'Q-gone', studentId: '00101', text: 'Ja.', saveKey: 'answer0gone0000001' }),
      ),
    ).toMatchObject({ ok: false, errors: { questionId: 'Die vraag staat niet meer op het blad Questions.' } });
  });

  it('the question checks the sidebar runs speak the page language', () => {
    expect(checkAsk({ studentId: '', text: 'x'.repeat(5001) }, 'nl')).toEqual({
      studentId: 'Kies de leerling over wie de vraag gaat.',
      text: 'Houd het korter dan 5000 tekens.',
    });
    expect(checkAnswer({ questionId: '', text: '', saveKey: 'N-1; =HYPERLINK()' }, 'nl')).toEqual({
      questionId: 'Kies de vraag die je wilt beantwoorden.',
      text: 'Schrijf je antwoord.',
      saveKey: 'Het formulier is zijn opslagsleutel kwijt: laad de zijbalk opnieuw.',
    });
    expect(tierRefusal(1, 'nl')).toMatch(/^Vragen in een draad horen bij communicatie op niveau 2 en 3/);
    expect(tierRefusal(2, 'nl')).toBeNull();
  });

  it('a Dutch second coordinator opening Generate docs is told in Dutch who can run Drive actions', () => {
    const SECOND = 'second.coordinator@school.example';
    const program = createProgram({ settings: { coordinators: [COORDINATOR, SECOND] } });
    p = program;
    provisionFolders(program, [ALGEBRA]);
    grantAtLeast(program.world, program.world.state.drive[program.masterId], SECOND, 'writer', false);
    setUserLocale(program.world, SECOND, 'nl');
    const state = program.as(SECOND, () => getGenerateDocsState());
    expect(state.driveProblem).toMatch(new RegExp(`^Alleen ${COORDINATOR.replace(/\./g, '\\.')} kan Drive-acties voor dit programma uitvoeren`));
    const refused = program.as(SECOND, () =>
      startGenerateDocs({ templateId: 'goal-setting-conference', date: '2026-10-05', keys: ['student:00101'] }),
    );
    expect(refused).toEqual({ ok: false, errors: {}, message: state.driveProblem });
  });

  it('a Dutch coordinator making progress reports for review is told in Dutch that one waits as a draft', () => {
    const program = familyProgram({ review: true });
    p = program;
    setUserLocale(program.world, COORDINATOR, 'nl');
    expect(makeReports(program, ['00101']).warnings).toEqual([
      `Maya Johnson: gemaakt als concept; het wacht tot een coördinator of ${TUTOR_ANA} het vrijgeeft.`,
    ]);
  });
});
