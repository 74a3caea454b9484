// "Generate conference docs…" killed at any call, then the coordinator's retry (the dialog opened again and the same
// selection started again, driven to its end): each student's document exists once, whole, linked from their goal.

import { InjectedFault } from '../../fakes/errors';
import type { JobProgress } from '../../src/core/job';
import { runJobChunk } from '../../src/server/jobs';
import { startGenerateDocs } from '../../src/server/templates';
import { createProgram, defaultRoster, type Program } from '../support/program';
import { differences, endState } from './end-state';
import { attempt, snapshot } from './world-state';

let program: Program;
afterEach(() => program?.close());

const DATE = '2026-09-21';

/** Runs generation as the dialog does: start it, then one chunk per execution until it is finished. */
function generate(p: Program, keys: string[]): string[] {
  const started = p.run(() => startGenerateDocs({ templateId: 'goal-setting-conference', date: DATE, keys }));
  if (!started.ok) throw new Error(started.message);
  let progress: JobProgress = started.value;
  for (let i = 0; !progress.finished; i++) {
    if (i > 50) throw new Error('the job never finished');
    const { jobId } = progress;
    progress = p.run(() => runJobChunk(jobId));
  }
  return progress.errors;
}

/** Every generated document not in the trash, by name, with its whole text: what a reader of Drive finds. */
function documents(p: Program): string[] {
  const { state } = p.world;
  return Object.values(state.drive)
    .filter((i) => i.appProperties.ttDoc && !i.trashed)
    .map((i) => `${i.name}\n${JSON.stringify(state.documents[i.id]?.body ?? null)}`)
    .sort();
}

describe('document generation killed at any call, then run again by the coordinator', () => {
  it('every student of the selection ends with one whole, linked document, whichever call failed', () => {
    program = createProgram();
    const keys = defaultRoster().map((s) => `student:${s.studentId}`);
    const restore = snapshot(program);
    const before = program.world.counter.total;
    expect(generate(program, keys)).toEqual([]);
    const calls = program.world.counter.total - before;
    const expected = { state: endState(program), docs: documents(program) };
    expect(expected.docs.length).toBe(keys.length);
    const wrong: string[] = [];
    let absorbed = 0;
    for (let k = 1; k <= calls; k++) {
      restore();
      program.world.failAtCall(k);
      const first = attempt(() => generate(program, keys));
      program.world.failAtCall(null);
      // A call whose failure the run absorbs by design (the user's locale falls back to English) needs no retry.
      if (first.ok) absorbed++;
      else if (!first.error.startsWith(InjectedFault.name)) wrong.push(`k=${k}: the run failed otherwise (${first.error})`);
      const retry = first.ok ? first : attempt(() => generate(program, keys));
      if (!retry.ok || retry.value.length) {
        wrong.push(`k=${k}: the retry ended with ${JSON.stringify(retry)}`);
        continue;
      }
      wrong.push(...differences(endState(program), expected.state).map((d) => `k=${k}: ${d}`));
      const docs = documents(program);
      if (JSON.stringify(docs) !== JSON.stringify(expected.docs))
        wrong.push(`k=${k}: ${docs.length} documents (expected ${expected.docs.length}), or a document's text differs`);
    }
    console.log(
      `fault sweep, document generation: ${calls} cases tried (a fault at each of ${calls} calls, then the retry; ${absorbed} absorbed by the run), ${wrong.length} wrong`,
    );
    expect(calls).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
