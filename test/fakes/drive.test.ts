// DriveApp and Advanced Drive fakes: visibility, sharing, shortcuts, copies, search, scopes and call counts.
// DriveApp needs full Drive, which the manifest does not ask for, so these tests give the project full Drive.

import { createAdvancedDrive, createDriveApp, createInDrive, pickWithPicker, setDriveScope } from '../../fakes/drive';
import { driveSettings } from '../../fakes/drive/settings';
import { createSpreadsheetAppFor } from '../../fakes/sheets/app';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';
const TEACHER = 'teacher@school.example';
const TUTOR = 'tutor@school.example';
/** Scripts pass null for "no new content"; the typings only admit a Blob. */
const NO_BLOB = null as unknown as GoogleAppsScript.Base.Blob;

function newWorld(): FakeWorld {
  const world = new FakeWorld({ users: [COORDINATOR, TEACHER, TUTOR] });
  setDriveScope(world, 'drive');
  return world;
}

function as<T>(world: FakeWorld, user: string, fn: (DriveApp: GoogleAppsScript.Drive.DriveApp, Drive: GoogleAppsScript.Drive) => T): T {
  return world.run({ user }, () => fn(createDriveApp(world), createAdvancedDrive(world)));
}

function names(it: GoogleAppsScript.Drive.FolderIterator | GoogleAppsScript.Drive.FileIterator): string[] {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out;
}

describe('DriveApp folders', () => {
  it('creates folders in My Drive and inside folders, and finds them by name', () => {
    const world = newWorld();
    as(world, COORDINATOR, (DriveApp) => {
      const program = DriveApp.createFolder('Tutoring Program');
      program.createFolder('Data shares');
      expect(program.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
      expect(names(DriveApp.getFoldersByName('Data shares'))).toEqual(['Data shares']);
      expect(names(program.getFolders())).toEqual(['Data shares']);
      expect(DriveApp.getFolderById(program.getId()).getName()).toBe('Tutoring Program');
      expect(program.getUrl()).toBe(`https://drive.google.com/drive/folders/${program.getId()}`);
    });
  });

  it('throws Drive’s error for unknown ids and at the end of an iterator', () => {
    const world = newWorld();
    as(world, COORDINATOR, (DriveApp) => {
      expect(() => DriveApp.getFolderById('nope')).toThrow('No item with the given ID could be found, or you do not have permission to access it.');
      const it = DriveApp.getFoldersByName('missing');
      expect(it.hasNext()).toBe(false);
      expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
    });
  });

  it('excludes trashed items from listings but still opens them by id', () => {
    const world = newWorld();
    as(world, COORDINATOR, (DriveApp) => {
      const old = DriveApp.createFolder('Old term');
      old.setTrashed(true);
      expect(names(DriveApp.getFoldersByName('Old term'))).toEqual([]);
      expect(DriveApp.getFolderById(old.getId()).isTrashed()).toBe(true);
    });
  });

  it('resumes an iteration from a continuation token', () => {
    const world = newWorld();
    as(world, COORDINATOR, (DriveApp) => {
      for (const n of ['A', 'B', 'C']) DriveApp.createFolder(n);
      const it = DriveApp.getFolders();
      it.next();
      expect(names(DriveApp.continueFolderIterator(it.getContinuationToken()))).toEqual(['B', 'C']);
    });
  });
});

describe('per-user visibility', () => {
  it('hides a folder from a tutor until it is shared, and children inherit the share', () => {
    const world = newWorld();
    const { folderId, noteId } = as(world, TEACHER, (DriveApp) => {
      const folder = DriveApp.createFolder('Teacher-Tutor: Ms. Rivera');
      const note = folder.createFile('Session notes', 'week 1');
      return { folderId: folder.getId(), noteId: note.getId() };
    });

    as(world, TUTOR, (DriveApp) => {
      expect(() => DriveApp.getFolderById(folderId)).toThrow('No item with the given ID could be found');
      expect(names(DriveApp.getFoldersByName('Teacher-Tutor: Ms. Rivera'))).toEqual([]);
    });

    as(world, TEACHER, (DriveApp) => DriveApp.getFolderById(folderId).addViewer(TUTOR));

    as(world, TUTOR, (DriveApp) => {
      expect(DriveApp.getFolderById(folderId).getName()).toBe('Teacher-Tutor: Ms. Rivera');
      expect(names(DriveApp.getFoldersByName('Teacher-Tutor: Ms. Rivera'))).toHaveLength(1);
      // Inherited from the folder.
      expect(DriveApp.getFileById(noteId).getName()).toBe('Session notes');
      expect(DriveApp.getFileById(noteId).getAccess(TUTOR)).toBe(DriveApp.Permission.VIEW);
    });
  });
});

describe('sharing', () => {
  it('maps add/remove calls onto roles, lists editors and viewers like Apps Script', () => {
    const world = newWorld();
    as(world, TEACHER, (DriveApp) => {
      const file = DriveApp.createFile('Goals', 'x');
      file.addEditor(COORDINATOR).addViewer(TUTOR).addCommenter('parent@home.example');
      expect(file.getEditors().map((u) => u.getEmail())).toEqual([TEACHER, COORDINATOR]);
      expect(
        file
          .getViewers()
          .map((u) => u.getEmail())
          .sort(),
      ).toEqual(['parent@home.example', TUTOR]);
      expect(file.getAccess('parent@home.example')).toBe('COMMENT');

      // addViewer never downgrades an editor; removeViewer leaves editors alone.
      file.addViewer(COORDINATOR).removeViewer(COORDINATOR);
      expect(file.getAccess(COORDINATOR)).toBe('EDIT');

      file.removeEditor(COORDINATOR).removeViewer(TUTOR).removeCommenter('parent@home.example');
      expect(file.getAccess(TUTOR)).toBe('NONE');
      expect(() => file.removeEditor(TEACHER)).toThrow('The owner of a file cannot be removed.');
      expect(() => file.addEditor('not an email')).toThrow('Invalid argument: permission.value');
    });
  });

  it('refuses sharing by a viewer', () => {
    const world = newWorld();
    const id = as(world, TEACHER, (DriveApp) => DriveApp.createFolder('Shared').addViewer(TUTOR).getId());
    as(world, TUTOR, (DriveApp) => {
      const folder = DriveApp.getFolderById(id);
      expect(() => folder.addEditor(TUTOR)).toThrow('Access denied: DriveApp.');
      expect(folder.getEditors()).toEqual([]);
    });
  });

  it('shows link sharing both in DriveApp and as an "anyone" permission', () => {
    const world = newWorld();
    as(world, TEACHER, (DriveApp, Drive) => {
      const file = DriveApp.createFile('Conference template', '');
      expect(file.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
      file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
      expect(file.getSharingAccess()).toBe('ANYONE_WITH_LINK');
      expect(file.getSharingPermission()).toBe('VIEW');
      const perms = Drive.Permissions.list(file.getId(), { fields: 'permissions(id,type,role,emailAddress)' }).permissions ?? [];
      expect(perms).toContainEqual({ id: 'anyoneWithLink', type: 'anyone', role: 'reader' });
      expect(perms).toContainEqual({ id: expect.any(String), type: 'user', role: 'owner', emailAddress: TEACHER });
    });
    // Anyone with the link now reaches it.
    as(world, TUTOR, (DriveApp) => expect(names(DriveApp.getFilesByName('Conference template'))).toEqual(['Conference template']));
  });

  it('counts one call per user call', () => {
    const world = newWorld();
    as(world, COORDINATOR, (DriveApp) => {
      const folder = DriveApp.createFolder('Program');
      world.counter.reset();
      folder.addEditor(TEACHER);
      expect(world.counter.count('Folder.addEditor')).toBe(1);
      expect(world.counter.total).toBe(1);
    });
  });
});

describe('shortcuts, copies and moves', () => {
  it('lets a tutor shortcut a teacher’s folder without changing its owner', () => {
    const world = newWorld();
    const folderId = as(world, TEACHER, (DriveApp) => DriveApp.createFolder('Student work').addEditor(TUTOR).getId());
    as(world, TUTOR, (DriveApp) => {
      const shortcut = DriveApp.createShortcut(folderId);
      expect(shortcut.getTargetId()).toBe(folderId);
      expect(shortcut.getMimeType()).toBe('application/vnd.google-apps.shortcut');
      expect(shortcut.getTargetMimeType()).toBe('application/vnd.google-apps.folder');
      expect(shortcut.getOwner().getEmail()).toBe(TUTOR);
      expect(DriveApp.getFolderById(folderId).getOwner().getEmail()).toBe(TEACHER);
    });
  });

  it('copies a file into a folder without its sharing, and moves files', () => {
    const world = newWorld();
    as(world, COORDINATOR, (DriveApp) => {
      const template = DriveApp.createFile('Template', 'Dear {{name}}').addViewer(TUTOR);
      const dest = DriveApp.createFolder('Letters');
      const copy = template.makeCopy('Letter for Sam', dest);
      expect(copy.getParents().next().getId()).toBe(dest.getId());
      expect(copy.getViewers()).toEqual([]);
      expect(names(dest.getFiles())).toEqual(['Letter for Sam']);
      expect(template.makeCopy().getName()).toBe('Copy of Template');

      const archive = DriveApp.createFolder('Archive');
      copy.moveTo(archive);
      expect(names(archive.getFiles())).toEqual(['Letter for Sam']);
      expect(names(dest.getFiles())).toEqual([]);
    });
  });

  it('searches with Drive v2 query terms', () => {
    const world = newWorld();
    as(world, COORDINATOR, (DriveApp) => {
      const folder = DriveApp.createFolder('Program');
      folder.createFile('Roster', 'a');
      folder.createFile('Other', 'b').setTrashed(true);
      const q = `'${folder.getId()}' in parents and trashed = false`;
      expect(names(DriveApp.searchFiles(q))).toEqual(['Roster']);
      expect(names(DriveApp.searchFiles(`title = 'Other'`))).toEqual(['Other']);
      expect(names(DriveApp.searchFolders(`title = 'Program'`))).toEqual(['Program']);
      expect(() => DriveApp.searchFiles(`name = 'Roster'`)).toThrow('Invalid argument: q');
    });
  });
});

describe('Advanced Drive v3', () => {
  it('creates, gets and updates files with appProperties and parents', () => {
    const world = newWorld();
    as(world, COORDINATOR, (_DriveApp, Drive) => {
      const a = Drive.Files.create({ name: 'Folder A', mimeType: 'application/vnd.google-apps.folder' });
      const b = Drive.Files.create({ name: 'Folder B', mimeType: 'application/vnd.google-apps.folder' });
      const file = Drive.Files.create({ name: 'Share', parents: [a.id as string], appProperties: { kind: 'dataShare', tier: '1' } });
      expect(Object.keys(file).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
      const got = Drive.Files.get(file.id as string, { fields: 'id,name,parents,appProperties,owners(emailAddress)' });
      expect(got).toEqual({
        id: file.id,
        name: 'Share',
        parents: [a.id],
        appProperties: { kind: 'dataShare', tier: '1' },
        owners: [{ emailAddress: COORDINATOR }],
      });

      Drive.Files.update({ name: 'Share v2', appProperties: { tier: null } as unknown as Record<string, string> }, file.id as string, NO_BLOB, {
        addParents: b.id,
        removeParents: a.id,
      });
      const moved = Drive.Files.get(file.id as string, { fields: 'name,parents,appProperties' });
      expect(moved).toEqual({ name: 'Share v2', parents: [b.id], appProperties: { kind: 'dataShare' } });
      expect(() => Drive.Files.update({}, file.id as string, NO_BLOB, { addParents: a.id })).toThrow(
        'Increasing the number of parents is not allowed.',
      );
    });
  });

  it('creates a spreadsheet in a folder that SpreadsheetApp opens at once, with one sheet "Sheet1" of 1000 × 26', () => {
    const world = newWorld();
    as(world, COORDINATOR, (_DriveApp, Drive) => {
      const folder = Drive.Files.create({ name: 'Notes', mimeType: 'application/vnd.google-apps.folder' });
      const file = Drive.Files.create({
        name: 'Team notes',
        mimeType: 'application/vnd.google-apps.spreadsheet',
        parents: [folder.id as string],
        appProperties: { kind: 'notesView' },
      });
      const book = createSpreadsheetAppFor(world).openById(file.id as string);
      expect(book.getName()).toBe('Team notes');
      const sheets = book.getSheets();
      expect(sheets.map((s) => [s.getName(), s.getMaxRows(), s.getMaxColumns()])).toEqual([['Sheet1', 1000, 26]]);
      book.getSheets()[0].getRange(1, 1).setValue('Date');
      expect(world.state.spreadsheets[file.id as string].sheets[0].values[0][0]).toBe('Date');
      expect(Drive.Files.get(file.id as string, { fields: 'parents,appProperties' })).toEqual({
        parents: [folder.id],
        appProperties: { kind: 'notesView' },
      });
    });
  });

  it('copies a file with the appProperties of the request body over those of the original', () => {
    const world = newWorld();
    as(world, COORDINATOR, (_DriveApp, Drive) => {
      const source = Drive.Files.create({ name: 'Template', appProperties: { kind: 'template', tier: '1' } });
      const copy = Drive.Files.copy(
        { name: 'For Sam', appProperties: { kind: 'letter', tier: null } as unknown as Record<string, string> },
        source.id as string,
      );
      expect(Drive.Files.get(copy.id as string, { fields: 'name,appProperties' })).toEqual({ name: 'For Sam', appProperties: { kind: 'letter' } });
      expect(Drive.Files.get(source.id as string, { fields: 'appProperties' }).appProperties).toEqual({ kind: 'template', tier: '1' });
    });
  });

  it('lists with q and pages through results', () => {
    const world = newWorld();
    as(world, COORDINATOR, (_DriveApp, Drive) => {
      const folder = Drive.Files.create({ name: 'Shares', mimeType: 'application/vnd.google-apps.folder' });
      for (let i = 0; i < 5; i++) {
        Drive.Files.create({ name: `Share ${i}`, parents: [folder.id as string], appProperties: { student: i % 2 ? 'odd' : 'even' } });
      }
      const q = `'${folder.id}' in parents and trashed = false and appProperties has { key='student' and value='even' }`;
      const first = Drive.Files.list({ q, pageSize: 2, fields: 'nextPageToken, files(name)' });
      expect(first.files).toEqual([{ name: 'Share 0' }, { name: 'Share 2' }]);
      const second = Drive.Files.list({ q, pageSize: 2, pageToken: first.nextPageToken, fields: 'nextPageToken, files(name)' });
      expect(second.files).toEqual([{ name: 'Share 4' }]);
      expect(second.nextPageToken).toBeUndefined();
      expect(Drive.Files.list({ q: `name = 'Share 3' and mimeType != 'application/vnd.google-apps.folder'` }).files).toHaveLength(1);
      expect(() => Drive.Files.list({ q: `title = 'x'` })).toThrow('Invalid Value');
    });
  });

  it('manages permissions: create, update, delete; a viewer may not share', () => {
    const world = newWorld();
    const id = as(world, TEACHER, (_DriveApp, Drive) => {
      const file = Drive.Files.create({ name: 'Notes' });
      const perm = Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: TUTOR }, file.id as string, {
        sendNotificationEmail: false,
      });
      expect(perm).toEqual({ kind: 'drive#permission', id: expect.any(String), type: 'user', role: 'reader' });
      Drive.Permissions.update({ role: 'writer' }, file.id as string, perm.id as string);
      expect(driveSettings(world).notifications).toEqual([]);
      return file.id as string;
    });
    as(world, TUTOR, (DriveApp, Drive) => {
      expect(DriveApp.getFileById(id).getAccess(TUTOR)).toBe('EDIT');
      Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: COORDINATOR }, id);
      expect(driveSettings(world).notifications).toMatchObject([{ to: COORDINATOR, itemId: id, role: 'reader' }]);
    });
    as(world, COORDINATOR, (_DriveApp, Drive) => {
      expect(() => Drive.Permissions.create({ role: 'writer', type: 'user', emailAddress: COORDINATOR }, id)).toThrow(
        'The user does not have sufficient permissions for this file.',
      );
    });
    as(world, TEACHER, (_DriveApp, Drive) => {
      const perms = Drive.Permissions.list(id, { fields: 'permissions(id,emailAddress,role)' }).permissions ?? [];
      const tutor = perms.find((p) => p.emailAddress === TUTOR);
      Drive.Permissions.remove(id, tutor?.id as string);
      const owner = perms.find((p) => p.role === 'owner');
      expect(() => Drive.Permissions.remove(id, owner?.id as string)).toThrow('The owner of a file cannot be removed.');
    });
    as(world, TUTOR, (DriveApp) => expect(() => DriveApp.getFileById(id)).toThrow('No item with the given ID'));
  });

  it('under drive.file, hides items the app did not create until the Picker opens them', () => {
    const world = newWorld();
    const id = createInDrive(world, TEACHER, { name: 'Made in Drive UI', mimeType: 'text/plain', content: '' });
    setDriveScope(world, 'drive.file');
    as(world, TEACHER, (_DriveApp, Drive) => {
      expect(() => Drive.Files.get(id)).toThrow(`File not found: ${id}`);
      expect(Drive.Files.list({ q: `name = 'Made in Drive UI'` }).files).toEqual([]);
      const mine = Drive.Files.create({ name: 'Made by app' });
      expect(Drive.Files.get(mine.id as string).name).toBe('Made by app');
    });
    pickWithPicker(world, TEACHER, [id]);
    as(world, TEACHER, (_DriveApp, Drive) => expect(Drive.Files.get(id).name).toBe('Made in Drive UI'));
  });

  it('counts Advanced calls under Drive.Files and Drive.Permissions', () => {
    const world = newWorld();
    as(world, COORDINATOR, (_DriveApp, Drive) => {
      const f = Drive.Files.create({ name: 'x' });
      Drive.Permissions.list(f.id as string);
      expect(world.counter.count('Drive.Files.create')).toBe(1);
      expect(world.counter.count('Drive.Permissions.list')).toBe(1);
    });
  });

  it('throws for members the fakes do not implement', () => {
    const world = newWorld();
    as(world, COORDINATOR, (DriveApp) => {
      expect(() => (DriveApp as unknown as { getStorageUsed: () => number }).getStorageUsed()).toThrow(
        'not implemented in fakes: DriveApp.getStorageUsed',
      );
    });
  });
});
