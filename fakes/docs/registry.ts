// Late-bound view constructors, so element views can hand out one another without import cycles.

import type { DocSession } from './session';
import type { DocElementState } from './state';
import type { Slot } from './text-slot';

type BlockType = DocElementState['type'];

function notLoaded(): never {
  throw new Error('fake Docs views are not loaded: import them through fakes/docs/index');
}

/** Filled in by each view module when it loads. */
export const views = {
  block: {} as Partial<Record<BlockType, (session: DocSession, id: string) => GoogleAppsScript.Document.Element>>,
  body: notLoaded as (session: DocSession) => GoogleAppsScript.Document.Body,
  text: notLoaded as (session: DocSession, slot: Slot) => GoogleAppsScript.Document.Text,
  row: notLoaded as (session: DocSession, tableId: string, row: number) => GoogleAppsScript.Document.TableRow,
  cell: notLoaded as (session: DocSession, tableId: string, row: number, col: number) => GoogleAppsScript.Document.TableCell,
};

/** The typed view (Paragraph, ListItem, Table, ...) of a body element. */
export function wrapBlock(session: DocSession, id: string): GoogleAppsScript.Document.Element {
  const { el } = session.locate(session.read(), id);
  const factory = views.block[el.type];
  if (!factory) notLoaded();
  return factory(session, id);
}

/** Internal identity of a view passed back in (getChildIndex, newPosition), read without a counted call. */
export interface ViewIdentity {
  _elementId?: string;
  _slot?: Slot;
  _kind?: string;
}

export function identityOf(value: unknown): ViewIdentity {
  return (value ?? {}) as ViewIdentity;
}
