// The script-level fakes behave like Apps Script: HtmlService templates, properties quotas, locks, triggers,
// the counter, AuthMode.NONE, the 6-minute limit and the not-implemented guard.

import { createGlobals, type FakeGlobals } from '../../fakes';
import { SHEETS_TYPES } from '../../fakes/counter';
import { LOCK_TIMEOUT_MESSAGE } from '../../fakes/script/lock';
import { FakeWorld } from '../../fakes/world';

const USER = 'coordinator@school.example';

function setup(): { world: FakeWorld; g: FakeGlobals } {
  const world = new FakeWorld({ users: [USER] });
  const g = createGlobals(world, {
    html: (name) => (name === 'Page' ? '<p>Hello <?= who ?> <?!= raw ?></p><? for (const i of [1,2]) { ?>[<?= i ?>]<? } ?>' : undefined),
  });
  return { world, g };
}

describe('HtmlService', () => {
  it('evaluates templates: <?= ?> escaped, <?!= ?> raw, <? ?> code', () => {
    const { world, g } = setup();
    const html = world.run({ user: USER }, () => {
      const t = g.HtmlService.createTemplateFromFile('Page');
      (t as unknown as Record<string, unknown>).who = '<b>Maya</b> & "Luis"';
      (t as unknown as Record<string, unknown>).raw = '<i>ok</i>';
      return t.evaluate().getContent();
    });
    expect(html).toBe('<p>Hello &lt;b&gt;Maya&lt;/b&gt; &amp; &quot;Luis&quot; <i>ok</i></p>[1][2]');
  });

  it('fails like Apps Script for a missing file', () => {
    const { world, g } = setup();
    expect(() => world.run({ user: USER }, () => g.HtmlService.createHtmlOutputFromFile('Nope'))).toThrow('No HTML file named Nope was found.');
  });
});

describe('PropertiesService', () => {
  it('keeps user properties per user and enforces the 9 KB value quota', () => {
    const { world, g } = setup();
    world.run({ user: USER }, () => g.PropertiesService.getUserProperties().setProperty('k', 'coordinator'));
    world.run({ user: 'tutor.ana@school.example' }, () => expect(g.PropertiesService.getUserProperties().getProperty('k')).toBeNull());
    world.run({ user: USER }, () => {
      expect(g.PropertiesService.getUserProperties().getProperty('k')).toBe('coordinator');
      expect(() => g.PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(10 * 1024))).toThrow('Argument too large: value');
    });
  });

  it('has no document properties outside a document', () => {
    const { world, g } = setup();
    world.run({ user: USER, spreadsheetId: null, host: null }, () => expect(g.PropertiesService.getDocumentProperties()).toBeNull());
  });
});

describe('LockService', () => {
  it('excludes a second execution while the first holds the lock, and frees it when the first ends', () => {
    const { world, g } = setup();
    world.run({ user: USER, spreadsheetId: 'ss' }, () => {
      const lock = g.LockService.getDocumentLock();
      expect(lock.tryLock(1000)).toBe(true);
      const before = world.clock.now();
      world.run({ user: 'tutor.ana@school.example', spreadsheetId: 'ss' }, () => {
        expect(g.LockService.getDocumentLock().tryLock(5000)).toBe(false);
        expect(() => g.LockService.getDocumentLock().waitLock(5000)).toThrow(LOCK_TIMEOUT_MESSAGE);
      });
      expect(world.clock.now() - before).toBeGreaterThanOrEqual(10_000);
    });
    world.run({ user: 'tutor.ana@school.example', spreadsheetId: 'ss' }, () => expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true));
  });
});

describe('ScriptApp', () => {
  it('lets an add-on create an hourly trigger but nothing more frequent', () => {
    const { world, g } = setup();
    world.run({ user: USER }, () => {
      g.ScriptApp.newTrigger('resumeJobs').timeBased().everyHours(1).create();
      expect(() => g.ScriptApp.newTrigger('x').timeBased().everyMinutes(5).create()).toThrow(/at most once per hour/);
      expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['resumeJobs']);
    });
    world.run({ user: 'tutor.ana@school.example' }, () => expect(g.ScriptApp.getProjectTriggers()).toEqual([]));
  });
});

describe('the world', () => {
  it('counts calls: a batched write of 500 rows is one setValues and 500 × 9 cells', () => {
    const { world, g } = setup();
    world.run({ user: USER }, () => {
      const sheet = g.SpreadsheetApp.create('Log').getSheets()[0];
      world.counter.reset();
      const rows = Array.from({ length: 500 }, (_, i) => Array.from({ length: 9 }, (_, j) => `r${i}c${j}`));
      sheet.getRange(1, 1, 500, 9).setValues(rows);
    });
    expect(world.counter.count('Range.setValues')).toBe(1);
    expect(world.counter.countTypes(SHEETS_TYPES)).toBe(2);
    expect(world.counter.cellsWritten).toBe(4500);
  });

  it('a cell-by-cell write of the same data costs 9,000 calls — the pattern the adapters never use', () => {
    const { world, g } = setup();
    world.run({ user: USER }, () => {
      const sheet = g.SpreadsheetApp.create('Log').getSheets()[0];
      world.counter.reset();
      for (let r = 1; r <= 500; r++) for (let c = 1; c <= 9; c++) sheet.getRange(r, c).setValue('x');
    });
    expect(world.counter.countTypes(SHEETS_TYPES)).toBe(9000);
  });

  it('refuses service calls in AuthMode.NONE except building the menu', () => {
    const { world, g } = setup();
    world.run({ user: USER, authMode: 'NONE', host: 'sheets' }, () => {
      g.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
      expect(() => g.PropertiesService.getUserProperties()).toThrow(/AuthMode\.NONE/);
    });
    expect(world.state.ui.menus[0].items).toEqual([{ caption: 'Open', functionName: 'open' }]);
  });

  it("ends an execution that runs past 6 minutes with Apps Script's error", () => {
    const { world, g } = setup();
    expect(() =>
      world.run({ user: USER }, () => {
        for (;;) g.PropertiesService.getScriptProperties().getProperty('x');
      }),
    ).toThrow('Exceeded maximum execution time');
  });

  it('throws a clear error for a member the fakes do not implement, never undefined', () => {
    const { world, g } = setup();
    world.run({ user: USER }, () => {
      expect(() => (g.SpreadsheetApp as unknown as { getActiveRangeList(): void }).getActiveRangeList()).toThrow(
        'not implemented in fakes: SpreadsheetApp.getActiveRangeList',
      );
    });
  });

  it('can kill an execution at the n-th call from now', () => {
    const { world, g } = setup();
    world.failAtCall(3);
    expect(() =>
      world.run({ user: USER }, () => {
        const props = g.PropertiesService.getScriptProperties();
        props.setProperty('a', '1');
        props.setProperty('b', '2');
      }),
    ).toThrow('Injected fault at Properties.setProperty');
    expect(world.state.properties.script).toEqual({ a: '1' });
  });

  it('round-trips through JSON (the playground persists it)', () => {
    const { world, g } = setup();
    world.run({ user: USER }, () =>
      g.SpreadsheetApp.create('Program')
        .getSheets()[0]
        .getRange('A1:B1')
        .setValues([['Student ID', new Date(Date.UTC(2026, 8, 14, 4))]]),
    );
    const copy = new FakeWorld({ state: JSON.parse(world.serialize()) });
    const g2 = createGlobals(copy);
    const id = Object.keys(copy.state.spreadsheets)[0];
    copy.run({ user: USER, spreadsheetId: id }, () => {
      const values = g2.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1:B1').getValues()[0];
      expect(values[0]).toBe('Student ID');
      expect(Object.prototype.toString.call(values[1])).toBe('[object Date]');
    });
  });
});

describe('ScriptApp.getOAuthToken', () => {
  it('returns the active user’s token (what a page hands the Google Picker)', () => {
    const world = new FakeWorld({ users: ['a@school.example', 'b@school.example'] });
    const g = createGlobals(world);
    const a = world.run({ user: 'a@school.example' }, () => g.ScriptApp.getOAuthToken());
    const b = world.run({ user: 'b@school.example' }, () => g.ScriptApp.getOAuthToken());
    expect(a).not.toBe(b);
    expect(a).toMatch(/a@school\.example/);
  });
});

describe('executions bound to a file', () => {
  it('cannot be bound to a spreadsheet Drive does not share with the user (nobody can have it open)', () => {
    const world = new FakeWorld({ users: ['owner@school.example', 'other@school.example'] });
    const g = createGlobals(world);
    const id = world.run({ user: 'owner@school.example' }, () => g.SpreadsheetApp.create('Private').getId());
    expect(() => world.run({ user: 'other@school.example', spreadsheetId: id }, () => 1)).toThrow(/cannot have Private open/);
    expect(world.running).toBe(false);
    expect(world.run({ user: 'owner@school.example', spreadsheetId: id }, () => 2)).toBe(2);
  });
});
