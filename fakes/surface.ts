// Wraps a fake object so that every public method call is counted (and costs simulated time),
// and any Apps Script member the fakes do not implement fails loudly instead of returning undefined.

/** What a surface needs from its world: a place to charge a call. */
export interface CallSink {
  charge(type: string, method: string): void;
}

/** Property names that test frameworks and runtimes probe on any object; never Apps Script members. */
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  '$$typeof',
  'constructor',
  'inspect',
  'length',
  '_isMockFunction',
  'getMockName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '__esModule',
  'prototype',
]);

/**
 * Returns `target` seen through Apps Script's eyes: calls to methods are counted under `typeName`,
 * fields and methods whose name starts with `_` are internal (not counted), and an unknown member throws
 * `not implemented in fakes: Type.member`.
 */
export function surface<T extends object>(target: T, typeName: string, sink: CallSink): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver);
      if (!(prop in obj)) {
        // Internal fields ("_x") are the fakes' own; asking for one another class lacks is not an Apps Script call.
        if (PROBES.has(prop) || prop.startsWith('_')) return undefined;
        throw new Error(`not implemented in fakes: ${typeName}.${prop}`);
      }
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof value !== 'function' || prop.startsWith('_') || isObjectBuiltin(prop, value)) return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        sink.charge(typeName, prop);
        return method.apply(obj, args);
      };
    },
    set(obj, prop, value) {
      return Reflect.set(obj, prop, value);
    },
  });
}

function isObjectBuiltin(prop: string, value: unknown): boolean {
  return (Object.prototype as unknown as Record<string, unknown>)[prop] === value;
}
