// A Dutch coordinator's weekly preparation: what the server says back (field errors, the refusal) is in Dutch.

import { setUserLocale } from '../../fakes/script/session';
import { saveTeacherUpdates } from '../../src/server/weekly';
import { COORDINATOR } from '../support/program';
import { createWeeklyProgram, type WeeklyProgram } from './support';

describe('weekly preparation for a Dutch coordinator', () => {
  let p: WeeklyProgram;
  afterEach(() => p.close());

  it('names an unknown team and a missing choice in Dutch', () => {
    p = createWeeklyProgram();
    setUserLocale(p.world, COORDINATOR, 'nl');
    const result = p.run(() => saveTeacherUpdates({ mode: 'Sometimes', teams: ['Chemistry - Period 9'], privacy: 'Summary' }));
    expect(result).toEqual({
      ok: false,
      message: 'Verbeter de gemarkeerde velden.',
      errors: {
        mode: 'Updates voor docenten: kies Uit, Wekelijks of Na elke sessie.',
        teams: 'Teams: Chemistry - Period 9 is geen team op niveau 3 van dit programma.',
      },
    });
  });
});
