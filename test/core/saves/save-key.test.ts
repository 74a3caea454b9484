import { idsOf, SAVE_KEY_RE, saveKeyFrom, statusOf, traceOf } from '../../../src/core/saves/save-key';
import { SAVE_SHEETS } from '../../../src/workspace/student-rows';

describe('core/saves/save-key', () => {
  const key = saveKeyFrom(Array.from({ length: 16 }, (_, i) => i * 17));

  it('makes a 32-character key from 16 random bytes, safe inside a TextFinder search', () => {
    expect(key).toBe('00112233445566778899aabbccddeeff');
    expect(SAVE_KEY_RE.test(key)).toBe(true);
  });

  it('reads a half-written note (check-offs, no note row) as not landed, and the note row as landed', () => {
    const ids = idsOf(key);
    const half = traceOf(
      key,
      [
        { sheet: SAVE_SHEETS.checkOffs, row: 8, value: ids.noteId },
        { sheet: SAVE_SHEETS.checkOffs, row: 7, value: ids.noteId },
        // A question about this note quotes its id: not a row of the save.
        { sheet: SAVE_SHEETS.questions, row: 3, value: ids.noteId },
      ],
      SAVE_SHEETS,
    );
    expect(half.rows).toEqual({ [SAVE_SHEETS.checkOffs]: [7, 8] });
    expect(statusOf(half, SAVE_SHEETS)).toEqual({ key, landed: false, kind: null });
    const whole = traceOf(key, [{ sheet: SAVE_SHEETS.notes, row: 4, value: ids.noteId }], SAVE_SHEETS);
    expect(statusOf(whole, SAVE_SHEETS)).toEqual({ key, landed: true, kind: 'note' });
  });

  it("counts a conference's step rows once each (their step id and goal id both hold the key), and lands on the goal row", () => {
    const ids = idsOf(key);
    const hits = [
      { sheet: SAVE_SHEETS.steps, row: 5, value: ids.stepId(0) },
      { sheet: SAVE_SHEETS.steps, row: 5, value: ids.goalId },
      { sheet: SAVE_SHEETS.steps, row: 6, value: ids.stepId(1) },
      { sheet: SAVE_SHEETS.steps, row: 6, value: ids.goalId },
      { sheet: SAVE_SHEETS.conferences, row: 2, value: ids.conferenceId },
      { sheet: SAVE_SHEETS.conferences, row: 2, value: ids.goalId },
    ];
    expect(traceOf(key, hits, SAVE_SHEETS).rows).toEqual({ [SAVE_SHEETS.steps]: [5, 6], [SAVE_SHEETS.conferences]: [2] });
    expect(statusOf(traceOf(key, hits, SAVE_SHEETS), SAVE_SHEETS).landed).toBe(false);
    const landed = traceOf(key, [...hits, { sheet: SAVE_SHEETS.goals, row: 9, value: ids.goalId }], SAVE_SHEETS);
    expect(statusOf(landed, SAVE_SHEETS)).toEqual({ key, landed: true, kind: 'conference' });
  });
});
