// The Picker fake: picking grants that user's add-on the picked items under drive.file; a folder grants itself only.
// https://developers.google.com/workspace/drive/api/guides/api-specific-auth
// https://developers.google.com/workspace/drive/picker/guides/overview

import { createGlobals, createInDrive, type FakeGlobals, pickWithPicker } from '../../fakes';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';
const TEACHER = 'teacher@school.example';
const FOLDER = 'application/vnd.google-apps.folder';

function setup(): { world: FakeWorld; g: FakeGlobals } {
  const world = new FakeWorld({ users: [COORDINATOR, TEACHER] });
  return { world, g: createGlobals(world, { html: () => undefined }) };
}

describe('pickWithPicker', () => {
  it('lets the picking user’s add-on open a file made in Drive’s UI, and nobody else’s', () => {
    const { world, g } = setup();
    const lesson = createInDrive(world, TEACHER, { name: 'Lesson plan', mimeType: 'application/pdf', content: '%PDF' });
    world.run({ user: TEACHER }, () => expect(() => g.Drive.Files.get(lesson)).toThrow(`File not found: ${lesson}.`));
    pickWithPicker(world, TEACHER, [lesson]);
    world.run({ user: TEACHER }, () =>
      expect(g.Drive.Files.get(lesson, { fields: 'name,owners(emailAddress)' })).toEqual({
        name: 'Lesson plan',
        owners: [{ emailAddress: TEACHER }],
      }),
    );
    expect(world.state.drive[lesson].appGrants).toEqual([TEACHER]);
  });

  it('grants a picked folder but not its contents', () => {
    const { world, g } = setup();
    const folder = createInDrive(world, TEACHER, { name: 'Materials', mimeType: FOLDER });
    const inside = createInDrive(world, TEACHER, { name: 'Worksheet', mimeType: 'text/plain', parentId: folder, content: 'x' });
    pickWithPicker(world, TEACHER, [folder]);
    world.run({ user: TEACHER }, () => {
      expect(g.Drive.Files.get(folder).name).toBe('Materials');
      expect(() => g.Drive.Files.get(inside)).toThrow(`File not found: ${inside}.`);
      expect(g.Drive.Files.list({ q: `'${folder}' in parents` }).files).toEqual([]);
      // The grant on the folder is enough to add to it (a shortcut, say) through the Drive API.
      g.Drive.Files.create({ name: 'Added', parents: [folder] });
    });
  });

  it('refuses to pick what the user cannot see', () => {
    const { world } = setup();
    const secret = createInDrive(world, COORDINATOR, { name: 'Roster', mimeType: 'text/csv', content: '' });
    expect(() => pickWithPicker(world, TEACHER, [secret])).toThrow(`fake Picker: ${TEACHER} cannot see ${secret}`);
    expect(() => pickWithPicker(world, TEACHER, ['missing'])).toThrow('fake Picker: no Drive item missing');
  });
});
