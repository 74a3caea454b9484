// Errors the fakes raise, worded as Apps Script words them so that code matching on messages behaves the same.

/** The error Apps Script throws when an execution passes its time limit. */
export const EXCEEDED_MAXIMUM_EXECUTION_TIME = 'Exceeded maximum execution time';

export class FakeServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Thrown by `FakeWorld.failAtCall` to simulate an execution killed at an arbitrary call. */
export class InjectedFault extends Error {
  constructor(call: string) {
    super(`Injected fault at ${call}`);
    this.name = 'InjectedFault';
  }
}
