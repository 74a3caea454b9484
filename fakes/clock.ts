// Time as the fakes see it: advanced by each call's simulated latency, so the 6-minute limit can be reached in a test.

export interface Clock {
  now(): number;
  advance(ms: number): void;
}

/** A clock that only moves when told to (default for tests and the playground). */
export class ManualClock implements Clock {
  constructor(private ms = Date.UTC(2026, 8, 14, 15, 0, 0)) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}
