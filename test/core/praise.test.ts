import type { ActionStep, Goal } from '../../src/core/model';
import { currentRun, glancePrompts, goalMetPrompt, promptsAfterCheckOff, recentMisses } from '../../src/core/praise';

const goal: Goal = {
  goalId: 'G1',
  studentId: '00101',
  conferenceDate: '2026-10-05',
  assessment: 'Unit 6 test',
  score: 58,
  goal: 'Score 70 on the Unit 6 test',
  target: 70,
  dueDate: '2026-11-02',
  status: 'Active',
  prioritized: false,
  conferenceDocUrl: '',
};
const step = (stepId: string, action: string): ActionStep => ({
  stepId,
  goalId: 'G1',
  studentId: '00101',
  action,
  whenHowOften: '',
  effortMeasure: '',
  backupPlan: '',
  status: 'Open',
});
const keyCodes = step('S1', 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.');
const flashcards = step('S2', 'I will create flashcards and study for 15 min a day.');

describe('praise', () => {
  it('counts runs and recent misses', () => {
    expect(currentRun([true, false, true, true])).toBe(2);
    expect(currentRun([])).toBe(0);
    expect(recentMisses([false, true, false, false])).toBe(2);
  });

  describe('promptsAfterCheckOff', () => {
    it('praises a third session in a row, naming the step and the goal', () => {
      const prompts = promptsAfterCheckOff({
        studentName: 'Maya Johnson',
        goal,
        steps: [keyCodes, flashcards],
        history: { S1: [false, true, true] },
        checkOffs: [{ stepId: 'S1', done: true }],
      });
      expect(prompts).toHaveLength(1);
      expect(prompts[0].kind).toBe('praise');
      expect(prompts[0].title).toBe('Praise progress: three sessions in a row');
      expect(prompts[0].text).toContain(
        'Maya, you have followed through on “I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes”',
      );
      expect(prompts[0].text).toContain('“Score 70 on the Unit 6 test” (target 70)');
    });

    it('praises a session where every open step of the plan was done', () => {
      const prompts = promptsAfterCheckOff({
        studentName: 'Maya Johnson',
        goal,
        steps: [keyCodes, flashcards],
        history: {},
        checkOffs: [
          { stepId: 'S1', done: true },
          { stepId: 'S2', done: true },
        ],
      });
      expect(prompts.map((p) => p.title)).toEqual(['Praise progress: every step of the plan']);
    });

    it('stays quiet for a single done step that completes nothing', () => {
      expect(
        promptsAfterCheckOff({
          studentName: 'Maya',
          goal,
          steps: [keyCodes, flashcards],
          history: { S1: [true] },
          checkOffs: [
            { stepId: 'S1', done: true },
            { stepId: 'S2', done: false },
          ],
        }),
      ).toEqual([]);
    });

    it('suggests revisiting the plan when a step is missed twice in the last three sessions', () => {
      const prompts = promptsAfterCheckOff({
        studentName: 'Maya',
        goal,
        steps: [keyCodes, flashcards],
        history: { S2: [true, false] },
        checkOffs: [{ stepId: 'S2', done: false }],
      });
      expect(prompts).toHaveLength(1);
      expect(prompts[0]).toMatchObject({ kind: 'redirect', title: 'Revisit the action plan', stepId: 'S2' });
      expect(prompts[0].text).toContain('was missed in two of the last three sessions');
    });

    it('ignores check-offs of steps it does not know and returns nothing without check-offs', () => {
      expect(promptsAfterCheckOff({ studentName: 'Maya', goal, steps: [keyCodes], history: {}, checkOffs: [{ stepId: 'S9', done: true }] })).toEqual(
        [],
      );
      expect(promptsAfterCheckOff({ studentName: 'Maya', goal, steps: [keyCodes], history: {}, checkOffs: [] })).toEqual([]);
    });
  });

  it('glancePrompts flags steps already repeatedly missed', () => {
    expect(glancePrompts(goal, [keyCodes, flashcards], { S1: [true, true], S2: [false, true, false] }).map((p) => p.stepId)).toEqual(['S2']);
  });

  it('goalMetPrompt names the goal, the score against the target, and the effort', () => {
    const p = goalMetPrompt({ studentName: 'Maya Johnson', goal, score: 74, stepsDone: 7, stepsTotal: 9 });
    expect(p.text).toBe(
      'Maya, you met your goal: “Score 70 on the Unit 6 test”. You scored 74 against your target of 70. You followed through on your action steps in seven of nine check-offs — that work paid off.',
    );
  });

  describe('for a Dutch tutor', () => {
    const dutchGoal: Goal = { ...goal, goal: 'Een 7,5 halen voor de toets van hoofdstuk 6', target: 7.5 };
    const oefenen = step('S1', 'Ik kom op maandag en woensdag naar de bijles om te oefenen.');

    it('praises a third session in a row in Dutch, the target written the Dutch way', () => {
      const [p] = promptsAfterCheckOff({
        studentName: 'Sanne de Vries',
        goal: dutchGoal,
        steps: [oefenen, flashcards],
        history: { S1: [false, true, true] },
        checkOffs: [{ stepId: 'S1', done: true }],
        locale: 'nl',
      });
      expect(p.title).toBe('Vooruitgang prijzen: drie sessies op rij');
      expect(p.text).toBe(
        'Sanne, je hebt “Ik kom op maandag en woensdag naar de bijles om te oefenen” drie sessies op rij volgehouden. Precies die inzet brengt je bij je doel — “Een 7,5 halen voor de toets van hoofdstuk 6” (streefcijfer 7,5).',
      );
      expect(p.tip).toMatch(/^Prijs de inzet als middel/);
    });

    it('suggests revisiting the plan in Dutch at a glance', () => {
      const [p] = glancePrompts(dutchGoal, [oefenen, flashcards], { S2: [false, true, false] }, 'nl');
      expect(p.title).toBe('Het actieplan opnieuw bekijken');
      expect(p.text).toContain('is in twee van de laatste drie sessies niet gelukt');
      expect(p.tip).toMatch(/^Eigenaarschap: /);
    });

    it('says a goal met in Dutch, with the score and the effort', () => {
      const p = goalMetPrompt({ studentName: 'Sanne de Vries', goal: dutchGoal, score: 8.2, stepsDone: 7, stepsTotal: 9, locale: 'nl' });
      expect(p.title).toBe('Doel gehaald — benoem en prijs de vooruitgang');
      expect(p.text).toBe(
        'Sanne, je hebt je doel gehaald: “Een 7,5 halen voor de toets van hoofdstuk 6”. Je haalde 8,2, met 7,5 als streefcijfer. Je hebt je actiestappen bij zeven van de negen check-offs uitgevoerd — dat harde werken heeft geloond.',
      );
    });
  });
});
