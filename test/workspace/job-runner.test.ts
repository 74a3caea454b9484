// The resumable job runner: chunks under the 6-minute limit, checkpoints, no item done twice, the hourly trigger.

import { installGlobals } from '../../fakes';
import { FakeWorld } from '../../fakes/world';
import { CHUNK_BUDGET_MS } from '../../src/core/job';
import { RESUME_HANDLER, registerJobHandler, resumeUnfinishedJobs, runChunk, startJob } from '../../src/workspace/job-runner';
import { useSimulatedTime } from '../support/clock';

const USER = 'coordinator@school.example';

describe('job runner', () => {
  let world: FakeWorld;
  let uninstall: () => void;
  let processed: string[];
  let failOnce: Set<string>;

  beforeEach(() => {
    world = new FakeWorld({ users: [USER], clock: useSimulatedTime() });
    uninstall = installGlobals(world);
    processed = [];
    failOnce = new Set();
    registerJobHandler({
      kind: 'test-items',
      listItems: (params) => Array.from({ length: Number(params.count) }, (_, i) => `item-${i}`),
      processItem: (key) => {
        // Each item costs about 20 s of simulated work, as a generated document would.
        world.clock.advance(20_000);
        if (failOnce.delete(key)) throw new Error(`transient failure on ${key}`);
        processed.push(key);
      },
    });
  });

  afterEach(() => {
    uninstall();
    jest.useRealTimers();
  });

  const asUser = <T>(fn: () => T) => world.run({ user: USER, spreadsheetId: 'ss-1' }, fn);

  it('finishes 40 items across several executions, each under the 6-minute limit, with none done twice', () => {
    const started = asUser(() => startJob('test-items', { count: 40 }, 'ss-1'));
    expect(started).toMatchObject({ done: 0, total: 40, finished: false });
    let progress = started;
    let executions = 0;
    while (!progress.finished) {
      const before = Date.now();
      progress = asUser(() => runChunk(started.jobId));
      executions++;
      expect(Date.now() - before).toBeLessThan(6 * 60 * 1000);
    }
    expect(executions).toBeGreaterThan(1);
    expect(processed).toEqual(Array.from({ length: 40 }, (_, i) => `item-${i}`));
    expect(progress).toMatchObject({ done: 40, total: 40, finished: true, errors: [] });
  });

  it('says in words what it is doing: how many done, and about how long is left, from the time its items took', () => {
    const started = asUser(() => startJob('test-items', { count: 40 }, 'ss-1'));
    expect(started.status).toBe('0 of 40 steps done, starting…');
    // A budget of 4 minutes: 12 items of 20 s each fit (the 13th would start at 4 minutes).
    const first = asUser(() => runChunk(started.jobId, 4 * 60 * 1000 - 1));
    expect(first.done).toBe(12);
    // 28 items left at 20 s each: about 9 minutes.
    expect(first.status).toBe('12 of 40 steps done, about 9 minutes left');
    // Hours between chunks (the dialog closed, the hourly trigger not due yet) do not count as work.
    world.clock.advance(3 * 3_600_000);
    const second = asUser(() => runChunk(started.jobId));
    expect(second.status).toBe(`${second.done} of 40 steps done, about ${Math.round(((40 - second.done) * 20) / 60)} minutes left`);
    let progress = second;
    while (!progress.finished) progress = asUser(() => runChunk(started.jobId));
    expect(progress.status).toBe('All 40 steps done.');
  });

  it('runs one chunk at a time: a second request while a chunk runs answers with the progress and does nothing', () => {
    const { jobId } = asUser(() => startJob('test-items', { count: 3 }, 'ss-1'));
    asUser(() => {
      // The dialog's chunk holds the runner's lock; the hourly trigger asks for a chunk meanwhile.
      expect(LockService.getUserLock().tryLock(0)).toBe(true);
      const meanwhile = world.run({ user: USER, spreadsheetId: null }, () => runChunk(jobId));
      expect(meanwhile).toMatchObject({ done: 0, finished: false });
      expect(processed).toEqual([]);
    });
    expect(asUser(() => runChunk(jobId)).finished).toBe(true);
    expect(processed).toEqual(['item-0', 'item-1', 'item-2']);
  });

  it('keeps district-scale parameters (40 KB of item keys) under the 9 KB per-property limit', () => {
    registerJobHandler({
      kind: 'many-keys',
      listItems: (params) => params.keys as string[],
      processItem: (key) => {
        processed.push(key);
      },
    });
    const keys = Array.from({ length: 2000 }, (_, i) => `student:${String(i).padStart(5, '0')}-Ω-名前`);
    const { jobId } = asUser(() => startJob('many-keys', { keys }, 'ss-1'));
    const stored = world.state.properties.user[USER];
    expect(Object.keys(stored).filter((k) => k.startsWith(`job:${jobId}:p`)).length).toBeGreaterThan(4);
    expect(Math.max(...Object.values(stored).map((v) => Buffer.byteLength(v)))).toBeLessThanOrEqual(9 * 1024);
    while (!asUser(() => runChunk(jobId)).finished);
    expect(processed).toEqual(keys);
  });

  it('asking again for the same unfinished job resumes it instead of starting a second run over the same items', () => {
    const first = asUser(() => startJob('test-items', { count: 4 }, 'ss-1'));
    asUser(() => runChunk(first.jobId, 30_000));
    const again = asUser(() => startJob('test-items', { count: 4 }, 'ss-1'));
    expect(again.jobId).toBe(first.jobId);
    expect(again.done).toBeGreaterThan(0);
    const other = asUser(() => startJob('test-items', { count: 5 }, 'ss-1'));
    expect(other.jobId).not.toBe(first.jobId);
  });

  it('forgets finished jobs after a week, so user properties never fill up', () => {
    const { jobId } = asUser(() => startJob('test-items', { count: 1 }, 'ss-1'));
    asUser(() => runChunk(jobId));
    world.clock.advance(8 * 24 * 3_600_000);
    asUser(() => startJob('test-items', { count: 2 }, 'ss-1'));
    expect(Object.keys(world.state.properties.user[USER]).filter((k) => k.startsWith(`job:${jobId}`))).toEqual([]);
  });

  it('reports each warning an item returns once per job, not once per item', () => {
    registerJobHandler({
      kind: 'warns',
      listItems: () => ['a', 'b', 'c'],
      processItem: (key) => (key === 'b' ? ['Only b is odd', 'Shared warning'] : ['Shared warning']),
    });
    const { jobId } = asUser(() => startJob('warns', {}, 'ss-1'));
    expect(asUser(() => runChunk(jobId)).warnings).toEqual(['Shared warning', 'Only b is odd']);
  });

  it('stops starting new items once the chunk budget is spent', () => {
    const { jobId } = asUser(() => startJob('test-items', { count: 100 }, 'ss-1'));
    const progress = asUser(() => runChunk(jobId));
    const perItem = 20_000;
    expect(progress.done).toBeLessThanOrEqual(Math.ceil(CHUNK_BUDGET_MS / perItem));
    expect(progress.done).toBeGreaterThan(5);
  });

  it('retries an item whose execution failed, and never repeats a finished one', () => {
    failOnce.add('item-2');
    const { jobId } = asUser(() => startJob('test-items', { count: 5 }, 'ss-1'));
    expect(() => asUser(() => runChunk(jobId))).toThrow('transient failure on item-2');
    expect(processed).toEqual(['item-0', 'item-1']);
    const progress = asUser(() => runChunk(jobId));
    expect(processed).toEqual(['item-0', 'item-1', 'item-2', 'item-3', 'item-4']);
    expect(progress.finished).toBe(true);
  });

  it('skips an item after three failed attempts and reports it', () => {
    registerJobHandler({
      kind: 'always-fails-on-1',
      listItems: () => ['a', 'b', 'c'],
      processItem: (key) => {
        if (key === 'b') throw new Error('broken b');
        processed.push(key);
      },
    });
    const { jobId } = asUser(() => startJob('always-fails-on-1', {}, 'ss-1'));
    for (let i = 0; i < 3; i++) expect(() => asUser(() => runChunk(jobId))).toThrow('broken b');
    const progress = asUser(() => runChunk(jobId));
    expect(processed).toEqual(['a', 'c']);
    expect(progress.errors).toEqual(['b: skipped after 3 failed attempts']);
    expect(progress.finished).toBe(true);
  });

  it('installs one hourly trigger while a job is unfinished, which finishes it if the dialog is closed', () => {
    const { jobId } = asUser(() => startJob('test-items', { count: 30 }, 'ss-1'));
    const triggers = () => world.state.triggers.filter((t) => t.handler === RESUME_HANDLER);
    expect(triggers()).toHaveLength(1);
    expect(triggers()[0].everyHours).toBe(1);
    // The user closes the dialog; the hourly trigger runs without an active spreadsheet.
    for (let hour = 0; hour < 5 && triggers().length > 0; hour++) world.run({ user: USER, spreadsheetId: null }, () => resumeUnfinishedJobs());
    expect(processed).toHaveLength(30);
    expect(triggers()).toHaveLength(0);
    expect(asUser(() => runChunk(jobId)).finished).toBe(true);
  });
});
