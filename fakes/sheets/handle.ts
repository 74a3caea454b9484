// Hands a view object to callers through the counting surface, and takes our own objects back from arguments.

import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { badParameters, sheetsError } from './messages';

/** A view that knows its own surface, so methods returning `this` keep callers on the counted side. */
export interface SelfAware<T> {
  _self: T;
}

/** Wraps `instance` with `surface` under `typeName` and returns it typed as the Apps Script interface `T`. */
export function expose<T>(world: FakeWorld, typeName: string, instance: SelfAware<T>): T {
  const proxy = surface(instance as object, typeName, world) as unknown as T;
  instance._self = proxy;
  return proxy;
}

/** Apps Script's name for a JavaScript value's type in "parameters (...) don't match" errors. */
export function typeLabel(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) return 'Object[]';
  return 'Object';
}

/** The fake behind an argument (proxies pass instanceof), or Apps Script's signature error. */
export function unwrap<T>(value: unknown, cls: abstract new (...args: never[]) => T, method: string): T {
  if (value instanceof cls) return value;
  throw sheetsError(badParameters(typeLabel(value), method));
}
