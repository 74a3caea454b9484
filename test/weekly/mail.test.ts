// The send-with-quota adapter: sends while the coordinator's daily recipients last, keeps the rest waiting (never
// dropped) and sends it first on a later run; without the send_mail grant it sends nothing and keeps everything.

import { grantScopes, installGlobals } from '../../fakes';
import { MANIFEST_SCOPES } from '../../fakes/auth';
import { setMailQuota } from '../../fakes/script/mail';
import { FakeWorld } from '../../fakes/world';
import { sendWithQuota, waitingMail } from '../../src/workspace/mail';

const USER = 'coordinator@school.example';
const DAY = 86_400_000;

describe('sending mail within the daily quota', () => {
  let world: FakeWorld;
  let uninstall: () => void;
  beforeEach(() => {
    world = new FakeWorld({ users: [USER] });
    uninstall = installGlobals(world);
  });
  afterEach(() => uninstall());

  const run = <T>(fn: () => T) => world.run({ user: USER, spreadsheetId: null, host: null }, fn);
  const mail = (n: number) => ({ key: `k${n}`, to: `teacher${n}@school.example`, subject: `Update ${n}`, body: `Notes ${n}` });

  it('sends what fits today, keeps the rest, and sends the rest first the next day', () => {
    setMailQuota(world, USER, 2);
    const first = run(() => sendWithQuota('teacher-updates', [mail(1), mail(2), mail(3)]));
    expect(first.sent).toEqual(['k1', 'k2']);
    expect(first.deferred).toEqual([{ key: 'k3', to: 'teacher3@school.example', reason: 'daily mail quota reached' }]);
    expect(run(() => waitingMail('teacher-updates')).map((m) => m.key)).toEqual(['k3']);

    world.clock.advance(DAY);
    const next = run(() => sendWithQuota('teacher-updates', [mail(4)]));
    expect(next.sent).toEqual(['k3', 'k4']);
    expect(next.deferred).toEqual([]);
    expect(world.state.mail.map((m) => m.subject)).toEqual(['Update 1', 'Update 2', 'Update 3', 'Update 4']);
    expect(run(() => waitingMail('teacher-updates'))).toEqual([]);
  });

  it('a message asked for again while it waits is kept once, with its newest text', () => {
    setMailQuota(world, USER, 0);
    run(() => sendWithQuota('teacher-updates', [mail(1)]));
    run(() => sendWithQuota('teacher-updates', [{ ...mail(1), body: 'Newer notes' }]));
    expect(run(() => waitingMail('teacher-updates'))).toEqual([{ ...mail(1), body: 'Newer notes' }]);
  });

  it('keeps outboxes apart', () => {
    setMailQuota(world, USER, 0);
    run(() => sendWithQuota('teacher-updates', [mail(1)]));
    expect(run(() => waitingMail('celebrations'))).toEqual([]);
  });

  it('sends nothing and keeps everything when the coordinator left send_mail unchecked', () => {
    grantScopes(
      world,
      USER,
      MANIFEST_SCOPES.filter((s) => !s.endsWith('script.send_mail')),
    );
    const report = run(() => sendWithQuota('teacher-updates', [mail(1)]));
    expect(report).toEqual({ sent: [], deferred: [{ key: 'k1', to: 'teacher1@school.example', reason: 'mail not authorized' }] });
    expect(world.state.mail).toEqual([]);
    grantScopes(world, USER, 'all');
    expect(run(() => sendWithQuota('teacher-updates', [])).sent).toEqual(['k1']);
  });

  it('keeps a long message whole across property pieces (9 KB per value)', () => {
    setMailQuota(world, USER, 0);
    const long = { ...mail(1), body: 'é'.repeat(20_000) };
    run(() => sendWithQuota('teacher-updates', [long]));
    expect(run(() => waitingMail('teacher-updates'))).toEqual([long]);
  });
});
