// LockService.getDocumentLock(): null where the execution has no container (time-driven triggers), and one lock per
// spreadsheet or document, so executions on different files never block each other.
// https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()

import { createGlobals, type FakeGlobals } from '../../fakes';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';
const TUTOR = 'tutor@school.example';

function setup(): { world: FakeWorld; g: FakeGlobals } {
  const world = new FakeWorld({ users: [COORDINATOR, TUTOR] });
  return { world, g: createGlobals(world, { html: () => undefined }) };
}

describe('LockService.getDocumentLock', () => {
  it('is null in a time-driven trigger (no spreadsheet, no document, no host)', () => {
    const { world, g } = setup();
    world.run({ user: COORDINATOR, spreadsheetId: null, documentId: null, host: null }, () => {
      expect(g.LockService.getDocumentLock()).toBeNull();
      // The script lock still exists there.
      expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    });
  });

  it('never blocks executions bound to different spreadsheets or documents', () => {
    const { world, g } = setup();
    world.run({ user: COORDINATOR, spreadsheetId: 'team-a' }, () => {
      expect(g.LockService.getDocumentLock().tryLock(1000)).toBe(true);
      world.run({ user: TUTOR, spreadsheetId: 'team-b' }, () => expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true));
      world.run({ user: TUTOR, documentId: 'agenda', host: 'docs' }, () => expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true));
    });
  });

  it('blocks a second execution on the same spreadsheet, whoever runs it, until the first ends', () => {
    const { world, g } = setup();
    world.run({ user: COORDINATOR, spreadsheetId: 'team-a' }, () => {
      expect(g.LockService.getDocumentLock().tryLock(1000)).toBe(true);
      world.run({ user: TUTOR, spreadsheetId: 'team-a' }, () => expect(g.LockService.getDocumentLock().tryLock(0)).toBe(false));
    });
    world.run({ user: TUTOR, spreadsheetId: 'team-a' }, () => expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true));
  });
});
