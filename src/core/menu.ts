// The add-on menus of each host, as data: every item with who sees it, so onOpen shows each role its own items and the
// bundle test can check every handler.

import type { Role } from './access/roles';
import type { Locale } from './i18n/locale';
import { type MenuKey, menuText } from './i18n/messages/menu';
import type { WorkbookKind } from './model';

/** One menu entry: the caption a user sees (English here; `menuFor` gives it in the user's language) and the function it runs. */
export interface MenuItem {
  caption: string;
  /** Also the caption's key in the menu catalog (src/core/i18n/messages/menu.ts). */
  functionName: MenuKey;
  /**
   * Who sees it once the add-on knows the user. Each must be allowed by the handler's rule in ACTIONS (a test checks),
   * so the menu never offers what the guard refuses; the guard still decides.
   */
  roles: readonly Role[];
  /** Only in this kind of workbook: 'master' for what works on the whole program, 'team' for one team's work. */
  where?: WorkbookKind;
  /** Also shown before the add-on may read anything (AuthMode.NONE, or Google does not say who the user is). */
  beforeAuth?: boolean;
  /** Also shown in a spreadsheet that holds no program yet, to anyone (the first setup makes its runner coordinator). */
  noProgram?: boolean;
}

export type MenuEntry = MenuItem | 'separator';

const COORDINATORS: readonly Role[] = ['coordinator'];

/** The English caption of the item that runs `functionName`, from the catalog. */
const item = (functionName: MenuKey) => ({ caption: menuText.en[functionName], functionName });

/** Sheets: coordinators run the program from the master; tutors and teachers open the sidebar in their team workbook. */
export const SHEETS_MENU: readonly MenuEntry[] = [
  { ...item('menuOpenTutorSidebar'), roles: ['coordinator', 'tutor', 'teacher'], beforeAuth: true },
  { ...item('menuShareMaterials'), roles: ['teacher'] },
  'separator',
  { ...item('menuSetUpWorkbook'), roles: COORDINATORS, where: 'master', beforeAuth: true, noProgram: true },
  { ...item('menuImportRoster'), roles: COORDINATORS, where: 'master' },
  { ...item('menuRefreshDashboard'), roles: COORDINATORS, where: 'master' },
  'separator',
  { ...item('menuGenerateDocs'), roles: COORDINATORS, where: 'master' },
  { ...item('menuWeeklyPreparation'), roles: COORDINATORS, where: 'master' },
  { ...item('menuProgressReports'), roles: COORDINATORS, where: 'master' },
  { ...item('menuSendCelebrationEmails'), roles: COORDINATORS, where: 'master' },
  'separator',
  { ...item('menuProvisionDrive'), roles: COORDINATORS, where: 'master' },
  { ...item('menuAccessReport'), roles: COORDINATORS, where: 'master' },
  { ...item('menuUpgradeToTeamWorkbooks'), roles: COORDINATORS, where: 'master' },
];

/**
 * Docs: anyone inserts a template (the sidebar checks their role in the program workbook they link); teachers share
 * lesson materials. A document names no program, so Docs menus cannot know a role without opening another file.
 */
export const DOCS_MENU: readonly MenuEntry[] = [
  { ...item('menuOpenTemplateSidebar'), roles: [], beforeAuth: true, noProgram: true },
  { ...item('menuShareMaterials'), roles: ['coordinator', 'teacher'], noProgram: true },
];

/** What onOpen knows of the person and the place, which decides the menu. */
export interface MenuAudience {
  host: 'sheets' | 'docs';
  /** false in AuthMode.NONE, or when Google does not reveal the user: the menu cannot depend on who they are. */
  known: boolean;
  /** The open spreadsheet's kind; null when it holds no program (always null in Docs). */
  kind: WorkbookKind | null;
  roles: readonly Role[];
}

/** The audience before the add-on may read anything: the short menu that needs no reads. */
export function unknownAudience(host: 'sheets' | 'docs'): MenuAudience {
  return { host, known: false, kind: null, roles: [] };
}

function visible(item: MenuItem, a: MenuAudience): boolean {
  if (!a.known) return item.beforeAuth === true;
  if (a.host === 'docs') return item.roles.length === 0 || item.noProgram === true;
  if (a.kind === null) return item.noProgram === true;
  if (item.where && item.where !== a.kind) return false;
  return item.roles.some((r) => a.roles.includes(r));
}

/** Drops separators at either end and doubled ones, left where the items between them were hidden. */
function tidy(entries: MenuEntry[]): MenuEntry[] {
  const out: MenuEntry[] = [];
  for (const e of entries) {
    if (e === 'separator' && (out.length === 0 || out[out.length - 1] === 'separator')) continue;
    out.push(e);
  }
  if (out[out.length - 1] === 'separator') out.pop();
  return out;
}

/** Explains an empty menu: a person with no role in this program workbook learns whom to ask. */
export const NO_ROLE_ITEM: MenuItem = { ...item('menuAboutAccess'), roles: [] };

/** The items this audience sees, in menu order, captioned in `locale`; never empty, so the add-on always says something. */
export function menuFor(a: MenuAudience, locale: Locale = 'en'): MenuEntry[] {
  const all = a.host === 'sheets' ? SHEETS_MENU : DOCS_MENU;
  const shown = tidy(all.filter((e) => e === 'separator' || visible(e, a)));
  return (shown.length > 0 ? shown : [NO_ROLE_ITEM]).map((e) => (e === 'separator' ? e : { ...e, caption: menuText.t(locale, e.functionName) }));
}

/** Every handler any menu may name (the bundle test checks each is a top-level function). */
export function menuFunctionNames(): string[] {
  const names = new Set<string>();
  for (const entry of [...SHEETS_MENU, ...DOCS_MENU, NO_ROLE_ITEM]) if (entry !== 'separator') names.add(entry.functionName);
  return [...names];
}
