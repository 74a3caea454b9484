// A world clock that is also the system clock under jest's fake timers, so code calling Date.now() (the job runner)
// sees the simulated latency of every service call.

import type { Clock } from '../../fakes/clock';

export function useSimulatedTime(start = Date.UTC(2026, 8, 14, 15, 0, 0)): Clock {
  jest.useFakeTimers({ now: start });
  return {
    now: () => Date.now(),
    advance: (ms: number) => {
      jest.setSystemTime(Date.now() + ms);
    },
  };
}
