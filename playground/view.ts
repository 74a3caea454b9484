// What the playground shows of the fake world: the workbook's sheets as Sheets would show them (sheet-render.ts), the
// documents, the Drive tree with who can reach what, the add-on's menus and toasts. Read straight from state (not
// through the counted fakes).

import type { DocElementState } from '../fakes/docs/state';
import { effectiveRole } from '../fakes/drive/items';
import type { FakeWorld } from '../fakes/world';
import { renderSheet, type SheetView } from './sheet-render';

export type { SheetView } from './sheet-render';

/** A workbook the signed-in person can open, as Drive shares it with them. */
export interface WorkbookChoice {
  id: string;
  label: string;
  role: string;
}

function settingOf(world: FakeWorld, id: string, header: string): string {
  const settings = world.state.spreadsheets[id]?.sheets.find((s) => s.name === 'Settings');
  const line = settings?.values.find((row) => String(row[0]).trim().toLowerCase() === header);
  return line ? String(line[1] ?? '').trim() : '';
}

/** The program's workbooks `user` can open (the master first), labelled by what they are and what the user may do. */
export function workbooksFor(world: FakeWorld, user: string): WorkbookChoice[] {
  const out: WorkbookChoice[] = [];
  for (const id of Object.keys(world.state.spreadsheets)) {
    const item = world.state.drive[id];
    const role = item && !item.trashed ? effectiveRole(world, id, user) : null;
    if (!role) continue;
    const team = settingOf(world, id, 'team (class)');
    const access = role === 'reader' || role === 'commenter' ? ' (view only)' : '';
    out.push({ id, role, label: team ? `Team workbook — ${team}${access}` : `${world.state.spreadsheets[id].name}${access}` });
  }
  return out.sort((a, b) => Number(a.label.startsWith('Team')) - Number(b.label.startsWith('Team')) || a.label.localeCompare(b.label));
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

/** What `user` sees: the workbook only if Drive shares it with them, and only the Drive items they can reach. */
export function worldView(world: FakeWorld, spreadsheetId: string, user: string) {
  const canOpen = (id: string) => effectiveRole(world, id, user) !== null;
  const ss = spreadsheetId && canOpen(spreadsheetId) ? world.state.spreadsheets[spreadsheetId] : undefined;
  const sheets: SheetView[] = ss ? ss.sheets.filter((sheet) => !sheet.hidden).map((sheet) => renderSheet(ss, sheet, MAX_ROWS)) : [];
  const documents: DocView[] = Object.values(world.state.documents)
    .filter((doc) => canOpen(doc.id))
    .map((doc) => ({ id: doc.id, name: doc.name, blocks: doc.body.map(block) }));
  const items = Object.values(world.state.drive).filter((i) => !i.trashed && canOpen(i.id));
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
  // The person's own My Drive, then what others shared with them (items whose parent they cannot reach).
  const reachable = new Set(items.map((i) => i.id));
  const myRoot = world.state.roots[user];
  const shared = items.filter(
    (i) => i.owner !== user && !i.parents.some((p) => reachable.has(p)) && !Object.values(world.state.roots).includes(i.id),
  );
  const drive = [
    { user: `My Drive of ${user}`, root: myRoot ? node(myRoot) : null },
    {
      user: 'Shared with me',
      root: {
        id: '',
        name: '',
        mimeType: '',
        owner: '',
        sharing: [],
        children: shared.map((i) => node(i.id)).filter((n): n is DriveNode => n !== null),
      },
    },
  ].filter((r) => r.root && r.root.children.length > 0);
  return {
    spreadsheetName: ss?.name ?? (spreadsheetId ? 'You cannot open this workbook' : 'No workbook is shared with you'),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`,
    sheets,
    /** The sheet the add-on made active (a menu item that writes a report shows it). */
    activeSheet: ss ? (ss.sheets[Math.min(Math.max(ss.activeSheetIndex, 0), ss.sheets.length - 1)]?.name ?? null) : null,
    documents,
    drive,
    menus: world.state.ui.menus,
    shownCount: world.state.ui.shown.length,
    mail: world.state.mail.slice(-20),
    /** Spreadsheet.toast messages, numbered so the page shows each new one once. */
    toasts: world.state.ui.toasts.map((t, index) => ({ ...t, index })).slice(-5),
    toastCount: world.state.ui.toasts.length,
    /** Ui.alert boxes (a refusal from a menu item, a job's summary), numbered likewise. */
    alerts: world.state.ui.alerts.map((a, index) => ({ title: a.title, prompt: a.prompt, index })).slice(-3),
    alertCount: world.state.ui.alerts.length,
  };
}
