// Runs one google.script.run call as Apps Script would: a new execution as the page's user, JSON in and JSON out,
// errors reduced to their message.

import type { ExecutionOptions, FakeWorld } from './world';

export type ServerFunctions = Record<string, unknown>;

export type BridgeReply = { ok: true; value: unknown } | { ok: false; message: string };

export function callServer(world: FakeWorld, execution: ExecutionOptions, functions: ServerFunctions, name: string, argsJson: string): BridgeReply {
  const fn = functions[name];
  if (typeof fn !== 'function') return { ok: false, message: `Script function not found: ${name}` };
  try {
    const args = JSON.parse(argsJson || '[]') as unknown[];
    const value = world.run(execution, () => (fn as (...a: unknown[]) => unknown)(...args));
    // Apps Script returns JSON-like data only: Dates and functions become null.
    return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value, dateToNull) ?? 'null') };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** JSON replacer seeing values before toJSON: Apps Script does not return Date objects to the page. */
function dateToNull(this: Record<string, unknown>, key: string, value: unknown): unknown {
  return this[key] instanceof Date ? null : value;
}
