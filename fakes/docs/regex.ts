// Apps Script's search patterns are Java regular expressions in a string; this maps them onto JavaScript's.

import { FakeServiceError } from '../errors';

/**
 * A global RegExp for an Apps Script pattern: `(?i)` becomes the `i` flag and `\Q...\E` a quoted literal;
 * the rest of Java's syntax that Docs accepts reads the same in JavaScript.
 */
export function toRegExp(pattern: string): RegExp {
  let source = String(pattern);
  let flags = 'g';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags += 'i';
  }
  source = source.replace(/\\Q([\s\S]*?)(\\E|$)/g, (_, literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  try {
    return new RegExp(source, flags);
  } catch {
    throw new FakeServiceError(`Invalid regular expression pattern ${pattern}`);
  }
}

/** Replaces every match with the literal replacement (Docs does not expand $1 group references). */
export function replaceLiteral(text: string, pattern: RegExp, replacement: string): string {
  pattern.lastIndex = 0;
  return text.replace(pattern, () => replacement);
}
