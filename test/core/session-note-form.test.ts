import { blankSessionNote, checkSessionNote, type SessionNoteForm, sessionNoteRows } from '../../src/core/session-note-form';

const aNote = (overrides: Partial<SessionNoteForm> = {}): SessionNoteForm => ({
  ...blankSessionNote('00101', '2026-10-05'),
  startTime: '15:30',
  endTime: '16:15',
  objective: 'Solve two-step equations',
  ...overrides,
});

describe('session-note-form', () => {
  describe('checkSessionNote', () => {
    it('accepts a complete note with two check-offs', () => {
      const checked = checkSessionNote(
        aNote({
          checkOffs: [
            { stepId: 'S1', done: true },
            { stepId: 'S2', done: false },
          ],
          followThrough: 'Partly',
          followThroughWhy: 'Missed Wednesday',
        }),
      );
      expect(checked.ok).toBe(true);
    });

    it('keeps user text that starts like a formula as plain text (the sheet writer quotes it)', () => {
      const checked = checkSessionNote(
        aNote({ objective: '=IMPORTXML("http://evil")', studentShared: '+1 on the quiz', questionsForTeacher: '@Ms Rivera?' }),
      );
      expect(checked.ok && checked.value.objective).toBe('=IMPORTXML("http://evil")');
    });

    it("puts each bad field's message beside that field and nothing else", () => {
      const checked = checkSessionNote(aNote({ date: '2026-02-30', objective: '  ', endTime: '15:00', degreeAccomplished: 7 }));
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(Object.keys(checked.errors).sort()).toEqual(['date', 'degreeAccomplished', 'endTime', 'objective']);
      expect(checked.errors.date).toBe('Date is not a real date.');
      expect(checked.errors.objective).toBe('Objective is required.');
      expect(checked.errors.degreeAccomplished).toMatch(/1 to 4/);
    });

    it('rejects an end time before the start time once the other fields are valid', () => {
      const checked = checkSessionNote(aNote({ endTime: '15:00' }));
      expect(checked).toEqual({ ok: false, errors: { endTime: 'End time must be after the start time.' } });
    });

    it('rejects times that are not HH:mm', () => {
      const checked = checkSessionNote(aNote({ startTime: '3pm' }));
      expect(checked.ok || checked.errors.startTime).toBe('Start time must be a time like 15:30.');
    });

    it('asks why when the action plan was only partly followed', () => {
      const checked = checkSessionNote(aNote({ followThrough: 'No' }));
      expect(checked.ok || checked.errors.followThroughWhy).toMatch(/Say why/);
    });

    it('rejects "on time" for a student who did not attend', () => {
      const checked = checkSessionNote(aNote({ attended: false, onTime: true }));
      expect(checked.ok || checked.errors.onTime).toMatch(/did not attend/);
    });

    it('rejects the same step checked off twice, and a choice outside the list', () => {
      const twice = checkSessionNote(
        aNote({
          checkOffs: [
            { stepId: 'S1', done: true },
            { stepId: 'S1', done: false },
          ],
        }),
      );
      expect(twice.ok || twice.errors.checkOffs).toMatch(/once per note/);
      const odd = checkSessionNote({ ...aNote(), focusMotivation: 'Sky-high' });
      expect(odd.ok || odd.errors.focusMotivation).toBe('Choose High, Medium or Low.');
    });

    it('rejects what no form would send: a missing student, a huge text, a non-object', () => {
      expect(checkSessionNote(aNote({ studentId: '' })).ok || 'x').toBe('x');
      const long = checkSessionNote(aNote({ engagement: 'x'.repeat(5001) }));
      expect(long.ok || long.errors.engagement).toMatch(/too long/);
      expect(checkSessionNote('nope').ok).toBe(false);
    });
  });

  describe('sessionNoteRows', () => {
    it('makes one Session Notes row and one check-off row per step, tied by note id', () => {
      const checked = checkSessionNote(aNote({ checkOffs: [{ stepId: 'S1', done: true }] }));
      if (!checked.ok) throw new Error('invalid');
      const rows = sessionNoteRows(checked.value, 'N-1', 'tutor.ana@school.example');
      expect(rows.note).toMatchObject({
        noteId: 'N-1',
        tutorEmail: 'tutor.ana@school.example',
        studentId: '00101',
        objective: 'Solve two-step equations',
      });
      expect(rows.note).not.toHaveProperty('checkOffs');
      expect(rows.checkOffs).toEqual([
        { date: '2026-10-05', stepId: 'S1', studentId: '00101', tutorEmail: 'tutor.ana@school.example', done: true, noteId: 'N-1' },
      ]);
    });
  });

  describe('save key', () => {
    it('a form carries the key the sidebar made when it opened; a key that is not one the sidebar makes is refused', () => {
      const form = { ...blankSessionNote('00101', '2026-10-05', 'abcdef0123456789abcdef0123456789'), objective: 'Ratios' };
      const checked = checkSessionNote(form);
      expect(checked.ok && checked.value.saveKey).toBe('abcdef0123456789abcdef0123456789');
      expect(checkSessionNote({ ...form, saveKey: 'N-1; =HYPERLINK()' })).toMatchObject({
        ok: false,
        errors: { saveKey: 'The form lost its save key: reload the sidebar.' },
      });
      // The key names the note, not a column of it.
      const check = checkSessionNote(form);
      if (!check.ok) throw new Error('invalid');
      expect(sessionNoteRows(check.value, 'N-x', 't@school.example').note).not.toHaveProperty('saveKey');
    });
  });
});

describe('the session note checked for a Dutch tutor', () => {
  it('names each bad field in Dutch, all together', () => {
    const form = { ...blankSessionNote('00101', '2026-10-12'), objective: '', startTime: '16:00', endTime: '15:00', followThrough: 'No' as const };
    expect(checkSessionNote(form, 'nl')).toEqual({
      ok: false,
      errors: {
        objective: 'Doel van de sessie is verplicht.',
        endTime: 'De eindtijd moet na de begintijd liggen.',
        followThroughWhy: 'Schrijf op waarom het actieplan maar deels of niet is uitgevoerd.',
      },
    });
  });

  it('a field of the wrong kind is named in Dutch too', () => {
    const form = { ...blankSessionNote('00101', '2026-10-12'), objective: 'Breuken', rationale: 42 };
    expect(checkSessionNote(form, 'nl')).toEqual({ ok: false, errors: { rationale: 'Waarom dit doel: vul hier tekst in.' } });
  });
});
