// `npm start`: the local playground. Serves the add-on's real sidebars and dialogs (dist/*.html) beside a live view of
// the fake workbook, documents and Drive, with the built bundle (dist/Code.js) running on the fakes as Apps Script would.
// State persists to playground/.state/world.json, so work survives a restart.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { createGlobals, distHtmlLoader, type FakeGlobals } from '../fakes';
import { googleScriptShim } from '../fakes/client-shim';
import { setUserLocale } from '../fakes/script/session';
import { callServer } from '../fakes/server-bridge';
import { FakeWorld, type Host, type WorldState } from '../fakes/world';
import { DEMO_COORDINATOR, DEMO_USERS, seedDemo } from './demo';
import { workbooksFor, worldView } from './view';

// gas-local ships no typings.
const gasLocal = require('gas-local') as { require(folder: string, globals: object): Record<string, unknown> };

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
export const DEFAULT_STATE_DIR = join(ROOT, 'playground', '.state');

interface Session {
  user: string;
  host: Host;
  spreadsheetId: string;
  documentId: string | null;
  /** Everyone's Google account language (Session.getActiveUserLocale): the add-on's menus, pages and messages follow it. */
  locale?: 'en' | 'nl';
}

export interface Playground {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the playground on 127.0.0.1:`port` (0 picks a free port), keeping its state in `stateDir`, running the bundle
 * and pages built in `distDir` (a test passes its own copy, so a rebuild meanwhile cannot pull them away).
 */
export function startPlayground(port: number, stateDir = DEFAULT_STATE_DIR, distDir = DIST): Promise<Playground> {
  const STATE_FILE = join(stateDir, 'world.json');
  const STATE_DIR = stateDir;
  function loadWorld(): { world: FakeWorld; app: Record<string, unknown>; session: Session; globals: FakeGlobals } {
    const saved = existsSync(STATE_FILE) ? (JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { state: WorldState; session: Session }) : null;
    const world = new FakeWorld({ users: DEMO_USERS.map((u) => u.email), state: saved?.state });
    const globals = createGlobals(world, { html: distHtmlLoader(distDir) });
    const app = gasLocal.require(distDir, { ...globals });
    const session = saved?.session ?? { user: DEMO_COORDINATOR, host: 'sheets', spreadsheetId: seedDemo(world, app, globals), documentId: null };
    applyLocale(world, session);
    return { world, app, session, globals };
  }

  function applyLocale(w: FakeWorld, s: Session): void {
    for (const u of DEMO_USERS) setUserLocale(w, u.email, s.locale ?? 'en');
  }

  let { world, app, session, globals } = loadWorld();
  let version = 1;

  function persist(): void {
    mkdirSync(STATE_DIR, { recursive: true });
    writeFileSync(`${STATE_FILE}.tmp`, JSON.stringify({ state: world.state, session }));
    renameSync(`${STATE_FILE}.tmp`, STATE_FILE);
    version++;
  }

  const execution = () => ({
    user: session.user,
    host: session.host,
    spreadsheetId: session.host === 'sheets' ? session.spreadsheetId : null,
    documentId: session.host === 'docs' ? session.documentId : null,
  });

  /** Opens the add-on in the current host, as Sheets/Docs do when a document opens: onOpen builds the menu. */
  function openHost(): void {
    world.state.ui.menus = world.state.ui.menus.filter((m) => m.host !== session.host);
    callServer(world, execution(), app, 'onOpen', JSON.stringify([{ authMode: 'FULL' }]));
  }

  function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => resolve(body));
    });
  }

  function send(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  }

  const json = (res: ServerResponse, value: unknown) => send(res, 200, 'application/json', JSON.stringify(value));

  /** A page shown by the add-on, with google.script.run reaching this server. */
  function pageHtml(index: number): string | null {
    const shown = world.state.ui.shown[index];
    if (!shown) return null;
    const shim = `<script>${googleScriptShim(
      Object.keys(app).filter((k) => typeof app[k] === 'function'),
      'fetch',
    )}</script>`;
    const notify = '<script>document.addEventListener("gas-host-close",()=>parent.postMessage({type:"close"},"*"));</script>';
    return shown.html.replace('<head>', `<head>${shim}${notify}`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/')
      return send(res, 200, 'text/html; charset=utf-8', readFileSync(join(ROOT, 'playground', 'shell.html'), 'utf8'));
    if (req.method === 'GET' && path === '/api/state') {
      return json(res, {
        version,
        session,
        users: DEMO_USERS,
        workbooks: workbooksFor(world, session.user),
        view: worldView(world, session.spreadsheetId, session.user),
        counts: world.counter.snapshot(),
      });
    }
    if (req.method === 'GET' && path === '/api/version') return json(res, { version });
    if (req.method === 'GET' && path.startsWith('/page/')) {
      const html = pageHtml(Number(path.slice('/page/'.length)));
      return html ? send(res, 200, 'text/html; charset=utf-8', html) : send(res, 404, 'text/plain', 'no such page');
    }
    if (req.method === 'POST' && path.startsWith('/rpc/')) {
      const reply = callServer(world, execution(), app, decodeURIComponent(path.slice('/rpc/'.length)), await readBody(req));
      persist();
      return send(res, 200, 'application/json', JSON.stringify(reply));
    }
    if (req.method === 'POST' && path === '/api/session') {
      const body = JSON.parse((await readBody(req)) || '{}') as Partial<Session>;
      session = { ...session, ...body };
      applyLocale(world, session);
      // A person switched to opens only what Drive shares with them: keep the workbook if they can, else their first.
      const open = workbooksFor(world, session.user);
      if (!open.some((w) => w.id === session.spreadsheetId)) session.spreadsheetId = open[0]?.id ?? '';
      openHost();
      persist();
      return json(res, { ok: true, session });
    }
    if (req.method === 'POST' && path.startsWith('/api/menu/')) {
      const before = world.state.ui.shown.length;
      const reply = callServer(world, execution(), app, decodeURIComponent(path.slice('/api/menu/'.length)), '[]');
      persist();
      return json(res, { reply, shown: world.state.ui.shown.length > before ? before : null, page: world.state.ui.shown[before] ?? null });
    }
    if (req.method === 'POST' && path === '/api/sheet') {
      // The person clicks a sheet tab: in Sheets that sheet becomes the active one (what getActiveSheet returns).
      const { name } = JSON.parse((await readBody(req)) || '{}') as { name?: string };
      const book = world.state.spreadsheets[session.spreadsheetId];
      const index = book ? book.sheets.findIndex((sh) => sh.name === name) : -1;
      if (book && index >= 0) book.activeSheetIndex = index;
      persist();
      return json(res, { ok: index >= 0 });
    }
    if (req.method === 'POST' && path === '/api/new-doc') {
      const id = world.run({ user: session.user, host: 'docs' }, () =>
        globals.DocumentApp.create(`Untitled document ${Object.keys(world.state.documents).length + 1}`).getId(),
      );
      persist();
      return json(res, { id });
    }
    if (req.method === 'POST' && path === '/api/reset') {
      const seeded = loadFresh();
      world = seeded.world;
      app = seeded.app;
      session = seeded.session;
      globals = seeded.globals;
      openHost();
      persist();
      return json(res, { ok: true });
    }
    send(res, 404, 'text/plain', 'not found');
  }

  function loadFresh() {
    if (existsSync(STATE_FILE)) renameSync(STATE_FILE, `${STATE_FILE}.bak`);
    return loadWorld();
  }

  openHost();
  persist();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', error instanceof Error ? (error.stack ?? error.message) : String(error)));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://localhost:${actual}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
