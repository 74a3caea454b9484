// Drive's partial responses: the `fields` selector ("nextPageToken, files(id, name)") applied to a plain object.

type Json = Record<string, unknown>;

/** Splits "a, b(c,d), e" at top-level commas. */
function splitTop(spec: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of spec) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function pickOne(value: unknown, sub: string | null): unknown {
  if (sub === null || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => pickOne(v, sub));
  return pickFields(value as Json, sub);
}

/** Keeps only the requested fields; `*` keeps everything. Unknown names are simply absent, as in Drive. */
export function pickFields(obj: Json, spec: string): Json {
  if (spec.trim() === '*') return obj;
  const out: Json = {};
  for (const part of splitTop(spec)) {
    const paren = /^([\w]+)\((.*)\)$/s.exec(part);
    const [name, sub] = paren ? [paren[1], paren[2]] : part.includes('/') ? [part.split('/')[0], part.split('/').slice(1).join('/')] : [part, null];
    if (name in obj) out[name] = pickOne(obj[name], sub);
  }
  return out;
}
