// A short fingerprint of a document's words, to tell whether an agenda still holds exactly what the add-on wrote
// (then a re-run may rewrite it) or someone has typed into it since (then it is kept as they left it).

import { insertableText } from '../docs/requests';
import type { DocBlock } from '../templates/render';

/** FNV-1a over the text without whitespace (Docs adds paragraph and cell breaks of its own), with its length. */
export function fingerprint(text: string): string {
  const squeezed = text.replace(/\s+/g, '');
  let h = 0x811c9dc5;
  for (let i = 0; i < squeezed.length; i++) {
    h ^= squeezed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${squeezed.length.toString(36)}-${h.toString(36)}`;
}

/** The fingerprint the document built from `blocks` will have. */
export function blocksFingerprint(blocks: readonly DocBlock[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') parts.push(insertableText(b.text));
    else if (b.kind === 'list') parts.push(...b.items.map(insertableText));
    else if (b.kind === 'table') for (const row of b.cells) parts.push(...row.map(insertableText));
  }
  return fingerprint(parts.join(''));
}
