// What the playground shows of the fake world: the workbook's sheets as grids, the documents, the Drive tree with
// who can reach what, and the add-on's menus. Read straight from state (not through the counted fakes).

import type { DocElementState } from '../fakes/docs/state';
import type { FakeWorld } from '../fakes/world';

export interface SheetView {
  name: string;
  rows: string[][];
  totalRows: number;
}

export interface DocView {
  id: string;
  name: string;
  blocks: { kind: string; text?: string; heading?: string; rows?: string[][]; level?: number }[];
}

export interface DriveNode {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  sharing: string[];
  children: DriveNode[];
}

const MAX_ROWS = 200;

function display(value: unknown): string {
  if (value && typeof value === 'object' && 'd' in value) return new Date((value as { d: number }).d).toISOString().slice(0, 10);
  return value === undefined || value === null ? '' : String(value);
}

function block(el: DocElementState): DocView['blocks'][number] {
  switch (el.type) {
    case 'PARAGRAPH':
      return { kind: 'p', text: el.text, heading: el.heading };
    case 'LIST_ITEM':
      return { kind: 'li', text: el.text, level: el.nestingLevel };
    case 'TABLE':
      return { kind: 'table', rows: el.rows };
    default:
      return { kind: 'hr' };
  }
}

export function worldView(world: FakeWorld, spreadsheetId: string) {
  const ss = world.state.spreadsheets[spreadsheetId];
  const sheets: SheetView[] = (ss?.sheets ?? []).map((sheet) => ({
    name: sheet.name,
    rows: sheet.values.slice(0, MAX_ROWS).map((row) => row.map(display)),
    totalRows: sheet.values.length,
  }));
  const documents: DocView[] = Object.values(world.state.documents).map((doc) => ({ id: doc.id, name: doc.name, blocks: doc.body.map(block) }));
  const items = Object.values(world.state.drive).filter((i) => !i.trashed);
  const node = (id: string, depth = 0): DriveNode | null => {
    const item = world.state.drive[id];
    if (!item || depth > 8) return null;
    return {
      id,
      name: item.name,
      mimeType: item.mimeType,
      owner: item.owner,
      sharing: item.permissions.filter((p) => p.role !== 'owner').map((p) => `${p.emailAddress ?? p.type}: ${p.role}`),
      children: items
        .filter((c) => c.parents.includes(id))
        .map((c) => node(c.id, depth + 1))
        .filter((n): n is DriveNode => n !== null),
    };
  };
  const drive = Object.entries(world.state.roots)
    .map(([user, id]) => ({ user, root: node(id) }))
    .filter((r) => r.root && r.root.children.length > 0);
  return {
    spreadsheetName: ss?.name ?? '',
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`,
    sheets,
    documents,
    drive,
    menus: world.state.ui.menus,
    shownCount: world.state.ui.shown.length,
    mail: world.state.mail.slice(-20),
  };
}
