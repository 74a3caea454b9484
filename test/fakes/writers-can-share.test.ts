// writersCanShare and copyRequiresWriterPermission, set with Drive.Files.update: with writersCanShare off only the
// owner may share, and a writer's permissions.create fails as Drive fails it (403 insufficientFilePermissions).
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File.FIELDS.writers_can_share
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File.FIELDS.copy_requires_writer_permission

import { createGlobals, type FakeGlobals, pickWithPicker } from '../../fakes';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';
const TEACHER = 'teacher@school.example';
const TUTOR = 'tutor@school.example';
const INSUFFICIENT = 'The user does not have sufficient permissions for this file.';
/** Scripts pass null for "no new content"; the typings only admit a Blob. */
const NO_BLOB = null as unknown as GoogleAppsScript.Base.Blob;

function setup(): { world: FakeWorld; g: FakeGlobals; id: string } {
  const world = new FakeWorld({ users: [COORDINATOR, TEACHER, TUTOR] });
  const g = createGlobals(world, { html: () => undefined });
  const id = world.run({ user: COORDINATOR }, () => {
    const file = g.Drive.Files.create({ name: 'Student Data' }).id as string;
    g.Drive.Permissions.create({ role: 'writer', type: 'user', emailAddress: TEACHER }, file, { sendNotificationEmail: false });
    g.Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: TUTOR }, file, { sendNotificationEmail: false });
    return file;
  });
  pickWithPicker(world, TEACHER, [id]);
  pickWithPicker(world, TUTOR, [id]);
  return { world, g, id };
}

describe('writersCanShare', () => {
  it('lets the owner stop editors from sharing, and then a writer’s permissions.create fails', () => {
    const { world, g, id } = setup();
    world.run({ user: TEACHER }, () => {
      expect(() => g.Drive.Files.update({ writersCanShare: false }, id, NO_BLOB, {})).toThrow(INSUFFICIENT);
      g.Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'parent@home.example' }, id, { sendNotificationEmail: false });
    });
    world.run({ user: COORDINATOR }, () => {
      const file = g.Drive.Files.update({ writersCanShare: false }, id, NO_BLOB, { fields: 'writersCanShare,capabilities(canShare)' });
      expect(file).toEqual({ writersCanShare: false, capabilities: { canShare: true } });
    });
    world.run({ user: TEACHER }, () => {
      expect(g.Drive.Files.get(id, { fields: 'writersCanShare,capabilities(canShare)' })).toEqual({
        writersCanShare: false,
        capabilities: { canShare: false },
      });
      expect(() => g.Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'other@home.example' }, id)).toThrow(
        `API call to drive.permissions.create failed with error: ${INSUFFICIENT}`,
      );
      const perms = g.Drive.Permissions.list(id, { fields: 'permissions(id,emailAddress)' }).permissions ?? [];
      const tutor = perms.find((p) => p.emailAddress === TUTOR)?.id as string;
      expect(() => g.Drive.Permissions.update({ role: 'writer' }, id, tutor)).toThrow(INSUFFICIENT);
      expect(() => g.Drive.Permissions.remove(id, tutor)).toThrow(INSUFFICIENT);
    });
    world.run({ user: COORDINATOR }, () => {
      g.Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'other@home.example' }, id, { sendNotificationEmail: false });
    });
  });
});

describe('copyRequiresWriterPermission', () => {
  it('stops readers from copying, not writers', () => {
    const { world, g, id } = setup();
    world.run({ user: COORDINATOR }, () => g.Drive.Files.update({ copyRequiresWriterPermission: true }, id, NO_BLOB, {}));
    world.run({ user: TUTOR }, () => {
      expect(g.Drive.Files.get(id, { fields: 'copyRequiresWriterPermission,capabilities(canCopy)' })).toEqual({
        copyRequiresWriterPermission: true,
        capabilities: { canCopy: false },
      });
      expect(() => g.Drive.Files.copy({ name: 'Mine' }, id)).toThrow(INSUFFICIENT);
      expect(() => g.Drive.Files.update({ copyRequiresWriterPermission: false }, id, NO_BLOB, {})).toThrow(INSUFFICIENT);
    });
    world.run({ user: TEACHER }, () => expect(g.Drive.Files.copy({ name: 'Teacher copy' }, id).name).toBe('Teacher copy'));
  });
});
