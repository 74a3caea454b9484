// A tutor celebrates a student's follow-through with the family: offered when every step of the plan was done this
// week, in the student's praise preference, by email (delivered from the coordinator's account, with consent) or as a
// call-home script; logged once in the student's record.

import { setUserLocale } from '../../fakes/script/session';
import { followThroughRun } from '../../src/core/family/celebration';
import { CELEBRATIONS_TABLE } from '../../src/core/family/celebration-table';
import { menuSendCelebrationEmails, tutorCelebration, tutorSendCelebration } from '../../src/server/family';
import { readTable, requireSheet } from '../../src/workspace/table-store';
import { ALGEBRA, COORDINATOR, TUTOR_ANA } from '../support/program';
import { aGoal } from '../workspace/template-fixtures';
import { CHECK_OFFS, familyProgram, MAYA_FAMILY, STEPS } from './fixtures';

const celebrations = (program: ReturnType<typeof familyProgram>) =>
  program.inTeam(ALGEBRA, COORDINATOR, () =>
    readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), CELEBRATIONS_TABLE), CELEBRATIONS_TABLE).rows.map((r) => r.record),
  );

describe('what counts as a run of follow-through', () => {
  it('every open step of the active goal done at least once in the last seven days', () => {
    expect(followThroughRun(aGoal(), STEPS, CHECK_OFFS, '2026-09-14')).toMatchObject({ kind: 'whole plan this week', lastDate: '2026-09-11' });
    // A week later the plan is no longer all done within the week.
    expect(followThroughRun(aGoal(), STEPS, CHECK_OFFS, '2026-09-19')).toBeNull();
  });

  it('or one step done three sessions in a row', () => {
    const three = ['2026-09-01', '2026-09-03', '2026-09-05'].map((date) => ({ ...CHECK_OFFS[0], date }));
    expect(followThroughRun(aGoal(), STEPS, three, '2026-09-14')).toMatchObject({ kind: 'sessions in a row', run: 3 });
  });
});

describe('celebrating follow-through', () => {
  afterEach(() => jest.useRealTimers());

  it('without program mail, the tutor gets a call-home script in Maya’s praise preference, and the call is logged once', () => {
    const program = familyProgram();
    try {
      const offer = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorCelebration('00101'));
      expect(offer).toMatchObject({ channel: 'Call home', preference: 'Private' });
      expect(offer?.draft.callScript).toContain('Maya followed through on every step of the action plan this week');
      expect(offer?.draft.callScript).toContain('Maya likes praise in private');
      expect(offer?.draft.tellStudentFirst).toMatch(/^Tell Maya first/);
      const sent = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        tutorSendCelebration({ studentId: '00101', key: offer?.key ?? '', message: 'Called Ms. Johnson: she was thrilled.', toldStudent: true }),
      );
      expect(sent).toMatchObject({ ok: true, value: { status: 'Called home' } });
      expect(celebrations(program)).toEqual([
        expect.objectContaining({
          studentId: '00101',
          channel: 'Call home',
          message: 'Called Ms. Johnson: she was thrilled.',
          toldStudent: true,
          status: 'Called home',
        }),
      ]);
      // The same run is not offered again.
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorCelebration('00101'))).toBeNull();
    } finally {
      program.close();
    }
  });

  it('with program mail, the message waits in Maya’s record and goes to her family from the coordinator’s account', () => {
    const program = familyProgram({ mail: true });
    try {
      const offer = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorCelebration('00101'));
      expect(offer?.channel).toBe('Email');
      const edited = `${offer?.draft.message}\nP.S. Maya chose these steps herself.`;
      const sent = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        tutorSendCelebration({ studentId: '00101', key: offer?.key ?? '', message: edited, toldStudent: true }),
      );
      expect(sent).toMatchObject({ ok: true, value: { status: 'Email waiting' } });
      program.run(() => menuSendCelebrationEmails());
      expect(program.world.state.ui.alerts.at(-1)).toMatchObject({
        title: 'Celebration emails',
        prompt: "1 sent, 0 without consent or family email (the tutor is asked to call home), 0 waiting for tomorrow's mail quota.",
      });
      const mail = program.world.state.mail;
      expect(mail).toHaveLength(1);
      expect(JSON.stringify(mail[0])).toContain(MAYA_FAMILY[0]);
      expect(JSON.stringify(mail[0])).toContain('P.S. Maya chose these steps herself.');
      expect(celebrations(program)[0]).toMatchObject({ status: 'Emailed', channel: 'Email' });
    } finally {
      program.close();
    }
  });

  it('a Dutch tutor and coordinator read the send and the delivery in Dutch', () => {
    const program = familyProgram({ mail: true });
    try {
      setUserLocale(program.world, TUTOR_ANA, 'nl');
      setUserLocale(program.world, COORDINATOR, 'nl');
      const offer = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorCelebration('00101'));
      const sent = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        tutorSendCelebration({ studentId: '00101', key: offer?.key ?? '', message: 'Goed gedaan!', toldStudent: true }),
      );
      expect(sent).toMatchObject({ ok: true, value: { message: expect.stringMatching(/^Verstuurd: .* familie van Maya Johnson/) } });
      program.run(() => menuSendCelebrationEmails());
      expect(program.world.state.ui.alerts.at(-1)).toMatchObject({
        title: 'Felicitatie-e-mails',
        prompt: expect.stringMatching(/^1 verstuurd, 0 zonder toestemming/),
      });
    } finally {
      program.close();
    }
  });

  it('an empty message is refused with the field named, and nothing is logged', () => {
    const program = familyProgram();
    try {
      const offer = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorCelebration('00101'));
      const result = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        tutorSendCelebration({ studentId: '00101', key: offer?.key ?? '', message: '  ', toldStudent: false }),
      );
      expect(result).toEqual({ ok: false, message: expect.any(String), errors: { message: 'Message: write a few words for the family.' } });
      expect(celebrations(program)).toEqual([]);
    } finally {
      program.close();
    }
  });
});
