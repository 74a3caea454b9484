// Keeps a Doc's or Sheet's own state in step with its Drive record when Drive creates, renames, copies or deletes it.

import { createDocumentState } from '../docs/model';
import { createSpreadsheetState } from '../sheets/book';
import type { FakeWorld } from '../world';
import { DOCS_MIME, type DriveItemState, SHEETS_MIME } from './state';

/**
 * A Doc or Sheet made in Drive (files.create with its mimeType, or the Drive UI's New menu) is a real, empty one:
 * one empty paragraph, or one sheet "Sheet1" of 1000 × 26, which DocumentApp / SpreadsheetApp open at once.
 * https://developers.google.com/workspace/drive/api/guides/create-file
 */
export function createCompanion(world: FakeWorld, item: DriveItemState): void {
  if (item.mimeType === DOCS_MIME) world.state.documents[item.id] = createDocumentState(item.id, item.name);
  if (item.mimeType === SHEETS_MIME) world.state.spreadsheets[item.id] = createSpreadsheetState(item.id, item.name);
}

/** Drive is the source of truth for names; the editors' states carry a copy for their own getName. */
export function renameCompanion(world: FakeWorld, id: string, name: string): void {
  const doc = world.state.documents[id];
  if (doc) doc.name = name;
  const sheet = world.state.spreadsheets[id];
  if (sheet) sheet.name = name;
}

/** A copied Doc or Sheet starts with the original's content, as Drive's copy does. */
export function copyCompanion(world: FakeWorld, fromId: string, toId: string, name: string): void {
  const doc = world.state.documents[fromId];
  if (doc) world.state.documents[toId] = { ...structuredClone(doc), id: toId, name, cursorIndex: null };
  const sheet = world.state.spreadsheets[fromId];
  if (sheet) world.state.spreadsheets[toId] = { ...structuredClone(sheet), id: toId, name };
}

export function deleteCompanion(world: FakeWorld, id: string): void {
  delete world.state.documents[id];
  delete world.state.spreadsheets[id];
}
