// The page parts the build makes from src/ui/parts/ (one dist/part-<name>.html of script each) and pages load on demand.

export const PAGE_PARTS = ['conference', 'questions', 'family'] as const;
export type PagePartName = (typeof PAGE_PARTS)[number];

export function isPagePart(name: unknown): name is PagePartName {
  return typeof name === 'string' && (PAGE_PARTS as readonly string[]).includes(name);
}
