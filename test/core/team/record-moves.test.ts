import { QUESTIONS_TABLE } from '../../../src/core/drive-tables';
import { CHECK_OFFS_TABLE, SESSION_NOTES_TABLE } from '../../../src/core/tables';
import { deletionRuns, planTableMove, recordIdentity, studentIdSet } from '../../../src/core/team/record-moves';

const note = (noteId: string, studentId: string) => ({ noteId, studentId, date: '2026-09-21', objective: 'Ratios' });

describe('core/team/record-moves', () => {
  describe('planTableMove', () => {
    it('a first move appends and deletes every row of the students, and no other', () => {
      const source = [note('N-1', '00104'), note('N-2', '00101'), note('N-3', '00104')].map((record, i) => ({ row: i + 2, record }));
      const plan = planTableMove(SESSION_NOTES_TABLE, source, [], studentIdSet(['00104']));
      expect(plan.append.map((r) => r.record.noteId)).toEqual(['N-1', 'N-3']);
      expect(plan.deleteRows).toEqual([2, 4]);
      expect(plan.held).toBe(2);
    });

    it('a retry after the append skips the rows already copied but still deletes them', () => {
      const source = [note('N-1', '00104'), note('N-3', '00104')].map((record, i) => ({ row: i + 2, record }));
      const plan = planTableMove(SESSION_NOTES_TABLE, source, [note('N-1', '00104'), note('N-3', '00104')], studentIdSet(['00104']));
      expect(plan.append).toEqual([]);
      expect(plan.deleteRows).toEqual([2, 3]);
      expect(plan.held).toBe(2);
    });

    it('two identical hand-typed check-offs stay two, and a retry adds only the missing one', () => {
      const row = { date: '2026-09-21', stepId: '', studentId: '00104', tutorEmail: '', done: true, noteId: '' };
      const source = [row, row].map((record, i) => ({ row: i + 2, record }));
      expect(planTableMove(CHECK_OFFS_TABLE, source, [], studentIdSet(['00104'])).append).toHaveLength(2);
      expect(planTableMove(CHECK_OFFS_TABLE, source, [row], studentIdSet(['00104'])).append).toHaveLength(1);
    });

    it('rewrites fields of the copies without changing what identifies them', () => {
      const source = [{ row: 2, record: { messageId: 'Q-1', studentId: '00104', team: 'Algebra' } }];
      const plan = planTableMove(QUESTIONS_TABLE, source, [], studentIdSet([' 00104 ']), { team: 'Biology' });
      expect(plan.append[0].record.team).toBe('Biology');
    });
  });

  it('identifies a check-off by its step, date and note; a row without ids by its content', () => {
    const a = { date: '2026-09-21', stepId: 'S-1', studentId: '1', noteId: 'N-1', done: true };
    expect(recordIdentity(CHECK_OFFS_TABLE, a)).toBe(recordIdentity(CHECK_OFFS_TABLE, { ...a, done: false }));
    expect(recordIdentity(CHECK_OFFS_TABLE, { ...a, stepId: '', noteId: '', date: '' })).toMatch(/^row:/);
  });

  it('groups rows to delete into runs, bottom first', () => {
    expect(deletionRuns([2, 3, 4, 9, 11, 12])).toEqual([
      { start: 11, count: 2 },
      { start: 9, count: 1 },
      { start: 2, count: 3 },
    ]);
  });
});
