// Test helper: puts a user's cursor in a Doc, as clicking into it would (Apps Script scripts cannot move it there).

import type { FakeWorld } from '../world';

/** Places the cursor in the body child at `childIndex`, `offset` characters into its text. */
export function placeCursor(world: FakeWorld, docId: string, childIndex: number, offset = 0): void {
  const doc = world.state.documents[docId];
  if (!doc) throw new Error(`fake world: no document ${docId}`);
  if (childIndex < 0 || childIndex >= doc.body.length) throw new Error(`fake world: document ${docId} has no child ${childIndex}`);
  doc.cursorIndex = childIndex;
  doc.cursorOffset = offset;
}
