// The add-on menus of each host, as data: one place names every menu handler, so the bundle test can check them.

/** One menu entry: the caption a user sees and the top-level function it runs. */
export interface MenuItem {
  caption: string;
  functionName: string;
}

export type MenuEntry = MenuItem | 'separator';

/** Sheets: coordinators build the workbook and Drive folders; tutors open their sidebar. */
export const SHEETS_MENU: readonly MenuEntry[] = [
  { caption: 'Set up program workbook…', functionName: 'menuSetUpWorkbook' },
  { caption: 'Import roster…', functionName: 'menuImportRoster' },
  { caption: 'Open tutor sidebar', functionName: 'menuOpenTutorSidebar' },
  { caption: 'Refresh dashboard', functionName: 'menuRefreshDashboard' },
  'separator',
  { caption: 'Generate conference docs…', functionName: 'menuGenerateDocs' },
  'separator',
  { caption: 'Provision Drive folders…', functionName: 'menuProvisionDrive' },
  { caption: 'Access report', functionName: 'menuAccessReport' },
  { caption: 'Share lesson materials…', functionName: 'menuShareMaterials' },
];

/** Docs: tutors, mentors and facilitators insert a template; teachers share lesson materials. */
export const DOCS_MENU: readonly MenuEntry[] = [
  { caption: 'Insert a template…', functionName: 'menuOpenTemplateSidebar' },
  { caption: 'Share lesson materials…', functionName: 'menuShareMaterials' },
];

export function menuFunctionNames(): string[] {
  const names = new Set<string>();
  for (const entry of [...SHEETS_MENU, ...DOCS_MENU]) if (entry !== 'separator') names.add(entry.functionName);
  return [...names];
}
