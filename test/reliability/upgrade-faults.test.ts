// The single-to-team-workbook upgrade killed at any call, then the coordinator's retry (the dialog opened again: the
// same job started again and driven to its end): Drive, the master and every team workbook end as after one
// uninterrupted upgrade — each team workbook once, every log row moved once, each person with exactly the planned role.

import { InjectedFault } from '../../fakes/errors';
import { runJobChunk } from '../../src/server/jobs';
import { startTeamUpgrade } from '../../src/server/upgrade';
import type { Program } from '../support/program';
import { legacyProgram } from '../workspace/upgrade/legacy-program';
import { differences, endState } from './end-state';
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
      if (!first.ok && !first.error.startsWith(InjectedFault.name)) wrong.push(`k=${k}: the run failed otherwise (${first.error})`);
      // The coordinator opens the dialog again: the same job is started again and driven to its end.
      // Killed after the job recorded its end (its last calls tidy up the trigger), the upgrade is done and the
      // dialog says so: that answer is right, and the workbooks must then be as after one uninterrupted run.
      // A call whose failure the run absorbs by design (the user's locale falls back to English) needs no retry.
      const retry = first.ok ? first : attempt(() => upgrade(program));
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
