// DocumentApp fake: building a conference document, merge fields, the cursor, access, and JSON round trips.

import { createDocumentApp, placeCursor } from '../../fakes/docs';
import { createAdvancedDrive } from '../../fakes/drive';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';
const TUTOR = 'tutor@school.example';

type DocumentApp = GoogleAppsScript.Document.DocumentApp;

function as<T>(world: FakeWorld, user: string, fn: (DocumentApp: DocumentApp) => T, documentId?: string): T {
  return world.run({ user, host: documentId ? 'docs' : 'sheets', documentId }, () => fn(createDocumentApp(world)));
}

describe('DocumentApp', () => {
  it('creates a Drive-backed Doc with one empty paragraph', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    as(world, COORDINATOR, (DocumentApp) => {
      const doc = DocumentApp.create('Conference: Sam');
      expect(doc.getBody().getNumChildren()).toBe(1);
      expect(doc.getBody().getText()).toBe('');
      expect(world.state.drive[doc.getId()].mimeType).toBe('application/vnd.google-apps.document');
      expect(world.state.drive[doc.getId()].name).toBe('Conference: Sam');
      doc.setName('Conference: Sam R.');
      expect(world.state.drive[doc.getId()].name).toBe('Conference: Sam R.');
    });
  });

  it('builds headings, list items, tables and rules', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    as(world, COORDINATOR, (DocumentApp) => {
      const body = DocumentApp.create('Report').getBody();
      body.getChild(0).asParagraph().setText('Progress report');
      body.getChild(0).asParagraph().setHeading(DocumentApp.ParagraphHeading.TITLE);
      body.appendParagraph('Goals').setHeading(DocumentApp.ParagraphHeading.HEADING1);
      const first = body.appendListItem('Read 20 minutes a day');
      body.appendListItem('Practice fractions').setNestingLevel(1);
      body.appendHorizontalRule();
      const table = body.appendTable([
        ['Goal', 'Progress-to-goal'],
        ['Reading', '60%'],
      ]);

      expect(body.getChild(1).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
      expect(body.getChild(1).asParagraph().getHeading()).toBe('HEADING1');
      expect(body.getListItems().map((li) => li.getText())).toEqual(['Read 20 minutes a day', 'Practice fractions']);
      expect(body.getListItems()[1].getListId()).toBe(first.getListId());
      expect(body.getListItems()[1].getNestingLevel()).toBe(1);
      expect(table.getNumRows()).toBe(2);
      expect(table.getCell(1, 1).getText()).toBe('60%');
      table.getCell(0, 0).setBackgroundColor('#eeeeee');
      expect(table.getRow(0).getCell(0).getBackgroundColor()).toBe('#eeeeee');
      table.appendTableRow().appendTableCell('Math');
      expect(table.getRow(2).getNumCells()).toBe(1);
      // Docs keeps a paragraph after a table that ends the body.
      expect(body.getChild(body.getNumChildren() - 1).getType()).toBe('PARAGRAPH');
      expect(body.getParagraphs()).toHaveLength(5);
      expect(body.getChild(4).getType()).toBe(DocumentApp.ElementType.HORIZONTAL_RULE);
      expect(() => body.getChild(0).asTable()).toThrow('Cannot cast PARAGRAPH to TABLE');
    });
  });

  it('fills merge fields with replaceText in paragraphs, list items and table cells', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    as(world, COORDINATOR, (DocumentApp) => {
      const body = DocumentApp.create('Letter').getBody();
      body.appendParagraph('Dear {{student.name}},');
      body.appendListItem('{{student.name}} met the action step');
      body.appendTable([['Student', '{{student.name}}']]);
      body.replaceText('\\{\\{student\\.name\\}\\}', 'Sam $1 Rivera');
      expect(body.getText()).toContain('Dear Sam $1 Rivera,');
      expect(body.getListItems()[0].getText()).toBe('Sam $1 Rivera met the action step');
      expect(body.getTables()[0].getCell(0, 1).getText()).toBe('Sam $1 Rivera');
      expect(body.findText('\\{\\{')).toBeNull();

      const found = body.findText('Rivera');
      expect(found?.getStartOffset()).toBe(12);
      expect(found?.getElement().getType()).toBe('TEXT');
      const next = body.findText('Rivera', found);
      expect(next?.getElement().asText().getText()).toBe('Sam $1 Rivera met the action step');
    });
  });

  it('formats text runs and records links', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    as(world, COORDINATOR, (DocumentApp) => {
      const p = DocumentApp.create('Notes').getBody().appendParagraph('Open the Goals Master List');
      const text = p.editAsText().setBold(0, 3, true);
      text.setLinkUrl(9, 25, 'https://example.com/goals');
      expect(text.isBold(0)).toBe(true);
      expect(text.isBold(5)).toBe(false);
      expect(text.getLinkUrl(10)).toBe('https://example.com/goals');
      expect(text.getParent().getType()).toBe('PARAGRAPH');
    });
  });

  it('inserts after the cursor by climbing from the cursor’s Text to the body child', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const id = as(world, COORDINATOR, (DocumentApp) => {
      const doc = DocumentApp.create('Conference');
      doc.getBody().getChild(0).asParagraph().setText('Intro');
      doc.getBody().appendParagraph('Closing');
      return doc.getId();
    });
    placeCursor(world, id, 0, 2);
    as(
      world,
      COORDINATOR,
      (DocumentApp) => {
        const doc = DocumentApp.getActiveDocument();
        const body = doc.getBody();
        const cursor = doc.getCursor();
        expect(cursor).not.toBeNull();
        let element = cursor?.getElement() as GoogleAppsScript.Document.Element;
        expect(element.getType()).toBe('TEXT');
        expect(() => body.getChildIndex(element)).toThrow('Element does not contain the specified child element.');
        while (element.getParent().getType() !== DocumentApp.ElementType.BODY_SECTION) element = element.getParent();
        const index = body.getChildIndex(element);
        body.insertTable(index + 1, [['Goal', 'Status']]);
        expect(body.getChild(1).getType()).toBe('TABLE');
        expect(body.getChild(2).asParagraph().getText()).toBe('Closing');
        expect(cursor?.getOffset()).toBe(2);
      },
      id,
    );
    // A document opened by id has no cursor.
    as(world, COORDINATOR, (DocumentApp) => expect(DocumentApp.openById(id).getCursor()).toBeNull());
  });

  it('enforces Drive access, the last-paragraph rule, and closed documents', () => {
    const world = new FakeWorld({ users: [COORDINATOR, TUTOR] });
    const id = as(world, COORDINATOR, (DocumentApp) => DocumentApp.create('Private').getId());
    as(world, TUTOR, (DocumentApp) => {
      expect(() => DocumentApp.openById(id)).toThrow(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    });
    as(world, COORDINATOR, () => {
      // DocumentApp.create gives the add-on no drive.file grant, so the Drive API cannot share it ...
      expect(() => createAdvancedDrive(world).Permissions.create({ role: 'reader', type: 'user', emailAddress: TUTOR }, id)).toThrow(
        `File not found: ${id}.`,
      );
      // ... but the owner can, in Drive's own sharing dialog (modelled here on the record).
      world.state.drive[id].permissions.push({ id: `perm-${TUTOR}`, type: 'user', emailAddress: TUTOR, role: 'reader' });
    });
    as(world, TUTOR, (DocumentApp) => {
      const body = DocumentApp.openById(id).getBody();
      expect(body.getText()).toBe('');
      expect(() => body.appendParagraph('x')).toThrow('Access denied: DocumentApp.');
    });
    as(world, COORDINATOR, (DocumentApp) => {
      const doc = DocumentApp.openById(id);
      const body = doc.getBody();
      expect(() => body.removeChild(body.getChild(0))).toThrow("Can't remove the last paragraph in a document section.");
      doc.saveAndClose();
      expect(() => body.appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
    });
  });

  it('copies a template Doc through Drive with its content, leaving the template untouched', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    as(world, COORDINATOR, (DocumentApp) => {
      const Drive = createAdvancedDrive(world);
      const templateId = Drive.Files.create({ name: 'Conference template', mimeType: 'application/vnd.google-apps.document' }).id as string;
      const template = DocumentApp.openById(templateId);
      template.getBody().appendParagraph('Student: {{student.name}}');
      const copyId = Drive.Files.copy({ name: 'Conference: Sam' }, templateId).id as string;
      const copy = DocumentApp.openById(copyId);
      copy.getBody().replaceText('\\{\\{student\\.name\\}\\}', 'Sam');
      expect(copy.getName()).toBe('Conference: Sam');
      expect(copy.getBody().getText()).toBe('\nStudent: Sam');
      expect(DocumentApp.openById(template.getId()).getBody().getText()).toBe('\nStudent: {{student.name}}');
    });
  });

  it('getUi works only in a Docs host', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    as(world, COORDINATOR, (DocumentApp) => expect(() => DocumentApp.getUi()).toThrow('Cannot call DocumentApp.getUi() from this context.'));
    world.run({ host: 'docs' }, () => expect(createDocumentApp(world).getUi()).toBeDefined());
  });

  it('survives a JSON round trip of the world state', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const id = as(world, COORDINATOR, (DocumentApp) => {
      const doc = DocumentApp.create('Saved');
      doc.getBody().appendParagraph('Kept').setHeading(DocumentApp.ParagraphHeading.HEADING2);
      doc.getBody().appendTable([['a', 'b']]);
      return doc.getId();
    });
    const again = new FakeWorld({ state: JSON.parse(world.serialize()) });
    as(again, COORDINATOR, (DocumentApp) => {
      const body = DocumentApp.openById(id).getBody();
      expect(body.getChild(1).asParagraph().getHeading()).toBe('HEADING2');
      expect(body.getTables()[0].getCell(0, 1).getText()).toBe('b');
      expect(DocumentApp.openById(id).getName()).toBe('Saved');
    });
  });

  it('counts each call under its Apps Script type', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    as(world, COORDINATOR, (DocumentApp) => {
      const body = DocumentApp.create('Count').getBody();
      world.counter.reset();
      body.appendParagraph('a').setHeading(DocumentApp.ParagraphHeading.HEADING1);
      expect(world.counter.snapshot().calls).toEqual({ 'Body.appendParagraph': 1, 'Paragraph.setHeading': 1 });
    });
  });
});
