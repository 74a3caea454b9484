// Provisioning killed at any call, then the coordinator's retry (the dialog opened again: the same job started again
// and driven to its end): Drive, the master's Drive Folders and Settings and every team workbook end as after one
// uninterrupted run — each item once, each person with exactly the planned role.

import { InjectedFault } from '../../fakes/errors';
import { startProvisionJob } from '../../src/workspace/drive-provision';
import { runChunk } from '../../src/workspace/job-runner';
import { COORDINATOR, createProgram, type Program } from '../support/program';
import { differences, endState } from './end-state';
import { attempt, snapshot } from './world-state';

let program: Program;
afterEach(() => program?.close());

/** Runs the job as the dialog does: start it, then one chunk per execution until it is finished. */
function provision(p: Program): string[] {
  const started = p.as(COORDINATOR, () => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
  let progress = started;
  for (let i = 0; !progress.finished; i++) {
    if (i > 50) throw new Error('the job never finished');
    progress = p.as(COORDINATOR, () => runChunk(started.jobId));
  }
  return progress.errors;
}

describe('provisioning killed at any call, then run again by the coordinator', () => {
  it(`a two-team Tier 2 program ends as after one uninterrupted run, with a fault at every call`, () => {
    program = createProgram({ tier: 2, teamWorkbooks: false });
    const restore = snapshot(program);
    const before = program.world.counter.total;
    expect(provision(program)).toEqual([]);
    const calls = program.world.counter.total - before;
    const expected = endState(program);
    const points = Array.from({ length: calls }, (_, i) => 1 + i);
    const wrong: string[] = [];
    let absorbed = 0;
    for (const k of points) {
      restore();
      program.world.failAtCall(k);
      // The dialog's run: the chunk whose execution is killed throws, and the coordinator sees the error.
      const first = attempt(() => provision(program));
      program.world.failAtCall(null);
      if (first.ok) {
        // A call whose failure the run absorbs by design (the user's locale falls back to English): it must still end right.
        absorbed++;
        if (first.value.length) wrong.push(`k=${k}: the run ended with ${JSON.stringify(first.value)}`);
        wrong.push(...differences(endState(program), expected).map((d) => `k=${k}: ${d}`));
        continue;
      }
      if (!first.error.startsWith(InjectedFault.name)) wrong.push(`k=${k}: the run failed otherwise (${first.error})`);
      // The coordinator opens the dialog again: the same job is started again and driven to its end.
      const retry = attempt(() => provision(program));
      if (!retry.ok || retry.value.length) wrong.push(`k=${k}: the retry ended with ${JSON.stringify(retry)}`);
      else wrong.push(...differences(endState(program), expected).map((d) => `k=${k}: ${d}`));
    }
    console.log(
      `fault sweep, provisioning: ${points.length} cases tried (a fault at each of ${calls} calls, then the retry; ${absorbed} absorbed by the run), ${wrong.length} wrong`,
    );
    expect(calls).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});
