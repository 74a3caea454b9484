// Keeps a Doc's or Sheet's own state in step with its Drive record when Drive renames, copies or deletes it.

import type { FakeWorld } from '../world';

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
