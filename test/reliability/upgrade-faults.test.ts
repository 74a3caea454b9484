// The single-to-team-workbook upgrade killed at any call, then the coordinator's retry (the dialog opened again: the
// same job started again and driven to its end): Drive, the master and every team workbook end as after one
// uninterrupted upgrade — each team workbook once, every log row moved once, each person with exactly the planned role.

import { effectiveRole } from '../../fakes/drive/items';
import { InjectedFault } from '../../fakes/errors';
import { runJobChunk } from '../../src/server/jobs';
import { startTeamUpgrade } from '../../src/server/upgrade';
import type { Program } from '../support/program';
import { legacyProgram } from '../workspace/upgrade/legacy-program';
import { attempt, snapshot } from './world-state';

let program: Program;
afterEach(() => program?.close());

/** Runs the upgrade as the dialog does: start it, then one chunk per execution until it is finished. */
function upgrade(p: Program): string[] {
  let progress = p.run(() => startTeamUpgrade());
  for (let i = 0; !progress.finished; i++) {
    if (i > 50) throw new Error('the job never finished');
    const { jobId } = progress;
    progress = p.run(() => runJobChunk(jobId));
  }
  return progress.errors;
}

type Cells = unknown[][];
interface EndState {
  items: string;
  books: Record<string, Record<string, Cells>>;
}

/**
 * What the coordinator and the teams can see, without ids or timestamps: every Drive item not in the trash by its
 * plan key and path with each person's effective role, and every sheet's values of every spreadsheet in Drive, with
 * each Drive id written as the path of its item.
 */
function endState(p: Program): EndState {
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
function differences(actual: EndState, expected: EndState): string[] {
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

/** Cases of the sweep: the full sweep (about 0.6 s a case) would take minutes, so every `STEP`-th call and the last 20. */
const STEP = 9;

describe('the upgrade to team workbooks killed at any call, then run again by the coordinator', () => {
  it(`a two-team Tier 2 program ends as after one uninterrupted upgrade, with a fault at every ${STEP}th call and each of the last 20`, () => {
    program = legacyProgram({ tier: 2 });
    const restore = snapshot(program);
    const before = program.world.counter.total;
    expect(upgrade(program)).toEqual([]);
    const calls = program.world.counter.total - before;
    const expected = endState(program);
    // The last calls remove the master's logs and access: each of them is tried.
    const tail = Array.from({ length: 20 }, (_, i) => calls - 19 + i);
    const points = [...new Set([...Array.from({ length: Math.ceil(calls / STEP) }, (_, i) => 1 + i * STEP), ...tail])].sort((a, b) => a - b);
    const wrong: string[] = [];
    for (const k of points) {
      restore();
      program.world.failAtCall(k);
      // The dialog's run: the chunk whose execution is killed throws, and the coordinator sees the error.
      const first = attempt(() => upgrade(program));
      program.world.failAtCall(null);
      if (first.ok || !first.error.startsWith(InjectedFault.name)) wrong.push(`k=${k}: the fault did not stop the run (${JSON.stringify(first)})`);
      // The coordinator opens the dialog again: the same job is started again and driven to its end.
      // Killed after the job recorded its end (its last calls tidy up the trigger), the upgrade is done and the
      // dialog says so: that answer is right, and the workbooks must then be as after one uninterrupted run.
      const retry = attempt(() => upgrade(program));
      const done = !retry.ok && retry.error.includes('it is already a master workbook with team workbooks');
      if (!done && (!retry.ok || retry.value.length)) wrong.push(`k=${k}: the retry ended with ${JSON.stringify(retry)}`);
      else wrong.push(...differences(endState(program), expected).map((d) => `k=${k}: ${d}`));
    }
    console.log(
      `fault sweep, team-workbook upgrade: ${points.length} cases tried (a fault at every ${STEP}th of ${calls} calls and each of the last 20, then the retry), ${wrong.length} wrong`,
    );
    expect(calls).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});
