// The Drive fake's export is as strict as Apps Script's advanced service: alt=media or nothing, Docs only, the
// add-on's grant required (fakes/drive/export.ts cites the pages).

import { installGlobals } from '../../fakes';
import { createInDrive } from '../../fakes/drive';
import { FAKE_PDF_HEADER } from '../../fakes/drive/export';
import { FakeWorld } from '../../fakes/world';

const ME = 'coordinator@school.example';
const OTHER = 'someone@school.example';
type Exporter = { export(id: string, mime: string, args?: Record<string, unknown>): GoogleAppsScript.Base.Blob };

describe('Drive.Files.export in the fakes', () => {
  let world: FakeWorld;
  let uninstall: () => void;
  beforeEach(() => {
    world = new FakeWorld({ users: [ME, OTHER] });
    uninstall = installGlobals(world);
  });
  afterEach(() => uninstall());
  const files = () => (Drive as GoogleAppsScript.Drive).Files as unknown as Exporter;

  it('exports a Doc the add-on made as PDF only when asked with alt=media, and counts it as one call', () => {
    world.run({ user: ME, host: 'sheets' }, () => {
      const id = String((Drive as GoogleAppsScript.Drive).Files.create({ name: 'Report', mimeType: 'application/vnd.google-apps.document' }).id);
      expect(() => files().export(id, 'application/pdf')).toThrow(
        'API call to drive.files.export failed with error: Export requires alt=media to download the exported content.',
      );
      world.counter.reset();
      const blob = files().export(id, 'application/pdf', { alt: 'media' });
      expect(world.counter.count('Drive.Files.export')).toBe(1);
      expect(blob.getContentType()).toBe('application/pdf');
      expect(blob.getName()).toBe('Report.pdf');
      expect(blob.getDataAsString().startsWith(FAKE_PDF_HEADER)).toBe(true);
      expect(() => files().export(id, 'image/png', { alt: 'media' })).toThrow('The requested conversion is not supported.');
    });
  });

  it('refuses a blob file, and a Doc the add-on has no grant for', () => {
    const plain = createInDrive(world, ME, { name: 'notes.txt', mimeType: 'text/plain', content: 'hi' });
    const theirs = createInDrive(world, OTHER, { name: 'Theirs', mimeType: 'application/vnd.google-apps.document' });
    world.run({ user: ME, host: 'sheets' }, () => {
      expect(() => files().export(plain, 'application/pdf', { alt: 'media' })).toThrow(/File not found|Export only supports Docs Editors files/);
      expect(() => files().export(theirs, 'application/pdf', { alt: 'media' })).toThrow(/File not found/);
    });
  });
});
