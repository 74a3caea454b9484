// Advanced Docs service fake: a document built with Documents.batchUpdate reads back through DocumentApp exactly as
// the requests built it; UTF-16 indexes, the API's 400s, atomic batches, one call per batch, scope and sharing.

import { grantScopes, shareInDrive } from '../../fakes';
import { createDocumentApp } from '../../fakes/docs';
import { createAdvancedDocs } from '../../fakes/docs-api';
import { createAdvancedDrive } from '../../fakes/drive';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';
const TUTOR = 'tutor@school.example';
const DOCS_MIME = 'application/vnd.google-apps.document';

type Request = GoogleAppsScript.Docs.Schema.Request;

function newDoc(world: FakeWorld): string {
  return world.run({ user: COORDINATOR }, () => createAdvancedDrive(world).Files.create({ name: 'Conference', mimeType: DOCS_MIME }).id as string);
}

function update(world: FakeWorld, id: string, requests: unknown[], user = COORDINATOR) {
  return world.run({ user }, () => createAdvancedDocs(world).Documents.batchUpdate({ requests: requests as Request[] }, id));
}

/** What DocumentApp reads: each body child's type, text, heading/glyph, and cell backgrounds. */
function readBack(world: FakeWorld, id: string): string[] {
  return world.run({ user: COORDINATOR }, () => {
    const body = createDocumentApp(world).openById(id).getBody();
    const out: string[] = [];
    for (let i = 0; i < body.getNumChildren(); i++) {
      const child = body.getChild(i);
      const type = String(child.getType());
      if (type === 'PARAGRAPH') out.push(`P ${String(child.asParagraph().getHeading())} ${child.asParagraph().getText()}`);
      else if (type === 'LIST_ITEM') out.push(`LI ${String(child.asListItem().getGlyphType())} ${child.asListItem().getText()}`);
      else if (type === 'TABLE') {
        const t = child.asTable();
        const cells: string[] = [];
        for (let r = 0; r < t.getNumRows(); r++)
          for (let c = 0; c < t.getRow(r).getNumCells(); c++) {
            const cell = t.getCell(r, c);
            cells.push(`${cell.getText()}${cell.getBackgroundColor() ? `(${cell.getBackgroundColor()})` : ''}`);
          }
        out.push(`T ${t.getNumRows()}x${t.getRow(0).getNumCells()} ${cells.join('|')}`);
      } else out.push(type);
    }
    return out;
  });
}

const grey = { color: { rgbColor: { red: 0xf1 / 255, green: 0xf3 / 255, blue: 0xf4 / 255 } } };

describe('Docs.Documents.batchUpdate', () => {
  it('a coordinator builds a conference doc in one call, and DocumentApp reads what the requests built', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const id = newDoc(world);
    world.counter.reset();
    // "Goal 🎯\n" is 8 code units (the emoji counts 2): body text starts at 1.
    update(world, id, [
      { insertText: { location: { index: 1 }, text: 'Goal 🎯\nSteps\nRead daily\nAsk for help\n' } },
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 9 }, paragraphStyle: { namedStyleType: 'TITLE' }, fields: 'namedStyleType' } },
      { updateParagraphStyle: { range: { startIndex: 9, endIndex: 15 }, paragraphStyle: { namedStyleType: 'HEADING_2' }, fields: 'namedStyleType' } },
      { createParagraphBullets: { range: { startIndex: 15, endIndex: 39 }, bulletPreset: 'NUMBERED_DECIMAL_ALPHA_ROMAN' } },
      { updateTextStyle: { range: { startIndex: 1, endIndex: 5 }, textStyle: { bold: true }, fields: 'bold' } },
      // The trailing empty paragraph is at 39: the table goes there, after the newline the API inserts before it.
      { insertTable: { location: { index: 39 }, rows: 2, columns: 2 } },
    ]);
    expect(world.counter.count('Docs.Documents.batchUpdate')).toBe(1);
    expect(world.counter.total).toBe(1);
    // Table at 40: cells' paragraphs at 43, 45 (row 0) and 48, 50 (row 1); fill from the end so earlier indexes hold.
    update(world, id, [
      { insertText: { location: { index: 50 }, text: '2' } },
      { insertText: { location: { index: 48 }, text: '1' } },
      { insertText: { location: { index: 45 }, text: 'When' } },
      { insertText: { location: { index: 43 }, text: 'Step' } },
      {
        updateTableCellStyle: {
          tableRange: { tableCellLocation: { tableStartLocation: { index: 40 }, rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: 2 },
          tableCellStyle: { backgroundColor: grey },
          fields: 'backgroundColor',
        },
      },
    ]);
    expect(readBack(world, id)).toEqual([
      'P TITLE Goal 🎯',
      'P HEADING2 Steps',
      'LI NUMBER Read daily',
      'LI NUMBER Ask for help',
      'P NORMAL ',
      'T 2x2 Step(#f1f3f4)|When(#f1f3f4)|1|2',
      'P NORMAL ',
    ]);
    world.run({ user: COORDINATOR }, () => {
      const body = createDocumentApp(world).openById(id).getBody();
      expect(body.getChild(0).asParagraph().editAsText().isBold(0)).toBe(true);
      expect(body.getChild(0).asParagraph().editAsText().isBold(5)).toBe(false);
      expect(body.getListItems()[0].getListId()).toBe(body.getListItems()[1].getListId());
    });
  });

  it('reports the structure with the API indexes: an empty 2×2 table at S spans S..S+12', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const id = newDoc(world);
    update(world, id, [{ insertTable: { endOfSegmentLocation: {}, rows: 2, columns: 2 } }]);
    const doc = world.run({ user: COORDINATOR }, () => createAdvancedDocs(world).Documents.get(id));
    const content = doc.body?.content ?? [];
    expect(content.map((c) => [c.startIndex, c.endIndex, c.table ? 'table' : c.paragraph ? 'p' : 'section'])).toEqual([
      [0, 1, 'section'],
      [1, 2, 'p'],
      [2, 14, 'table'],
      [14, 15, 'p'],
    ]);
    const rows = content[2].table?.tableRows ?? [];
    expect(rows.map((r) => [r.startIndex, r.endIndex])).toEqual([
      [3, 8],
      [8, 13],
    ]);
    expect(rows[0].tableCells?.map((c) => [c.startIndex, c.endIndex, c.content?.[0].startIndex])).toEqual([
      [4, 6, 5],
      [6, 8, 7],
    ]);
  });

  it('refuses an index past the end with the API 400, and applies nothing of a failing batch', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const id = newDoc(world);
    update(world, id, [{ insertText: { location: { index: 1 }, text: 'Hello world' } }]);
    expect(() =>
      update(world, id, [{ insertText: { location: { index: 1 }, text: 'Dear ' } }, { insertText: { location: { index: 99 }, text: '!' } }]),
    ).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].insertText: Index 99 must be less than the end index of the referenced segment, 18.',
    );
    expect(readBack(world, id)).toEqual(['P NORMAL Hello world']);
    expect(() => update(world, id, [{ updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true } } }])).toThrow(
      "Invalid requests[0].updateTextStyle: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
  });

  it('refuses text at a table start and deleting the segment end newline', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const id = newDoc(world);
    update(world, id, [{ insertTable: { location: { index: 1 }, rows: 1, columns: 1 } }]);
    expect(() => update(world, id, [{ insertText: { location: { index: 2 }, text: 'x' } }])).toThrow(
      'Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph.',
    );
    expect(() => update(world, id, [{ deleteContentRange: { range: { startIndex: 7, endIndex: 8 } } }])).toThrow(
      'Invalid requests[0].deleteContentRange: The range cannot include the newline character at the end of the segment.',
    );
  });

  it('replaces every merge field in paragraphs and cells, counting them', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const id = newDoc(world);
    update(world, id, [
      { insertText: { location: { index: 1 }, text: 'For {{student.name}}\n' } },
      { insertTable: { location: { index: 21 }, rows: 1, columns: 1 } },
    ]);
    update(world, id, [{ insertText: { location: { index: 25 }, text: '{{student.name}}, {{STUDENT.NAME}}' } }]);
    const reply = update(world, id, [{ replaceAllText: { containsText: { text: '{{student.name}}', matchCase: true }, replaceText: 'Sam 🎒' } }]);
    expect(reply.replies?.[0].replaceAllText?.occurrencesChanged).toBe(2);
    // The table went in at the end of the first paragraph's text: that paragraph's own newline now follows the table.
    expect(readBack(world, id)).toEqual(['P NORMAL For Sam 🎒', 'T 1x1 Sam 🎒, {{STUDENT.NAME}}', 'P NORMAL ', 'P NORMAL ']);
  });

  it('deletes across paragraphs, merging them', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const id = newDoc(world);
    update(world, id, [{ insertText: { location: { index: 1 }, text: 'One\nTwo\nThree' } }]);
    update(world, id, [{ deleteContentRange: { range: { startIndex: 3, endIndex: 7 } } }]);
    expect(readBack(world, id)).toEqual(['P NORMAL Ono', 'P NORMAL Three']);
  });

  it('a tutor who may only read the doc cannot change it; one it is not shared with cannot see it', () => {
    const world = new FakeWorld({ users: [COORDINATOR, TUTOR, 'other@school.example'] });
    const id = newDoc(world);
    shareInDrive(world, COORDINATOR, id, TUTOR, 'reader');
    expect(world.run({ user: TUTOR }, () => createAdvancedDocs(world).Documents.get(id).documentId)).toBe(id);
    expect(() => update(world, id, [{ insertText: { location: { index: 1 }, text: 'x' } }], TUTOR)).toThrow(
      'API call to docs.documents.batchUpdate failed with error: The caller does not have permission',
    );
    expect(() => update(world, id, [{ insertText: { location: { index: 1 }, text: 'x' } }], 'other@school.example')).toThrow(
      'Requested entity was not found.',
    );
  });

  it('needs the documents scope', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const id = newDoc(world);
    grantScopes(world, COORDINATOR, ['spreadsheets', 'drive.file']);
    world.counter.reset();
    expect(() => update(world, id, [{ insertText: { location: { index: 1 }, text: 'x' } }])).toThrow(
      'You do not have permission to call Docs.Documents.batchUpdate. Required permissions: https://www.googleapis.com/auth/documents',
    );
    expect(world.counter.total).toBe(0);
  });
});
