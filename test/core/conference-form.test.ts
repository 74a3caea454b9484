import {
  agendaSummary,
  blankConference,
  type ConferenceForm,
  checkConference,
  conferenceAgenda,
  stageErrors,
  stageOf,
  suggestedOutcome,
} from '../../src/core/conference-form';

const aConference = (overrides: Partial<ConferenceForm> = {}): ConferenceForm => ({
  ...blankConference('00101', '2026-10-05'),
  assessment: 'Unit 5 test',
  score: '58',
  goal: 'Score 70 on the Unit 6 test',
  target: '70',
  dueDate: '2026-11-02',
  steps: [
    {
      action: 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.',
      whenHowOften: 'Mon, Wed',
      effortMeasure: 'Sessions attended',
      backupPlan: 'Tuesday instead',
    },
  ],
  ...overrides,
});

describe('conference-form', () => {
  it("has the seed's nine agenda steps in order", () => {
    const agenda = conferenceAgenda('en');
    expect(agenda.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(agenda[2].prompts).toContain('What were your strengths? Where did you struggle?');
    expect(agenda[6].examples).toHaveLength(2);
    expect(new Set(agenda.map((s) => s.section)).size).toBe(4);
  });

  it('gives a Dutch tutor the agenda, its prompts and lenses in Dutch, step for step', () => {
    const en = conferenceAgenda('en');
    const nl = conferenceAgenda('nl');
    expect(nl.map((s) => [s.n, s.prompts.length, s.examples?.length ?? 0])).toEqual(en.map((s) => [s.n, s.prompts.length, s.examples?.length ?? 0]));
    expect(nl[0].text).toBe('Check in bij de leerling en vraag hoe het gaat.');
    expect(nl[2].prompts).toContain('Wat ging je goed af? Waar liep je tegenaan?');
    expect(nl[3].lens).toMatch(/^Groeimindset: /);
    expect(nl[6].examples?.[0]).toMatch(/^Goed voorbeeld: “Ik kom op maandag en woensdag/);
    // Every line differs from the English: nothing was left untranslated.
    for (const [i, step] of nl.entries()) {
      expect([step.section, step.text, step.lens, ...step.prompts]).not.toContain(en[i].text);
      expect(step.lens).not.toBe(en[i].lens);
    }
  });

  describe('checkConference', () => {
    it('accepts a conference and turns score and target into numbers', () => {
      const checked = checkConference(aConference({ studentConfidence: 3, agendaDone: [1, 2, 3] }));
      expect(checked.ok && [checked.value.score, checked.value.target]).toEqual([58, 70]);
    });

    it('keeps a blank score as null', () => {
      const checked = checkConference(aConference({ score: '' }));
      expect(checked.ok && checked.value.score).toBeNull();
    });

    it('gives each bad field its own message: score, confidence, goal, first step', () => {
      const checked = checkConference(aConference({ score: 'sixty', studentConfidence: 9, goal: '', steps: [{ action: '' }] }));
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.errors).toEqual({
        score: 'Score must be a number (0 or more), e.g. 64.',
        studentConfidence: 'Confidence must be a number from 1 to 5.',
        goal: 'Goal is required.',
        'steps.0.action': 'Specific action is required.',
      });
    });

    it('needs at least one action step and a due date on or after the conference', () => {
      const none = checkConference(aConference({ steps: [] }));
      expect(none.ok || none.errors.steps).toBe('Add at least one action step.');
      const early = checkConference(aConference({ dueDate: '2026-09-01' }));
      expect(early.ok || early.errors.dueDate).toMatch(/on or after the conference date/);
    });

    it("asks for the previous goal's outcome when there is one", () => {
      const checked = checkConference(aConference({ previousGoalId: 'G-1' }));
      expect(checked.ok || checked.errors.previousGoalOutcome).toMatch(/met, not met, or revised/);
    });
  });

  describe('stages', () => {
    it('places each field on its stage so Next can stop on the right one', () => {
      expect(stageOf('score')).toBe('before');
      expect(stageOf('steps.2.action')).toBe('during');
      expect(stageOf('shareWithFamily')).toBe('after');
      expect(stageErrors({ score: 'a', goal: 'b', previousGoalOutcome: 'c' }, 'during')).toEqual({ goal: 'b' });
    });
  });

  it('summarizes agenda steps as ranges', () => {
    expect(agendaSummary([9, 1, 2, 3, 6, 8])).toBe('1-3, 6, 8-9');
    expect(agendaSummary([])).toBe('');
  });

  it('suggests Met when the new score reaches the previous target', () => {
    expect(suggestedOutcome(70, 74)).toBe('Met');
    expect(suggestedOutcome(70, 69)).toBe('Not met');
    expect(suggestedOutcome(null, 69)).toBe('');
  });
});

describe('the conference checked for a Dutch tutor', () => {
  it('names each bad field in Dutch, all together', () => {
    const form = aConference({
      goal: ' ',
      score: 'veel',
      dueDate: '2026-10-01',
      steps: [{ action: '', whenHowOften: '', effortMeasure: '', backupPlan: '' }],
    });
    expect(checkConference(form, 'nl')).toEqual({
      ok: false,
      errors: {
        goal: 'Doel is verplicht.',
        score: 'Cijfer moet een getal zijn (0 of meer), bijv. 64.',
        dueDate: 'De einddatum is de volgende opdracht of toets: op of na de datum van het gesprek.',
        'steps.0.action': 'Concrete actie is verplicht.',
      },
    });
  });
});
