// A world clock that is also the system clock under jest's fake timers, so code calling Date.now() (the job runner)
// sees the simulated latency of every service call.

import type { Clock } from '../../fakes/clock';
import { nextFiring } from '../../fakes/script/script-app';
import type { FakeWorld } from '../../fakes/world';

export function useSimulatedTime(start = Date.UTC(2026, 8, 14, 15, 0, 0)): Clock {
  jest.useFakeTimers({ now: start });
  return {
    now: () => Date.now(),
    advance: (ms: number) => {
      jest.setSystemTime(Date.now() + ms);
    },
  };
}

/**
 * Moves the world's clock to `until`, running each clock trigger whenever it falls due (in time order), as its owner in
 * a time-driven execution: no container, AuthMode.FULL. `handlers` maps handler names to the functions the bundle
 * exports; a due trigger whose handler is not listed fails the test (a trigger nobody can run is a bug).
 * Returns what ran, for assertions.
 */
export function advanceFiringTriggers(
  world: FakeWorld,
  until: number,
  handlers: Record<string, () => unknown>,
): { handler: string; owner: string; at: number; error?: string }[] {
  const ran: { handler: string; owner: string; at: number; error?: string }[] = [];
  const lastRun = new Map<string, number>();
  for (;;) {
    const now = world.clock.now();
    let due: { id: string; at: number } | null = null;
    for (const t of world.state.triggers) {
      // Firings before now are past (an earlier call ran them, or nothing was listening then).
      const at = nextFiring(t, Math.max(now - 1, lastRun.get(t.id) ?? Number.NEGATIVE_INFINITY));
      if (at !== null && at <= until && (due === null || at < due.at)) due = { id: t.id, at };
    }
    if (!due) break;
    const trigger = world.state.triggers.find((t) => t.id === due.id);
    if (!trigger) break;
    if (due.at > now) world.clock.advance(due.at - now);
    lastRun.set(trigger.id, due.at);
    if (trigger.afterMs !== undefined) world.state.triggers = world.state.triggers.filter((t) => t.id !== trigger.id);
    const fn = handlers[trigger.handler];
    if (!fn) throw new Error(`trigger ${trigger.handler} fired but the test gave no handler for it`);
    try {
      world.run({ user: trigger.owner, spreadsheetId: null, documentId: null, host: null, authMode: 'FULL' }, fn);
      ran.push({ handler: trigger.handler, owner: trigger.owner, at: due.at });
    } catch (e) {
      ran.push({ handler: trigger.handler, owner: trigger.owner, at: due.at, error: String(e) });
    }
  }
  const now = world.clock.now();
  if (until > now) world.clock.advance(until - now);
  return ran;
}
