// Template texts ship as data files beside the pages (dist/data-*.html), not in Code.js: the bundle reads each one once,
// through HtmlService, only when a document or preview needs it, and gives the same result as the sources.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOAL_SETTING_CONFERENCE } from '../../src/core/templates/goal-setting-conference';
import type { TemplateId } from '../../src/core/templates/model';
import { itemKey } from '../../src/core/templates/program-templates';
import { previewTemplate } from '../../src/server/templates';
import { DIST, loadBundle } from '../support/bundle';
import { ALGEBRA, createProgram, TUTOR_ANA } from '../support/program';

type Callable = (...args: unknown[]) => unknown;

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'ignore' });
});

const DATA_TEMPLATES: TemplateId[] = ['goal-setting-conference', 'mentoring-session-plan', 'tutor-coaching', 'peer-coaching-programme'];
const PURPOSE = 'One-on-one goal setting conferences between tutors and students empower each student';

describe('template texts as data files', () => {
  const program = createProgram({ tier: 3 });
  afterAll(() => program.close());
  const app = loadBundle(program.world);
  const asTutor = <T>(fn: () => T) => program.inTeam(ALGEBRA, TUTOR_ANA, fn);

  it('Code.js holds no template text; its data file holds it, as JSON with no markup', () => {
    expect(readFileSync(join(DIST, 'Code.js'), 'utf8')).not.toContain(PURPOSE);
    const file = readFileSync(join(DIST, 'data-goal-setting-conference.html'), 'utf8');
    expect(file).not.toContain('<');
    expect(JSON.parse(file).GOAL_SETTING_CONFERENCE.blocks).toEqual(GOAL_SETTING_CONFERENCE.blocks);
  });

  // Merge values hold the peer-coaching programme's phase dates for every template, so its file is read too.
  it.each(DATA_TEMPLATES)('a tutor previews %s from the bundle: the same fields as the sources, each file read once', (templateId) => {
    const request = { templateId, subjectKey: 'student:00101', date: '2026-09-14' };
    const fromSources = asTutor(() => previewTemplate(request as never));
    const fresh = loadBundle(program.world);
    program.world.counter.reset();
    const fromBundle = asTutor(() => (fresh.previewTemplate as Callable)(request));
    expect(fromBundle).toEqual(fromSources);
    expect(program.world.counter.count('HtmlService.createHtmlOutputFromFile')).toBe(templateId === 'peer-coaching-programme' ? 1 : 2);
    // Read once per load of the bundle (in Apps Script, once per execution): a second preview reads nothing.
    program.world.counter.reset();
    asTutor(() => (fresh.previewTemplate as Callable)(request));
    expect(program.world.counter.count('HtmlService.createHtmlOutputFromFile')).toBe(0);
  });

  // The weekly agenda's teacher prompts (src/core/weekly/agenda.ts) come from this template's module, a data file too.
  it('a tutor previews the Tier 3 weekly meeting agenda from the bundle: the same fields as the sources, its file read once', () => {
    const request = { templateId: 'tier3-weekly-meeting', subjectKey: itemKey('team', ALGEBRA), date: '2026-09-14' };
    const fromSources = asTutor(() => previewTemplate(request as never));
    const fresh = loadBundle(program.world);
    program.world.counter.reset();
    const fromBundle = asTutor(() => (fresh.previewTemplate as Callable)(request));
    expect(fromBundle).toEqual(fromSources);
    // Its own file and the peer-coaching programme's (its phase dates are merge values of every template).
    expect(program.world.counter.count('HtmlService.createHtmlOutputFromFile')).toBe(2);
    expect(readFileSync(join(DIST, 'Code.js'), 'utf8')).not.toContain('Stretch questions for students who have mastered the topic');
  });

  it('the template list (ids, titles, summaries) needs no data file', () => {
    program.world.counter.reset();
    const state = asTutor(() => (app.getTemplateSidebar as Callable)()) as { templates?: { id: string }[] };
    expect(JSON.stringify(state)).toContain('goal-setting-conference');
    expect(program.world.counter.count('HtmlService.createHtmlOutputFromFile')).toBe(0);
  });
});
