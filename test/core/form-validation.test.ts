import { checkForm, isoDate, requiredText } from '../../src/core/form-validation';
import { checkSetupForm } from '../../src/core/setup-form';
import * as v from '../../src/core/validation/schema';

const SETUP = {
  programName: 'Northside',
  tier: '2',
  setting: 'In-School',
  takeUp: 'Mandatory',
  dosage: '3',
  ratio: '1:1',
  termStart: '2026-09-07',
  termEnd: '2027-01-29',
  coordinators: '',
};

describe('a form with several bad fields', () => {
  it('reports the term dates in the wrong order together with a blank name and a bad dosage', () => {
    const checked = checkSetupForm({ ...SETUP, programName: '  ', dosage: '0', termEnd: '2026-09-01' });
    expect(checked).toEqual({
      ok: false,
      errors: {
        programName: 'Program name is required.',
        dosage: 'Dosage is the number of sessions per week: a whole number from 1 to 10.',
        termEnd: 'Term end must be after term start.',
      },
    });
  });

  it('runs a check of two fields while a third one is blank, and skips it while one of its own fields is bad', () => {
    const schema = v.pipe(
      v.object({ name: requiredText('Name'), from: isoDate('From'), to: isoDate('To') }),
      v.forward(
        v.partialCheck([['from'], ['to']], (f: { name: string; from: string; to: string }) => f.to > f.from, 'To must be after From.'),
        ['to'],
      ),
    );
    expect(checkForm(schema, { name: '', from: '2026-09-07', to: '2026-09-01' })).toEqual({
      ok: false,
      errors: { name: 'Name is required.', to: 'To must be after From.' },
    });
    expect(checkForm(schema, { name: '', from: 'soon', to: '2026-09-01' })).toEqual({
      ok: false,
      errors: { name: 'Name is required.', from: 'From must be a date (YYYY-MM-DD).' },
    });
  });

  it('a good form passes whole', () => {
    expect(checkSetupForm(SETUP)).toMatchObject({ ok: true, value: { programName: 'Northside', tier: 2 } });
  });
});
