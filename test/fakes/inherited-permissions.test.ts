// Inherited permissions in My Drive: a child lists what its folders pass down; they cannot be removed or lowered on
// the child, only raised; removing them on the folder that grants them takes them from every child.
// https://developers.google.com/workspace/drive/api/guides/manage-sharing

import { createGlobals, type FakeGlobals } from '../../fakes';
import { effectiveRole } from '../../fakes/drive/items';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';
const TEACHER = 'teacher@school.example';
const TUTOR = 'tutor@school.example';
const FOLDER = 'application/vnd.google-apps.folder';
const FIELDS = 'permissions(id,type,emailAddress,role,permissionDetails)';

interface Tree {
  team: string;
  materials: string;
  plan: string;
  tutorPermId: string;
}

function setup(): { world: FakeWorld; g: FakeGlobals; tree: Tree } {
  const world = new FakeWorld({ users: [COORDINATOR, TEACHER, TUTOR] });
  const g = createGlobals(world, { html: () => undefined });
  const tree = world.run({ user: COORDINATOR }, () => {
    const team = g.Drive.Files.create({ name: 'Team A', mimeType: FOLDER }).id as string;
    const materials = g.Drive.Files.create({ name: 'Classroom Materials', mimeType: FOLDER, parents: [team] }).id as string;
    const plan = g.Drive.Files.create({ name: 'Lesson plan', parents: [materials] }).id as string;
    const perm = g.Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: TUTOR }, team, { sendNotificationEmail: false });
    return { team, materials, plan, tutorPermId: perm.id as string };
  });
  return { world, g, tree };
}

function asCoordinator<T>(world: FakeWorld, fn: () => T): T {
  return world.run({ user: COORDINATOR }, fn);
}

describe('inherited permissions', () => {
  it('lists a folder’s permissions on every child, marked inherited in permissionDetails (no inheritedFrom in My Drive)', () => {
    const { world, g, tree } = setup();
    asCoordinator(world, () => {
      const perms = g.Drive.Permissions.list(tree.plan, { fields: FIELDS }).permissions ?? [];
      expect(perms).toContainEqual({
        id: tree.tutorPermId,
        type: 'user',
        emailAddress: TUTOR,
        role: 'reader',
        permissionDetails: [{ permissionType: 'file', role: 'reader', inherited: true }],
      });
      expect(perms.find((p) => p.emailAddress === COORDINATOR)?.permissionDetails).toEqual([
        { permissionType: 'file', role: 'owner', inherited: false },
      ]);
      expect(g.Drive.Permissions.get(tree.plan, tree.tutorPermId, { fields: 'role,permissionDetails' })).toEqual({
        role: 'reader',
        permissionDetails: [{ permissionType: 'file', role: 'reader', inherited: true }],
      });
      const file = g.Drive.Files.get(tree.plan, { fields: 'permissions(emailAddress,role),shared' });
      expect(file.permissions).toContainEqual({ emailAddress: TUTOR, role: 'reader' });
      expect(file.shared).toBe(true);
    });
  });

  it('refuses to remove an inherited permission on a child', () => {
    const { world, g, tree } = setup();
    asCoordinator(world, () => {
      expect(() => g.Drive.Permissions.remove(tree.plan, tree.tutorPermId)).toThrow(
        'API call to drive.permissions.delete failed with error: The authenticated user cannot delete the permission.',
      );
    });
  });

  it('refuses to lower an inherited role on a child, and lets a child raise it', () => {
    const { world, g, tree } = setup();
    asCoordinator(world, () => {
      // Tier 2: tutors comment on Classroom Materials, a raise below the team folder.
      g.Drive.Permissions.create({ role: 'commenter', type: 'user', emailAddress: TUTOR }, tree.materials, { sendNotificationEmail: false });
      const onPlan = g.Drive.Permissions.get(tree.plan, tree.tutorPermId, { fields: 'role,permissionDetails' });
      expect(onPlan).toEqual({ role: 'commenter', permissionDetails: [{ permissionType: 'file', role: 'commenter', inherited: true }] });
      expect(() => g.Drive.Permissions.update({ role: 'reader' }, tree.plan, tree.tutorPermId)).toThrow(
        'Cannot modify a permission on an item to be less than the inherited access from a direct or indirect parent.',
      );
      // Asking for the lower role with create is the same request, refused the same way.
      expect(() =>
        g.Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: TUTOR }, tree.plan, { sendNotificationEmail: false }),
      ).toThrow('API call to drive.permissions.create failed with error: Cannot modify a permission on an item to be less than the inherited access');
      // Raising on the child works, and the child shows both the direct and the inherited role.
      const raised = g.Drive.Permissions.update({ role: 'writer' }, tree.plan, tree.tutorPermId, { fields: 'role,permissionDetails' });
      expect(raised).toEqual({
        role: 'writer',
        permissionDetails: [
          { permissionType: 'file', role: 'writer', inherited: false },
          { permissionType: 'file', role: 'commenter', inherited: true },
        ],
      });
    });
  });

  it('takes a raise back to the inherited role by removing the child’s own entry, never below it', () => {
    const { world, g, tree } = setup();
    asCoordinator(world, () => {
      g.Drive.Permissions.create({ role: 'commenter', type: 'user', emailAddress: TUTOR }, tree.materials, { sendNotificationEmail: false });
      // Tier 2 → 1: the raise on Classroom Materials is the folder's own entry, so it can go ...
      g.Drive.Permissions.remove(tree.materials, tree.tutorPermId);
      expect(g.Drive.Permissions.get(tree.materials, tree.tutorPermId, { fields: 'role,permissionDetails' })).toEqual({
        role: 'reader',
        permissionDetails: [{ permissionType: 'file', role: 'reader', inherited: true }],
      });
      // ... and what remains is inherited from the team folder, which the child cannot remove.
      expect(() => g.Drive.Permissions.remove(tree.materials, tree.tutorPermId)).toThrow('cannot delete the permission');
    });
  });

  it('removes a permission from every child when it is removed on the folder that grants it', () => {
    const { world, g, tree } = setup();
    asCoordinator(world, () => g.Drive.Permissions.remove(tree.team, tree.tutorPermId));
    asCoordinator(world, () => {
      expect((g.Drive.Permissions.list(tree.plan, { fields: 'permissions(emailAddress)' }).permissions ?? []).map((p) => p.emailAddress)).toEqual([
        COORDINATOR,
      ]);
      expect(() => g.Drive.Permissions.get(tree.plan, tree.tutorPermId)).toThrow(`Permission not found: ${tree.tutorPermId}.`);
    });
    expect(effectiveRole(world, tree.plan, TUTOR)).toBeNull();
  });
});
