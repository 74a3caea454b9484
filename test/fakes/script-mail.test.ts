// MailApp is as strict as Google's quota page: recipients per day per user (to, cc and bcc), 100 on a consumer
// account and 1,500 on Workspace, reset 24 hours after the day's first send, "Service invoked too many times for one
// day: email." when over.
// https://developers.google.com/apps-script/guides/services/quotas#current_quotas

import { createGlobals, type FakeGlobals } from '../../fakes';
import { MAIL_QUOTA_ERROR, setMailQuota } from '../../fakes/script/mail';
import { FakeWorld } from '../../fakes/world';

const WORKSPACE_USER = 'coordinator@school.example';
const CONSUMER_USER = 'someone@gmail.com';

function setup(): { world: FakeWorld; g: FakeGlobals } {
  const world = new FakeWorld({ users: [WORKSPACE_USER, CONSUMER_USER] });
  return { world, g: createGlobals(world, { html: () => undefined }) };
}

describe('MailApp daily recipients', () => {
  it('gives a Workspace account 1,500 recipients a day and a gmail.com account 100', () => {
    const { world, g } = setup();
    expect(world.run({ user: WORKSPACE_USER }, () => g.MailApp.getRemainingDailyQuota())).toBe(1_500);
    expect(world.run({ user: CONSUMER_USER }, () => g.MailApp.getRemainingDailyQuota())).toBe(100);
  });

  it('counts every address in to, cc and bcc, per sending user', () => {
    const { world, g } = setup();
    world.run({ user: WORKSPACE_USER }, () => {
      g.MailApp.sendEmail('a@school.example, b@school.example', 'Hi', 'body', { cc: 'c@school.example', bcc: 'd@school.example' });
      expect(g.MailApp.getRemainingDailyQuota()).toBe(1_496);
    });
    expect(world.run({ user: CONSUMER_USER }, () => g.MailApp.getRemainingDailyQuota())).toBe(100);
    expect(world.state.mail[0]).toMatchObject({ to: 'a@school.example, b@school.example', cc: 'c@school.example', recipients: 4 });
  });

  it('refuses a send over what is left, with Google’s message, and sends nothing of it', () => {
    const { world, g } = setup();
    setMailQuota(world, WORKSPACE_USER, 2);
    world.run({ user: WORKSPACE_USER }, () => {
      g.MailApp.sendEmail('a@school.example', 'One', 'body');
      expect(() => g.MailApp.sendEmail('b@school.example, c@school.example', 'Two', 'body')).toThrow(MAIL_QUOTA_ERROR);
      expect(g.MailApp.getRemainingDailyQuota()).toBe(1);
    });
    expect(world.state.mail.map((m) => m.subject)).toEqual(['One']);
  });

  it('resets 24 hours after the first send of the day, not at midnight', () => {
    const { world, g } = setup();
    setMailQuota(world, WORKSPACE_USER, 1);
    world.run({ user: WORKSPACE_USER }, () => g.MailApp.sendEmail('a@school.example', 'One', 'body'));
    world.clock.advance(23 * 3_600_000);
    expect(world.run({ user: WORKSPACE_USER }, () => g.MailApp.getRemainingDailyQuota())).toBe(0);
    world.clock.advance(3_600_000);
    expect(world.run({ user: WORKSPACE_USER }, () => g.MailApp.getRemainingDailyQuota())).toBe(1);
  });

  it('refuses a malformed address', () => {
    const { world, g } = setup();
    world.run({ user: WORKSPACE_USER }, () => expect(() => g.MailApp.sendEmail('not an address', 'x', 'y')).toThrow('Invalid email: not an address'));
    expect(world.state.mail).toEqual([]);
  });
});
