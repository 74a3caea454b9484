// DocumentApp: creating and opening Docs as the active user, the bound document, its Ui, and the enums.

import { createDriveItem } from '../drive/items';
import { DOCS_MIME } from '../drive/state';
import { FakeServiceError } from '../errors';
import { createUi } from '../script/ui';
import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { wrapDocument } from './document';
import { ATTRIBUTE, ELEMENT_TYPE, GLYPH_TYPE, HORIZONTAL_ALIGNMENT, PARAGRAPH_HEADING } from './enums';
import { UI_CONTEXT } from './errors';
import { createDocumentState } from './model';
import { DocSession } from './session';

type Member =
  | 'ParagraphHeading'
  | 'GlyphType'
  | 'ElementType'
  | 'HorizontalAlignment'
  | 'Attribute'
  | 'create'
  | 'openById'
  | 'openByUrl'
  | 'getActiveDocument'
  | 'getUi';

class FakeDocumentApp implements Pick<GoogleAppsScript.Document.DocumentApp, Member> {
  readonly ParagraphHeading = PARAGRAPH_HEADING;
  readonly GlyphType = GLYPH_TYPE;
  readonly ElementType = ELEMENT_TYPE;
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT;
  readonly Attribute = ATTRIBUTE;

  constructor(private readonly _world: FakeWorld) {}

  /** A new Doc in the user's My Drive holding one empty paragraph. */
  create(name: string): GoogleAppsScript.Document.Document {
    // Whether a file made by DocumentApp.create carries a drive.file grant is not documented: the fakes take the
    // strict reading (no grant), so code that needs the Drive API on it creates it with Drive.Files.create instead.
    // https://developers.google.com/workspace/drive/api/guides/api-specific-auth
    const item = createDriveItem(this._world, { name: String(name), mimeType: DOCS_MIME, appGrant: false });
    this._world.state.documents[item.id] = createDocumentState(item.id, item.name);
    return this._open(item.id, false);
  }

  openById(id: string): GoogleAppsScript.Document.Document {
    return this._open(id, false);
  }

  openByUrl(url: string): GoogleAppsScript.Document.Document {
    const id = /\/d\/([\w-]+)/.exec(url)?.[1] ?? url;
    return this._open(id, false);
  }

  /** The document the script is bound to (the add-on's host document), or null outside one. */
  getActiveDocument(): GoogleAppsScript.Document.Document {
    const id = this._world.execution.activeDocumentId;
    return (id ? this._open(id, true) : null) as GoogleAppsScript.Document.Document;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    if (this._world.execution.host !== 'docs') throw new FakeServiceError(UI_CONTEXT);
    return createUi(this._world, 'docs');
  }

  private _open(id: string, active: boolean): GoogleAppsScript.Document.Document {
    const session = new DocSession(this._world, id, active);
    session.read();
    return wrapDocument(session);
  }
}

export function createDocumentApp(world: FakeWorld): GoogleAppsScript.Document.DocumentApp {
  return surface(new FakeDocumentApp(world), 'DocumentApp', world) as unknown as GoogleAppsScript.Document.DocumentApp;
}
