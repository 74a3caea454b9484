// Shared by the fault sweeps of whole jobs (provisioning, the upgrade): what a run leaves, without ids or timestamps,
// and each difference from the uninterrupted run.

import { effectiveRole } from '../../fakes/drive/items';
import type { Program } from '../support/program';

type Cells = unknown[][];
export interface EndState {
  items: string;
  books: Record<string, Record<string, Cells>>;
}

/**
 * What the coordinator and the teams can see, without ids or timestamps: every Drive item not in the trash by its
 * plan key and path with each person's effective role, and every sheet's values of every spreadsheet in Drive, with
 * each Drive id written as the path of its item.
 */
export function endState(p: Program): EndState {
  const { state } = p.world;
  const live = Object.values(state.drive).filter((i) => !i.trashed);
  const pathOf = (id: string): string => {
    const item = state.drive[id];
    if (!item) return '?';
    const parent = item.parents[0];
    return parent && state.drive[parent] && !Object.values(state.roots).includes(parent) ? `${pathOf(parent)} / ${item.name}` : item.name;
  };
  const users = [...state.users].sort();
  const ids = Object.keys(state.drive).sort((a, b) => b.length - a.length);
  // Longest ids first, so no id is replaced inside a longer one.
  const named = (json: string) => ids.reduce((text, id) => text.split(id).join(`<${pathOf(id)}>`), json);
  const items = live
    .map((i) => ({
      key: i.appProperties.ttPlanKey ?? '',
      path: pathOf(i.id),
      mimeType: i.mimeType,
      roles: Object.fromEntries(users.map((u) => [u, effectiveRole(p.world, i.id, u)]).filter(([, r]) => r)),
    }))
    .sort((a, b) => `${a.key}|${a.path}`.localeCompare(`${b.key}|${b.path}`));
  const books = Object.fromEntries(
    live
      .filter((i) => state.spreadsheets[i.id])
      .map((i) => [pathOf(i.id), Object.fromEntries(state.spreadsheets[i.id].sheets.map((s) => [s.name, s.values]))] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return { items: named(JSON.stringify(items)), books: JSON.parse(named(JSON.stringify(books))) };
}

/** Each difference from the uninterrupted run: the Drive items, or a cell as `book › sheet!row,column (header)`. */
export function differences(actual: EndState, expected: EndState): string[] {
  const out: string[] = [];
  if (actual.items !== expected.items) out.push('the Drive items or roles differ');
  for (const book of new Set([...Object.keys(actual.books), ...Object.keys(expected.books)])) {
    const got = actual.books[book];
    const want = expected.books[book];
    if (!got || !want) {
      out.push(`${book}: ${got ? 'not in the uninterrupted run' : 'missing'}`);
      continue;
    }
    for (const sheet of new Set([...Object.keys(got), ...Object.keys(want)])) {
      const g = got[sheet] ?? [];
      const w = want[sheet] ?? [];
      for (let r = 0; r < Math.max(g.length, w.length); r++)
        for (let c = 0; c < Math.max(g[r]?.length ?? 0, w[r]?.length ?? 0); c++) {
          const [x, y] = [g[r]?.[c] ?? '', w[r]?.[c] ?? ''];
          if (JSON.stringify(x) !== JSON.stringify(y))
            out.push(
              `${book} › ${sheet}!${r + 1},${c + 1} (${String(w[0]?.[c] ?? g[0]?.[c])}): got ${JSON.stringify(x)}, expected ${JSON.stringify(y)}`,
            );
        }
    }
  }
  return out;
}
