// Drive's search query language (v3 `q`, and the v2 dialect DriveApp.searchFiles takes) compiled to a predicate.

import type { FakeWorld } from '../world';
import { principals } from './sharing';
import type { DriveItemState } from './state';
import { inTrash } from './tree';

export type Dialect = 'v2' | 'v3';
export type Predicate = (item: DriveItemState) => boolean;

type Token = { kind: 'string' | 'word' | 'op' | 'punct'; text: string };

const FIELDS: Record<Dialect, Record<string, string>> = {
  v3: {
    name: 'name',
    mimeType: 'mimeType',
    trashed: 'trashed',
    starred: 'starred',
    fullText: 'fullText',
    modifiedTime: 'modifiedTime',
    createdTime: 'createdTime',
    sharedWithMe: 'sharedWithMe',
    appProperties: 'appProperties',
    properties: 'appProperties',
  },
  v2: {
    title: 'name',
    mimeType: 'mimeType',
    trashed: 'trashed',
    starred: 'starred',
    fullText: 'fullText',
    modifiedDate: 'modifiedTime',
    sharedWithMe: 'sharedWithMe',
    properties: 'appProperties',
  },
};

function tokenize(q: string, fail: (why: string) => never): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) i++;
    else if (c === "'" || c === '"') {
      let text = '';
      i++;
      while (i < q.length && q[i] !== c) {
        if (q[i] === '\\' && i + 1 < q.length) i++;
        text += q[i++];
      }
      if (i >= q.length) fail('unterminated string');
      i++;
      tokens.push({ kind: 'string', text });
    } else if ('(){}'.includes(c)) tokens.push({ kind: 'punct', text: q[i++] });
    else if ('=!<>'.includes(c)) {
      const two = q.slice(i, i + 2);
      const op = ['!=', '<=', '>='].includes(two) ? two : c;
      if (op === '!') fail('bad operator');
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(q.slice(i));
      if (!m) fail(`unexpected ${c}`);
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

/** Compiles `q` into a predicate over Drive records as seen by the active user; `fail` throws the service's error. */
export function compileQuery(world: FakeWorld, q: string, dialect: Dialect, fail: (why: string) => never): Predicate {
  const tokens = tokenize(q, fail);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++] ?? fail('unexpected end of query');
  const expect = (text: string) => {
    const t = take();
    if (t.text !== text) fail(`expected ${text}, got ${t.text}`);
  };
  const isWord = (t: Token | undefined, w: string) => t?.kind === 'word' && t.text.toLowerCase() === w;

  const orExpr = (): Predicate => {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      take();
      const [a, b] = [left, andExpr()];
      left = (item) => a(item) || b(item);
    }
    return left;
  };
  const andExpr = (): Predicate => {
    let left = unary();
    while (isWord(peek(), 'and')) {
      take();
      const [a, b] = [left, unary()];
      left = (item) => a(item) && b(item);
    }
    return left;
  };
  const unary = (): Predicate => {
    if (isWord(peek(), 'not')) {
      take();
      const inner = unary();
      return (item) => !inner(item);
    }
    if (peek()?.text === '(') {
      take();
      const inner = orExpr();
      expect(')');
      return inner;
    }
    return term();
  };
  const term = (): Predicate => {
    const first = take();
    if (first.kind === 'string') {
      if (!isWord(take(), 'in')) fail('expected in');
      return membership(world, first.text, take().text, fail);
    }
    if (first.kind !== 'word') fail(`unexpected ${first.text}`);
    const field = FIELDS[dialect][first.text] ?? fail(`unknown field ${first.text}`);
    if (field === 'sharedWithMe') return (item) => item.owner !== world.activeUser;
    if (field === 'appProperties') return propertyTerm();
    const op = take();
    if (isWord(op, 'contains')) return contains(field, take().text, fail);
    if (op.kind !== 'op') fail(`expected operator after ${first.text}`);
    const value = take();
    return compare(field, op.text, value, fail);
  };
  const propertyTerm = (): Predicate => {
    if (!isWord(take(), 'has')) fail('expected has');
    expect('{');
    if (!isWord(take(), 'key')) fail('expected key');
    expect('=');
    const key = take().text;
    if (!isWord(take(), 'and') || !isWord(take(), 'value')) fail('expected and value');
    expect('=');
    const value = take().text;
    expect('}');
    return (item) => item.appProperties[key] === value;
  };

  if (!tokens.length) return () => true;
  const predicate = orExpr();
  if (pos < tokens.length) fail(`unexpected ${tokens[pos].text}`);
  return predicate;
}

function membership(world: FakeWorld, value: string, collection: string, fail: (why: string) => never): Predicate {
  const email = value.toLowerCase();
  switch (collection) {
    case 'parents':
      return (item) => item.parents.includes(value === 'root' ? (world.state.roots[world.activeUser] ?? '') : value);
    case 'owners':
      return (item) => item.owner.toLowerCase() === email;
    case 'writers':
      return (item) => ['owner', 'writer'].includes(principals(world, item).get(email) ?? '');
    case 'readers':
      return (item) => principals(world, item).has(email);
    default:
      return fail(`unknown collection ${collection}`);
  }
}

function contains(field: string, value: string, fail: (why: string) => never): Predicate {
  const needle = value.toLowerCase();
  if (field === 'name') {
    // Drive matches `name contains` on word prefixes only: 'Hello' finds "Hello World", 'World' does not find "HelloWorld".
    return (item) =>
      item.name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((word) => word.startsWith(needle)) || item.name.toLowerCase().startsWith(needle);
  }
  if (field === 'fullText') {
    return (item) => `${item.name}\n${item.description}\n${item.content ?? ''}`.toLowerCase().includes(needle);
  }
  if (field === 'mimeType') return (item) => item.mimeType.includes(value);
  return fail(`contains is not supported for ${field}`);
}

function compare(field: string, op: string, token: Token, fail: (why: string) => never): Predicate {
  const read = (item: DriveItemState): string | number | boolean => {
    if (field === 'trashed') return item.trashed;
    if (field === 'starred') return false;
    if (field === 'modifiedTime') return item.modifiedTime;
    if (field === 'createdTime') return item.createdTime;
    return field === 'name' ? item.name : item.mimeType;
  };
  let expected: string | number | boolean = token.text;
  if (field === 'trashed' || field === 'starred') {
    if (token.kind !== 'word' || !['true', 'false'].includes(token.text)) fail(`${field} takes true or false`);
    expected = token.text === 'true';
  } else if (field === 'modifiedTime' || field === 'createdTime') {
    expected = Date.parse(token.text);
    if (Number.isNaN(expected)) fail(`bad date ${token.text}`);
  } else if (token.kind !== 'string') fail(`${field} takes a quoted string`);
  const ops: Record<string, (a: string | number | boolean, b: string | number | boolean) => boolean> = {
    '=': (a, b) => a === b,
    '!=': (a, b) => a !== b,
    '<': (a, b) => a < b,
    '<=': (a, b) => a <= b,
    '>': (a, b) => a > b,
    '>=': (a, b) => a >= b,
  };
  const cmp = ops[op] ?? fail(`bad operator ${op}`);
  return (item) => cmp(read(item), expected);
}

/** `trashed` in a query means the item or a folder above it is in the trash. */
export function withTrashSemantics(world: FakeWorld, items: DriveItemState[]): DriveItemState[] {
  return items.map((item) => (inTrash(world, item) && !item.trashed ? { ...item, trashed: true } : item));
}
