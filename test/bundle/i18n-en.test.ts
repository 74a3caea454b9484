// The English half of the catalogs only rarely-run actions say (LAZY_ENGLISH in scripts/build.js) ships as one data
// file beside the pages (dist/data-i18n-en.html): an access report or a weekly preparation reads it once per execution;
// the hot paths (menus, the tutor sidebar's roster, glance, saves, questions) read no data file in English.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGlobals, distHtmlLoader } from '../../fakes';
import { setDriveScope } from '../../fakes/drive';
import { setUserLocale } from '../../fakes/script/session';
import type { FakeWorld } from '../../fakes/world';
import { parseCsv } from '../../src/core/csv';
import { ACCESS_REPORT_TABLE } from '../../src/core/drive-tables';
import type { Catalog } from '../../src/core/i18n/catalog';
import { accessReportText } from '../../src/core/i18n/messages/access-report';
import * as server from '../../src/main';
import { onOpen } from '../../src/server/lifecycle';
import { startProvisionJob } from '../../src/workspace/drive-provision';
import { runChunk } from '../../src/workspace/job-runner';
import { readTable, requireSheet } from '../../src/workspace/table-store';
import { conferenceForm, keyOf, noteForm } from '../reliability/forms';
import { DIST } from '../support/bundle';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN } from '../support/program';
import { agendasIn, createWeeklyProgram, logNotes } from '../weekly/support';

type Callable = (...args: unknown[]) => unknown;

// gas-local ships no typings.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require('gas-local') as { require(folder: string, globals: object): Record<string, unknown> };

const MESSAGES = join(__dirname, '..', '..', 'src', 'core', 'i18n', 'messages');
const EN_FILE = 'data-i18n-en';
const NL_FILE = 'data-i18n-nl';
const MAYA = '00101';

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'ignore' });
});

/** Every catalog the messages folder declares, read from the sources. */
function sourceCatalogs(): Catalog<Record<string, string>>[] {
  return readdirSync(MESSAGES)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => Object.values(require(join(MESSAGES, f)) as Record<string, unknown>))
    .filter((v): v is Catalog<Record<string, string>> => typeof v === 'object' && v !== null && 'en' in v && 'nl' in v && 't' in v);
}

/** A fresh load of the bundle from `dir` (one Apps Script execution's global scope), and the project files it reads. */
function freshBundle(world: FakeWorld, dir = DIST): { app: Record<string, Callable>; reads: string[] } {
  const reads: string[] = [];
  const files = distHtmlLoader(dir);
  const html = (name: string) => {
    reads.push(name);
    return files(name);
  };
  const quiet = { log: () => {}, info: () => {}, warn: () => {}, error: () => {} } as unknown as Console;
  return { app: gasLocal.require(dir, { ...createGlobals(world, { html, console: quiet }) }) as Record<string, Callable>, reads };
}

/** A value of the bundle's realm as plain data of this one, so toEqual compares contents only. */
const plain = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** The refusal an action throws (the bundle's errors are of its own realm), or '' when it runs. */
function refusalOf(run: () => unknown): string {
  try {
    run();
    return '';
  } catch (error) {
    return String((error as { message?: unknown }).message ?? error);
  }
}

let keys = 0;
const aKey = () => keyOf('e', ++keys);

describe('English messages of rarely-run actions as one data file', () => {
  it('Code.js holds none of the English the data file holds; the file holds catalogs as the sources have them, in JSON with no markup', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const file = readFileSync(join(DIST, `${EN_FILE}.html`), 'utf8');
    expect(file).not.toContain('<');
    const shipped = Object.values(JSON.parse(file) as Record<string, Record<string, string>>);
    expect(shipped.length).toBeGreaterThanOrEqual(5);
    const catalogs = sourceCatalogs();
    const fromSources = catalogs.map((c) => JSON.stringify(c.en));
    for (const en of shipped) expect(fromSources).toContain(JSON.stringify(en));
    // Messages an inline catalog also holds may stay in Code.js (that catalog's copy), and so may a message that is its
    // own key (a value the code itself uses, e.g. a run's 'daily mail quota reached'); every other long one is gone.
    const shippedJson = new Set(shipped.map((en) => JSON.stringify(en)));
    const inline = new Set(catalogs.filter((c) => !shippedJson.has(JSON.stringify(c.en))).flatMap((c) => Object.values(c.en)));
    const moved = shipped
      .flatMap((en) => Object.entries(en))
      .filter(([key, m]) => m !== key && m.length >= 24 && !inline.has(m))
      .map(([, m]) => m);
    expect(moved.length).toBeGreaterThan(40);
    expect(moved.filter((m) => code.includes(JSON.stringify(m).slice(1, -1)))).toEqual([]);
    // The Access Report's catalog, a rarely-run job's, is among them.
    expect(shippedJson).toContain(JSON.stringify(accessReportText.en));
  });

  describe('the hot paths in English', () => {
    let program: Program;
    beforeAll(() => {
      program = createProgram();
    });
    afterAll(() => program.close());
    const sources: Record<string, Callable> = { ...(server as unknown as Record<string, Callable>), onOpen: onOpen as Callable };

    const MENUS = [
      { who: 'a coordinator', user: COORDINATOR, team: false },
      { who: 'a tutor', user: TUTOR_ANA, team: true },
    ].flatMap((person) => (['NONE', 'LIMITED', 'FULL'] as const).map((authMode) => ({ ...person, authMode })));

    it.each(MENUS)('$who opens a workbook in AuthMode.$authMode from the bundle: the menu of the sources, no data file read', (m) => {
      const where = { host: 'sheets', spreadsheetId: m.team ? program.teamWorkbookId(ALGEBRA) : program.masterId, authMode: m.authMode } as const;
      const menuOf = (call: () => unknown) => {
        program.world.state.ui.menus = [];
        const refused = refusalOf(() => program.world.run({ user: m.user, ...where }, call));
        return { refused, menu: plain(program.world.state.ui.menus.at(-1)?.items ?? []) };
      };
      const expected = menuOf(() => sources.onOpen({ authMode: m.authMode }));
      const { app, reads } = freshBundle(program.world);
      const fromBundle = menuOf(() => app.onOpen({ authMode: m.authMode }));
      expect(fromBundle).toEqual(expected);
      expect(JSON.stringify(fromBundle)).toMatch(/Open tutor sidebar/);
      expect(reads).toEqual([]);
      expect(program.world.counter.count('HtmlService.createHtmlOutputFromFile')).toBe(0);
    });

    const READS = [
      { what: 'loads the sidebar roster', call: 'tutorRoster', args: () => [] },
      { what: 'glances at a student', call: 'tutorStudentGlance', args: () => [MAYA] },
      { what: 'lists questions', call: 'listQuestions', args: () => [MAYA] },
    ];
    it.each(READS)('a tutor $what from the bundle: what the sources return, no data file read', (action) => {
      const run = (fn: Callable) => plain(program.inTeam(ALGEBRA, TUTOR_ANA, () => fn(...action.args())));
      const expected = run(sources[action.call]);
      program.world.counter.reset();
      const { app, reads } = freshBundle(program.world);
      expect(run(app[action.call])).toEqual(expected);
      expect(reads).toEqual([]);
      expect(program.world.counter.count('HtmlService.createHtmlOutputFromFile')).toBe(0);
    });

    const SAVES = [
      { what: 'saves a session note', call: 'tutorSaveSessionNote', form: () => noteForm(MAYA, aKey()) },
      { what: 'saves a goal-setting conference', call: 'tutorSaveConference', form: () => conferenceForm(MAYA, aKey()) },
      { what: 'asks a question', call: 'askQuestion', form: () => ({ studentId: MAYA, about: '', text: 'Which method will be on the test?' }) },
    ];
    it.each(SAVES)('a tutor $what from the bundle: saved, no data file read', (action) => {
      program.world.counter.reset();
      const { app, reads } = freshBundle(program.world);
      const saved = program.inTeam(ALGEBRA, TUTOR_ANA, () => app[action.call](action.form())) as { ok?: boolean };
      expect(plain(saved)).toMatchObject({ ok: true });
      expect(reads).toEqual([]);
      expect(program.world.counter.count('HtmlService.createHtmlOutputFromFile')).toBe(0);
    });
  });

  describe('rarely-run actions in English', () => {
    /** Tier 2 with Drive provisioned (by the sources), and one grant off the plan so the report lists a difference. */
    function provisioned(): Program {
      const p = createProgram({ tier: 2 });
      setDriveScope(p.world, 'drive.file');
      const started = p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
      let progress = started;
      while (!progress.finished) progress = p.run(() => runChunk(started.jobId));
      const data = Object.values(p.world.state.drive).find(
        (i) => i.appProperties.ttKind === 'studentData' && p.world.state.drive[i.parents[0]]?.name === ALGEBRA,
      );
      data?.permissions.push({ id: 'perm-tutor.ben@school.example', type: 'user', emailAddress: TUTOR_BEN, role: 'reader' });
      return p;
    }

    /** The Access Report sheet and the toast one run leaves, and the project files that run read. */
    function accessReport(run: (p: Program) => void, dir?: string): { rows: unknown; toast: unknown; reads: string[] } {
      const p = provisioned();
      try {
        let reads: string[] = [];
        if (dir === undefined) run(p);
        else {
          const bundle = freshBundle(p.world, dir);
          reads = bundle.reads;
          p.run(() => bundle.app.menuAccessReport());
        }
        const rows = p.run(() =>
          readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ACCESS_REPORT_TABLE), ACCESS_REPORT_TABLE).rows.map((r) => r.record),
        );
        return { rows: plain(rows), toast: plain(p.world.state.ui.toasts.at(-1)), reads };
      } finally {
        p.close();
      }
    }

    it('a coordinator runs the access report from the bundle: the sheet and toast of the sources, the English file read once', () => {
      const expected = accessReport((p) => p.run(() => server.menuAccessReport()));
      const fromBundle = accessReport(() => {}, DIST);
      expect(JSON.stringify(expected.rows)).toContain(accessReportText.en.summary);
      expect(fromBundle.rows).toEqual(expected.rows);
      expect(fromBundle.toast).toEqual(expected.toast);
      // The sheet's header notes and the folders' descriptions are data files of their own (test/bundle/table-notes).
      expect(fromBundle.reads.filter((r) => r.startsWith('data-i18n'))).toEqual([EN_FILE]);
    });

    it('a coordinator prepares this week from the bundle: the agenda and the reply of the sources, the English file read once', () => {
      const prepared = (fromBundle: boolean) => {
        const p = createWeeklyProgram({ teams: [ALGEBRA] });
        try {
          const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
          logNotes(p, ALGEBRA, [{ studentId: MAYA, date: twoDaysAgo, tutorEmail: TUTOR_ANA, objective: 'Fractions' }]);
          const bundle = fromBundle ? freshBundle(p.world) : undefined;
          const reply = JSON.stringify(p.run(() => (bundle ? bundle.app.prepareWeekNow() : server.prepareWeekNow())))
            // Each run draws its own ids.
            .replace(/"(jobId|runId)":"[^"]*"/g, '"$1":"…"');
          return { reply, agenda: agendasIn(p, ALGEBRA)[0].text, reads: bundle?.reads ?? [] };
        } finally {
          p.close();
        }
      };
      const expected = prepared(false);
      const fromBundle = prepared(true);
      expect(expected.reply).toMatch(/"status":"All 1 steps done\."/);
      expect(fromBundle.reply).toBe(expected.reply);
      expect(fromBundle.agenda).toBe(expected.agenda);
      expect(fromBundle.reads.filter((r) => r === EN_FILE)).toEqual([EN_FILE]);
      expect(fromBundle.reads.filter((r) => r === NL_FILE)).toEqual([]);
    });

    it('a coordinator imports a roster from the bundle: the report of the sources, no Dutch read (its English stays inline)', () => {
      const imported = (fromBundle: boolean) => {
        const p = createProgram();
        try {
          const rows = parseCsv(`ID,Student,Class,Teacher,Tutor\n00501,Kai Moss,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}\n00502,,${ALGEBRA},,`).rows;
          const request = { source: { kind: 'rows', rows }, allowNewTeams: false } as const;
          const bundle = fromBundle ? freshBundle(p.world) : undefined;
          const report = plain(p.run(() => (bundle ? bundle.app.importRoster(request, true) : server.importRoster(request, true))));
          return { report, reads: bundle?.reads ?? [] };
        } finally {
          p.close();
        }
      };
      const expected = imported(false);
      const fromBundle = imported(true);
      expect(JSON.stringify(expected.report)).toMatch(/Student/);
      expect(fromBundle.report).toEqual(expected.report);
      expect(fromBundle.reads.filter((r) => r.startsWith('data-i18n'))).toEqual([]);
    });

    it('a Dutch coordinator whose Dutch file lacks a message reads it in English from the English file', () => {
      const dir = mkdtempSync(join(tmpdir(), 'i18n-en-'));
      try {
        cpSync(DIST, dir, { recursive: true });
        const nlPath = join(dir, `${NL_FILE}.html`);
        const nl = JSON.parse(readFileSync(nlPath, 'utf8')) as Record<string, Record<string, string>>;
        delete nl['access-report'].summary;
        writeFileSync(nlPath, JSON.stringify(nl));
        const dutch = (() => {
          const p = provisioned();
          try {
            setUserLocale(p.world, COORDINATOR, 'nl');
            const bundle = freshBundle(p.world, dir);
            p.run(() => bundle.app.menuAccessReport());
            const rows = p.run(() =>
              readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ACCESS_REPORT_TABLE), ACCESS_REPORT_TABLE).rows.map((r) => r.record),
            );
            return { first: plain(rows[0]) as Record<string, unknown>, reads: bundle.reads };
          } finally {
            p.close();
          }
        })();
        // The summary row's label falls back to English; the rest of the row stays Dutch.
        expect(dutch.first.team).toBe(accessReportText.en.summary);
        expect(String(dutch.first.person)).toMatch(/personen/);
        expect(dutch.reads.filter((r) => r.startsWith('data-i18n')).sort()).toEqual([EN_FILE, NL_FILE]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
