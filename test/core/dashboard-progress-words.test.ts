// Each student's progress in one sentence, in the coordinator's language (issue 14: "Steps done 4 of 4" meant nothing).

import { progressInWords } from '../../src/core/dashboard/progress-words';

const TODAY = '2026-11-05';
const goal = { goal: 'read 60 wpm', dueDate: '2026-12-15', target: 60 };
const steps = (done: number, open: number, dropped = 0) => [
  ...Array.from({ length: done }, () => ({ status: 'Done' as const })),
  ...Array.from({ length: open }, () => ({ status: 'Open' as const })),
  ...Array.from({ length: dropped }, () => ({ status: 'Dropped' as const })),
];

const none = { done: 0, total: 0 };

describe('core/dashboard/progress-words', () => {
  it('says the goal, its due date, the latest score against the one before, steps done and that it is on track', () => {
    expect(
      progressInWords({ goal, latestScore: 48, previousScore: 40, steps: steps(3, 1), trendingAway: false, checkOffs: none, today: TODAY }),
    ).toBe('Goal: read 60 wpm by 15 Dec — latest 48 (from 40), 3 of 4 steps done; on track');
  });

  it('steps still practised say how often they were kept up, not "0 of 2 done"', () => {
    expect(
      progressInWords({
        goal,
        latestScore: 58,
        previousScore: null,
        steps: steps(0, 2),
        trendingAway: false,
        checkOffs: { done: 9, total: 10 },
        today: TODAY,
      }),
    ).toBe('Goal: read 60 wpm by 15 Dec — latest 58, 2 steps, kept up 9 of 10 times; on track');
    expect(
      progressInWords(
        { goal, latestScore: 58, previousScore: null, steps: steps(0, 2), trendingAway: false, checkOffs: { done: 9, total: 10 }, today: TODAY },
        'nl',
      ),
    ).toBe('Doel: read 60 wpm vóór 15 dec. — laatste score 58, 2 stappen, 9 van de 10 keer gedaan; op schema');
  });

  it('with a step done and check-offs, says both', () => {
    expect(
      progressInWords({
        goal,
        latestScore: 50,
        previousScore: null,
        steps: steps(1, 1),
        trendingAway: false,
        checkOffs: { done: 7, total: 8 },
        today: TODAY,
      }),
    ).toBe('Goal: read 60 wpm by 15 Dec — latest 50, 1 of 2 steps done, kept up 7 of 8 times; on track');
  });

  it('a goal past its due date is overdue since that day; a dropped step does not count', () => {
    const late = { ...goal, dueDate: '2026-11-01' };
    expect(
      progressInWords({
        goal: late,
        latestScore: 48,
        previousScore: null,
        steps: steps(0, 1, 2),
        trendingAway: false,
        checkOffs: none,
        today: TODAY,
      }),
    ).toBe('Goal: read 60 wpm by 1 Nov — latest 48, 0 of 1 step done; overdue since 1 Nov');
  });

  it('a reached target is met even when overdue; a score moving away is said; no goal says so', () => {
    const late = { ...goal, dueDate: '2026-11-01' };
    expect(progressInWords({ goal: late, latestScore: 61, previousScore: 48, steps: [], trendingAway: false, checkOffs: none, today: TODAY })).toBe(
      'Goal: read 60 wpm by 1 Nov — latest 61 (from 48), no action steps yet; target met',
    );
    expect(
      progressInWords({ goal, latestScore: 40, previousScore: 48, steps: steps(1, 1), trendingAway: true, checkOffs: none, today: TODAY }),
    ).toMatch(/; score moving away from the target$/);
    expect(progressInWords({ goal: null, latestScore: 40, previousScore: null, steps: [], trendingAway: false, checkOffs: none, today: TODAY })).toBe(
      'No active goal',
    );
    expect(
      progressInWords({
        goal: { ...goal, dueDate: '' },
        latestScore: null,
        previousScore: null,
        steps: [],
        trendingAway: false,
        checkOffs: none,
        today: TODAY,
      }),
    ).toBe('Goal: read 60 wpm — no score yet, no action steps yet; on track');
  });

  it('in Dutch for a Dutch coordinator, with Dutch dates', () => {
    expect(
      progressInWords({ goal, latestScore: 48, previousScore: 40, steps: steps(3, 1), trendingAway: false, checkOffs: none, today: TODAY }, 'nl'),
    ).toBe('Doel: read 60 wpm vóór 15 dec. — laatste score 48 (was 40), 3 van 4 stappen gedaan; op schema');
    const late = { ...goal, dueDate: '2026-11-01' };
    expect(
      progressInWords(
        { goal: late, latestScore: null, previousScore: null, steps: steps(1, 0), trendingAway: false, checkOffs: none, today: TODAY },
        'nl',
      ),
    ).toBe('Doel: read 60 wpm vóór 1 nov. — nog geen score, 1 van 1 stap gedaan; te laat sinds 1 nov.');
    expect(
      progressInWords({ goal: null, latestScore: null, previousScore: null, steps: [], trendingAway: false, checkOffs: none, today: TODAY }, 'nl'),
    ).toBe('Geen actief doel');
  });
});
