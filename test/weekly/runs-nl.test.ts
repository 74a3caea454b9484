// A Dutch coordinator's weekly run writes its Runs lines in Dutch: the row is written once, in the language of whoever
// ran it, and every coordinator reads it as written. Status values and headers stay English (the sheet's schema).

import { setUserLocale } from '../../fakes/script/session';
import { doneText, remainingText } from '../../src/core/weekly/runs';
import { getWeeklyState, prepareWeekNow } from '../../src/server/weekly';
import { useSimulatedTime } from '../support/clock';
import { ALGEBRA, BIOLOGY, COORDINATOR } from '../support/program';
import { createWeeklyProgram, type WeeklyProgram } from './support';

const WEDNESDAY = Date.UTC(2026, 8, 16, 16, 0, 0);

describe('the Runs sheet for a Dutch coordinator', () => {
  let p: WeeklyProgram | undefined;
  afterEach(() => {
    p?.close();
    jest.useRealTimers();
  });

  it('a Dutch coordinator prepares the week: the Done and Failed lines are Dutch, the status stays English', () => {
    const program = createWeeklyProgram({ clock: useSimulatedTime(WEDNESDAY) });
    p = program;
    setUserLocale(program.world, COORDINATOR, 'nl');
    program.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Drive Folders');
      const values = sheet?.getDataRange().getValues() ?? [];
      const row = values.findIndex((r) => r.join(' ').includes(`${BIOLOGY} / Weekly Meetings`));
      sheet?.getRange(row + 1, 1, 1, values[0].length).clearContent();
    });
    expect(program.run(() => prepareWeekNow()).progress.finished).toBe(true);
    const [run] = program.run(() => getWeeklyState()).runs;
    expect(run.status).toBe('Done with failures');
    expect(run.done).toMatch(new RegExp(`^${ALGEBRA}: agenda gemaakt \\(https://docs\\.google\\.com/document/d/`));
    expect(run.failed).toBe(`${BIOLOGY}: geen map Weekly Meetings: kies Drive-mappen klaarzetten (niveau 3 maakt er één per team).`);
  });

  it('the lines are said in the language of the run, not of whoever reads them later', () => {
    const outcome = {
      team: ALGEBRA,
      agenda: 'updated' as const,
      agendaUrl: '',
      mailSent: 2,
      mailWaiting: [{ to: 'teacher@school.nl', reason: 'daily mail quota reached' }],
    };
    expect(doneText([outcome], 'nl')).toBe(`${ALGEBRA}: agenda bijgewerkt; 2 updates voor de docent verstuurd`);
    expect(doneText([outcome], 'en')).toBe(`${ALGEBRA}: agenda updated; 2 teacher updates sent`);
    expect(remainingText([BIOLOGY], [outcome], 'nl')).toBe(
      `Nog te doen: ${BIOLOGY}\n${ALGEBRA}: update voor de docent aan teacher@school.nl wacht (dagelijkse maillimiet bereikt)`,
    );
  });
});
