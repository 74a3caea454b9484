// Page parts: the tutor sidebar's Conference tab is its own script (dist/part-conference.html), left out of the sidebar
// and served by getPagePart from the built bundle when the tab first opens; it uses the sidebar's preact.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_PARTS } from '../../src/core/page-parts';
import { DIST, loadBundle } from '../support/bundle';
import { ALGEBRA, createProgram, TUTOR_ANA } from '../support/program';

type Callable = (...args: unknown[]) => unknown;
const ROOT = join(__dirname, '..', '..');

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore' });
});

/** The names of `module` listed in a `'module': [...]` or `'module': { ... }` entry of a source file's shared list. */
function sharedNames(source: string, list: string): Record<string, string[]> {
  const body = source.slice(source.indexOf(list));
  const block = body.slice(0, body.indexOf('};') + 1);
  const out: Record<string, string[]> = {};
  for (const m of block.matchAll(/'?([\w/-]+)'?: [[{]([^\]}]*)[\]}]/g)) {
    out[m[1]] = m[2]
      .split(',')
      .map((n) => n.trim().replace(/'/g, ''))
      .filter(Boolean)
      .sort();
  }
  return out;
}

describe('page parts', () => {
  const program = createProgram();
  afterAll(() => program.close());
  const app = loadBundle(program.world);

  it('every part in src/ui/parts is built and listed in core/page-parts', () => {
    const sources = readdirSync(join(ROOT, 'src', 'ui', 'parts')).map((f) => f.replace(/\.tsx?$/, ''));
    expect(sources.sort()).toEqual([...PAGE_PARTS].sort());
    for (const name of PAGE_PARTS) expect(existsSync(join(DIST, `part-${name}.html`))).toBe(true);
  });

  it('the sidebar no longer carries the conference form; its part does', () => {
    const sidebar = readFileSync(join(DIST, 'TutorSidebar.html'), 'utf8');
    const part = readFileSync(join(DIST, 'part-conference.html'), 'utf8');
    expect(sidebar).not.toContain('tutorSaveConference');
    expect(part).toContain('tutorSaveConference');
    expect(part).toContain('window.__ttParts');
  });

  it('a tutor opening the Conference tab gets its script from the bundle in one HtmlService read', () => {
    program.world.counter.reset();
    const script = program.inTeam(ALGEBRA, TUTOR_ANA, () => (app.getPagePart as Callable)('conference'));
    expect(script).toBe(readFileSync(join(DIST, 'part-conference.html'), 'utf8'));
    expect(program.world.counter.count('HtmlService.createHtmlOutputFromFile')).toBe(1);
  });

  it('refuses a part name the build does not make, and a caller with no role in the workbook', () => {
    expect(() => program.inTeam(ALGEBRA, TUTOR_ANA, () => (app.getPagePart as Callable)('../Code'))).toThrow(/no page part/);
    // Given edit access to the team workbook by mistake, but on no Roster row: no role, no part.
    const outsider = 'outsider@school.example';
    program.world.state.drive[program.teamWorkbookId(ALGEBRA)].permissions.push({
      id: 'p-out',
      type: 'user',
      emailAddress: outsider,
      role: 'writer',
    });
    expect(() => program.inTeam(ALGEBRA, outsider, () => (app.getPagePart as Callable)('conference'))).toThrow(/^Only /);
  });

  it('the page shares with its parts exactly the preact names the build lets a part import', () => {
    const build = sharedNames(readFileSync(join(ROOT, 'scripts', 'build.js'), 'utf8'), 'const PART_SHARED = {');
    const loader = sharedNames(readFileSync(join(ROOT, 'src', 'ui', 'part-loader.tsx'), 'utf8'), 'const SHARED = {');
    expect(Object.keys(build).length).toBe(3);
    expect(loader).toEqual(build);
  });
});
