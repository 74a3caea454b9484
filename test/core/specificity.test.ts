import { checkActionStep, GOOD_STEP_EXAMPLE, VAGUE_STEP_EXAMPLE, vagueSteps } from '../../src/core/specificity';

describe('specificity', () => {
  describe('checkActionStep on the seed 003 examples', () => {
    it('flags "I\'m going to come to tutoring more." as too vague, with a hint quoting a good example', () => {
      const check = checkActionStep("I'm going to come to tutoring more.");
      expect(check.specific).toBe(false);
      expect(check.missing).toEqual(['what', 'when']);
      expect(check.vagueWords).toContain('more');
      expect(check.hint).toMatch(/^Too vague!/);
      expect(check.hint).toContain(GOOD_STEP_EXAMPLE);
    });

    it('passes "I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes."', () => {
      const check = checkActionStep('I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.');
      expect(check).toEqual({ specific: true, missing: [], vagueWords: [], hint: '' });
    });

    it('passes "I will create flashcards to help me review the concepts that I have not mastered yet, and study for 15 min a day."', () => {
      const check = checkActionStep(
        'I will create flashcards to help me review the concepts that I have not mastered yet, and study for 15 min a day.',
      );
      expect(check.specific).toBe(true);
      expect(check.hint).toBe('');
    });

    it('passes the seed\'s stakeholder example "Go to lunchtime homework help at school at least twice a week"', () => {
      expect(checkActionStep('Go to lunchtime homework help at school at least twice a week').specific).toBe(true);
    });
  });

  describe('checkActionStep on more steps', () => {
    const specific: string[] = [
      'I will do 10 practice problems on two-step equations every night before dinner.',
      'I will review my Unit 3 notes for 20 minutes on Tuesdays and Thursdays.',
      'I will redo my homework problems I got wrong every Friday at lunch.',
      'I will read 20 pages of my novel each night.',
      'I will practice my times tables for 10 minutes a day.',
      'I will make 15 vocabulary flashcards each week and quiz myself on Sundays.',
      'I will come to tutoring on Mondays to work on fractions.',
      'I will finish my Khan Academy Solving Equations unit by Oct 15.',
      'I will ask my teacher one question about the lab after class on Wednesdays.',
      'I will complete my test corrections before the next quiz.',
      'I will write an outline for each essay the day before it is due, every week.',
      'I will study my vocab words for 15 min a day.',
      'I will practice my calculator key codes twice a week in study hall.',
      'I will do IXL for 30 minutes every weekday.',
      'I will go over my exit tickets at 4pm every day.',
      'I will solve 5 ratio problems each session.',
      'I will go to office hours on Thursdays to get help with balancing equations.',
      'Review chapter 4 notes daily',
    ];
    const vague: string[] = [
      "I'm going to come to tutoring more.",
      'I will study harder.',
      'I will try my best.',
      'I will do better on the next test.',
      'I want to get better grades.',
      'I will pay attention in class.',
      'I will study when I have time.',
      'I will do my homework.',
      'I will come to tutoring on Mondays.',
      'I will practice more.',
      'I will be more focused.',
      'I will improve my grades this year.',
      'Work harder in math',
      'I will study every day.',
      'I will focus more during sessions.',
      'Study for 15 minutes a day.',
      'I will try to do more practice sometimes.',
    ];

    it.each(specific)('passes "%s"', (step) => {
      const check = checkActionStep(step);
      expect({ step, missing: check.missing }).toEqual({ step, missing: [] });
      expect(check.specific).toBe(true);
    });

    it.each(vague)('flags "%s" as too vague', (step) => {
      const check = checkActionStep(step);
      expect(check.specific).toBe(false);
      expect(check.hint).toMatch(/^Too vague!/);
    });

    it('says which part is missing: a step with a purpose but no moment asks for when and how often', () => {
      const check = checkActionStep('I will practice my calculator key codes.');
      expect(check.missing).toEqual(['when']);
      expect(check.hint).toContain('when and how often');
    });

    it('says which part is missing: a step with days but no purpose asks what the student will do', () => {
      const check = checkActionStep('I will come to tutoring on Mondays and Wednesdays.');
      expect(check.missing).toEqual(['what']);
      expect(check.hint).toContain('what the student will do');
    });

    it('counts the step\'s own "When / how often" field', () => {
      expect(checkActionStep('I will practice my calculator key codes.', 'Mondays and Wednesdays').specific).toBe(true);
      expect(checkActionStep('I will practice my calculator key codes.', 'when I can').specific).toBe(false);
    });

    it('has no hint for an empty step (the form asks for it as a required field instead)', () => {
      expect(checkActionStep('   ')).toEqual({ specific: false, missing: ['what', 'when'], vagueWords: [], hint: '' });
    });
  });

  describe('vagueSteps, asked about once before a conference is saved', () => {
    it("names the seed's vague step and what it leaves out, and skips specific and empty steps", () => {
      const plan = [
        { action: GOOD_STEP_EXAMPLE, whenHowOften: '' },
        { action: `  ${VAGUE_STEP_EXAMPLE} `, whenHowOften: '' },
        { action: '', whenHowOften: '' },
        { action: 'I will practice my calculator key codes.', whenHowOften: '' },
        { action: 'I will come to tutoring on Mondays and Wednesdays.' },
      ];
      expect(vagueSteps(plan)).toEqual([
        { index: 1, action: VAGUE_STEP_EXAMPLE, missing: ['what', 'when'] },
        { index: 3, action: 'I will practice my calculator key codes.', missing: ['when'] },
        { index: 4, action: 'I will come to tutoring on Mondays and Wednesdays.', missing: ['what'] },
      ]);
    });

    it('counts a step as specific when its own When / how often field says when', () => {
      expect(vagueSteps([{ action: 'I will practice my calculator key codes.', whenHowOften: 'Mondays and Wednesdays' }])).toEqual([]);
    });
  });
});

describe('a Dutch action step', () => {
  it('is specific when it says what and when in Dutch', () => {
    expect(checkActionStep('Ik kom op maandag en woensdag naar de bijles om vergelijkingen te oefenen.').specific).toBe(true);
    expect(checkActionStep('Ik maak flitskaartjes en leer 15 minuten per dag.').specific).toBe(true);
  });

  it('is too vague without a moment, and the hint says so in Dutch with the example', () => {
    const check = checkActionStep('Ik ga meer huiswerk maken.', '', 'nl');
    expect(check).toMatchObject({ specific: false, missing: ['when'] });
    expect(check.hint).toBe(
      'Te vaag! Schrijf op wanneer en hoe vaak: welke dagen, hoeveel minuten, hoe vaak per week, bijv. "Ik kom op maandag en woensdag naar de bijles om de toetsen van mijn rekenmachine te oefenen."',
    );
  });
});
