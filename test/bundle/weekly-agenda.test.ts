// The prepared weekly agenda asks the Tier 3 teacher prompts, which ship in a data file (dist/data-tier3-weekly-meeting.html):
// "Prepare this week now" from the bundle writes the same agenda as the sources, reading that file once (and the English
// messages' file once).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TIER3_TEACHER_PROMPTS } from '../../src/core/templates/tier3-weekly-meeting';
import { prepareWeekNow } from '../../src/server/weekly';
import { DIST, loadBundle } from '../support/bundle';
import { ALGEBRA, TUTOR_ANA } from '../support/program';
import { agendasIn, createWeeklyProgram, logNotes, type WeeklyProgram } from '../weekly/support';

type Callable = (...args: unknown[]) => unknown;

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'ignore' });
});

// Real time for both runs: the bundle's vm context has its own Date, which jest's fake timers do not reach.
function preparedAgenda(run: (p: WeeklyProgram) => void): { text: string; htmlReads: number } {
  const p = createWeeklyProgram({ teams: [ALGEBRA] });
  try {
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    logNotes(p, ALGEBRA, [{ studentId: '00101', date: twoDaysAgo, tutorEmail: TUTOR_ANA, objective: 'Fractions' }]);
    p.world.counter.reset();
    run(p);
    const htmlReads = p.world.counter.count('HtmlService.createHtmlOutputFromFile');
    const [agenda] = agendasIn(p, ALGEBRA);
    return { text: agenda.text, htmlReads };
  } finally {
    p.close();
  }
}

describe('the weekly agenda from the bundle', () => {
  it('a coordinator prepares this week from the bundle: the agenda of the sources, with the teacher prompts', () => {
    const fromSources = preparedAgenda((p) => p.run(() => prepareWeekNow()));
    const fromBundle = preparedAgenda((p) => {
      const app = loadBundle(p.world);
      p.run(() => (app.prepareWeekNow as Callable)());
    });
    expect(fromSources.text).toContain(TIER3_TEACHER_PROMPTS.expertise[2]);
    expect(fromBundle.text).toBe(fromSources.text);
    // The prompts' file and the weekly preparation's English messages (data-i18n-en, read once: test/bundle/i18n-en).
    expect(fromBundle.htmlReads).toBe(2);
  });
});
