// Input objects from a page or a pasted file: keys that would reach Object.prototype are refused, never assigned.

/** Keys that change an object's prototype or constructor when assigned with `obj[key] = …`. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a key that must never be used as a record field. */
export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key);
}

/**
 * The path of the first unsafe key anywhere in a JSON-like value ("form.__proto__"), or null. `google.script.run`
 * delivers plain JSON, where `{"__proto__": …}` arrives as an own property; we look at own keys only.
 */
export function findUnsafeKey(value: unknown, path = 'input', depth = 0): string | null {
  if (value === null || typeof value !== 'object' || depth > 20) return null;
  for (const key of Object.keys(value)) {
    if (isUnsafeKey(key)) return `${path}.${key}`;
    const found = findUnsafeKey((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The refusal a server function gives for an input carrying an unsafe key, or null. */
export function unsafeKeyProblem(value: unknown, what: string): string | null {
  const found = findUnsafeKey(value);
  return found ? `${what}: the field "${found.split('.').pop()}" is not allowed. Reload the page and try again.` : null;
}
