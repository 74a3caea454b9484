import { overdueGoal } from '../../src/core/dashboard/overdue';
import type { Goal } from '../../src/core/model';

const goal = (dueDate: string, status: Goal['status'] = 'Active') => ({ goalId: 'G1', dueDate, status });

describe('an overdue goal', () => {
  it('a goal due 3 Nov that is still Active on 1 Dec is 4 weeks overdue', () => {
    expect(overdueGoal(goal('2026-11-03'), '2026-12-01')).toEqual({
      goalId: 'G1',
      dueDate: '2026-11-03',
      daysOverdue: 28,
      text: 'goal due 3 Nov, 4 weeks overdue',
    });
  });

  it('counts days under a week, and names the year of a goal from another year', () => {
    expect(overdueGoal(goal('2026-11-30'), '2026-12-01')?.text).toBe('goal due 30 Nov, 1 day overdue');
    expect(overdueGoal(goal('2025-12-20'), '2026-01-05')?.text).toBe('goal due 20 Dec 2025, 2 weeks overdue');
  });

  it('is not overdue on its due day, once met, when no longer Active, or without a due date', () => {
    expect(overdueGoal(goal('2026-12-01'), '2026-12-01')).toBeNull();
    expect(overdueGoal(goal('2026-11-03'), '2026-12-01', true)).toBeNull();
    expect(overdueGoal(goal('2026-11-03', 'Met'), '2026-12-01')).toBeNull();
    expect(overdueGoal(goal(''), '2026-12-01')).toBeNull();
    expect(overdueGoal(null, '2026-12-01')).toBeNull();
  });
});

describe('an overdue goal, for a Dutch coordinator', () => {
  it('a goal due 3 Nov that is still Active on 1 Dec is 4 weeks overdue, in Dutch', () => {
    expect(overdueGoal(goal('2026-11-03'), '2026-12-01', false, 'nl')?.text).toBe('doel moest af zijn op 3 nov., 4 weken te laat');
    expect(overdueGoal(goal('2026-11-30'), '2026-12-01', false, 'nl')?.text).toBe('doel moest af zijn op 30 nov., 1 dag te laat');
    expect(overdueGoal(goal('2025-12-20'), '2026-01-05', false, 'nl')?.text).toBe('doel moest af zijn op 20 dec. 2025, 2 weken te laat');
  });
});
