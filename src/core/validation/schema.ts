// The valibot subset the forms used (same names, same rules, about 3 KB minified) so every page and the server share one
// check per form without shipping a validation library: objects, arrays, text, numbers, choices, pipes, forwarded checks.

/** One problem found: our message (or a default starting "Invalid …" that core/validation/messages rewrites). */
export interface Issue {
  message: string;
  expected?: string | null;
  path?: { key: unknown }[];
}

interface Dataset {
  value: unknown;
  typed: boolean;
  issues?: Issue[];
}

/** A schema: checks the input's shape and gives the output. The phantom `types` carry input and output for inference. */
export interface Schema<I, O> {
  readonly kind: 'schema';
  readonly types?: { readonly input: I; readonly output: O };
  /** Set on optional schemas: the object's key may be missing. */
  readonly optional?: boolean;
  readonly message?: string;
  readonly run: (dataset: Dataset) => Dataset;
}

/** A step of a pipe after its schema: a validation (adds issues, keeps the value), a transformation, or a schema. */
export interface Action<A, B> {
  readonly kind: 'validation' | 'transformation' | 'schema';
  readonly types?: { readonly input: A; readonly output: B };
  readonly run: (dataset: Dataset) => Dataset;
}

/** An optional schema: the object holding it may lack the key. */
export interface OptionalSchema<I, O> extends Schema<I, O> {
  readonly optional: true;
}

export type GenericSchema = Schema<unknown, unknown>;
export type InferInput<S> = S extends Schema<infer I, unknown> ? I : never;
export type InferOutput<S> = S extends Schema<unknown, infer O> ? O : never;
export type SafeParseResult<O> = { success: true; output: O; issues?: undefined } | { success: false; output: unknown; issues: Issue[] };

const received = (input: unknown): string =>
  input === null ? 'null' : Array.isArray(input) ? 'Array' : typeof input === 'string' ? `"${input}"` : typeof input;

function fail(dataset: Dataset, message: string, expected: string, path?: { key: unknown }[]): Dataset {
  dataset.issues = [...(dataset.issues ?? []), { message, expected, path }];
  return dataset;
}

/** A schema that accepts what `test` accepts, else one issue (`message`, or valibot's "Invalid type" wording). */
function typeSchema<T>(expected: string, test: (input: unknown) => boolean, message?: string): Schema<T, T> {
  return {
    kind: 'schema',
    message,
    run: (d) => {
      if (test(d.value)) d.typed = true;
      else fail(d, message ?? `Invalid type: Expected ${expected} but received ${received(d.value)}`, expected);
      return d;
    },
  };
}

export const string = (message?: string) => typeSchema<string>('string', (x) => typeof x === 'string', message);
export const number = (message?: string) => typeSchema<number>('number', (x) => typeof x === 'number' && !Number.isNaN(x), message);
export const boolean = (message?: string) => typeSchema<boolean>('boolean', (x) => typeof x === 'boolean', message);
const nullSchema = (message?: string) => typeSchema<null>('null', (x) => x === null, message);

export { nullSchema as null };
export const unknown = () => typeSchema<unknown>('unknown', () => true);
export const literal = <T extends string | number | boolean>(value: T, message?: string) =>
  typeSchema<T>(JSON.stringify(value), (x) => x === value, message);
export const picklist = <const T extends readonly string[]>(options: T, message?: string) =>
  typeSchema<T[number]>(options.map((o) => `"${o}"`).join(' | '), (x) => options.includes(x as string), message);

/** Missing (undefined) is allowed and becomes `fallback` when one is given; anything else goes through `wrapped`. */
export function optional<I, O>(wrapped: Schema<I, O>): OptionalSchema<I | undefined, O | undefined>;
export function optional<I, O>(wrapped: Schema<I, O>, fallback: I): OptionalSchema<I | undefined, O>;
export function optional<I, O>(wrapped: Schema<I, O>, fallback?: I): OptionalSchema<I | undefined, O | undefined> {
  return {
    kind: 'schema',
    optional: true,
    run: (d) => {
      if (d.value === undefined) d.value = fallback;
      if (d.value === undefined) {
        d.typed = true;
        return d;
      }
      return wrapped.run(d);
    },
  };
}

/** Null is allowed as is; anything else goes through `wrapped`. */
export function nullable<I, O>(wrapped: Schema<I, O>): Schema<I | null, O | null> {
  return {
    kind: 'schema',
    run: (d) => {
      if (d.value !== null) return wrapped.run(d);
      d.typed = true;
      return d;
    },
  };
}

type Entries = Record<string, Schema<unknown, unknown>>;
type OptionalKeys<E extends Entries> = { [K in keyof E]: E[K] extends { readonly optional: true } ? K : never }[keyof E];
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectInput<E extends Entries> = Flat<
  { [K in Exclude<keyof E, OptionalKeys<E>>]: InferInput<E[K]> } & { [K in OptionalKeys<E>]?: InferInput<E[K]> }
>;
type ObjectOutput<E extends Entries> = Flat<{ [K in keyof E]: InferOutput<E[K]> }>;

/**
 * Runs `schema` on one nested value and lifts its issues into `parent` under `key`; `ok` is false only when the value
 * did not even have its type. As in valibot, a field that failed a validation (blank, too long) is still typed, so the
 * object stays typed and a cross-field check after it still runs: every field's error is reported together.
 */
function runNested(parent: Dataset, key: unknown, schema: Schema<unknown, unknown>, value: unknown): { ok: boolean; value: unknown } {
  const inner = schema.run({ value, typed: false });
  for (const issue of inner.issues ?? []) fail(parent, issue.message, issue.expected ?? '', [{ key }, ...(issue.path ?? [])]);
  return { ok: inner.typed, value: inner.value };
}

/**
 * An object with these keys (others are dropped from the output). A missing key whose schema is not optional is one
 * issue: `message`, or valibot's "Invalid key" wording.
 */
export function object<E extends Entries>(entries: E, message?: string): Schema<ObjectInput<E>, ObjectOutput<E>> {
  return {
    kind: 'schema',
    message,
    run: (d) => {
      const input = d.value;
      if (!input || typeof input !== 'object') return fail(d, message ?? `Invalid type: Expected Object but received ${received(input)}`, 'Object');
      const source = input as Record<string, unknown>;
      const output: Record<string, unknown> = {};
      let typed = true;
      for (const key of Object.keys(entries)) {
        const schema = entries[key];
        if (!(key in source) && !schema.optional) {
          fail(d, message ?? `Invalid key: Expected "${key}" but received undefined`, `"${key}"`, [{ key }]);
          typed = false;
          continue;
        }
        const nested = runNested(d, key, schema, source[key]);
        output[key] = nested.value;
        typed &&= nested.ok;
      }
      d.value = output;
      d.typed = typed;
      return d;
    },
  };
}

/** A list whose every item passes `item`. */
export function array<I, O>(item: Schema<I, O>, message?: string): Schema<I[], O[]> {
  return {
    kind: 'schema',
    message,
    run: (d) => {
      if (!Array.isArray(d.value)) return fail(d, message ?? `Invalid type: Expected Array but received ${received(d.value)}`, 'Array');
      let typed = true;
      d.value = d.value.map((value, index) => {
        const nested = runNested(d, index, item as Schema<unknown, unknown>, value);
        typed &&= nested.ok;
        return nested.value;
      });
      d.typed = typed;
      return d;
    },
  };
}

type Union<S extends readonly Schema<unknown, unknown>[]> = Schema<InferInput<S[number]>, InferOutput<S[number]>>;

/** The first of `options` the input passes entirely. */
export function union<const S extends readonly Schema<unknown, unknown>[]>(options: S, message?: string): Union<S> {
  return {
    kind: 'schema',
    message,
    run: (d) => {
      for (const option of options) {
        const tried = option.run({ value: d.value, typed: false });
        if (tried.typed && !tried.issues) return tried;
      }
      return fail(d, message ?? `Invalid type: Expected one of several but received ${received(d.value)}`, 'union');
    },
  };
}

/** The one of `options` (objects) whose `key` schema takes the input's `key`, e.g. { kind: 'rows' } or { kind: 'sheet' }. */
export function variant<const S extends readonly Schema<unknown, unknown>[]>(key: string, options: S, message?: string): Union<S> {
  return {
    kind: 'schema',
    message,
    run: (d) => {
      const input = d.value;
      if (input && typeof input === 'object') {
        const tag = (input as Record<string, unknown>)[key];
        const option = options.find((o) => {
          const probe = o.run({ value: { [key]: tag }, typed: false });
          return !(probe.issues ?? []).some((issue) => issue.path?.[0]?.key === key);
        });
        if (option) return option.run(d);
      }
      return fail(d, message ?? `Invalid type: Expected a known "${key}" but received ${received(input)}`, 'variant');
    },
  };
}

type Out<T> = T extends Action<unknown, infer B> ? B : never;
type Step<A> = Action<A, unknown>;

/**
 * A schema followed by validations and transformations; a transformation is skipped once there is an issue. Each step
 * is typed from the one before it (the `T | Action<…>` parameters give the arrow functions their argument types).
 */
export function pipe<S extends GenericSchema>(s: S): S;
export function pipe<S extends GenericSchema, T1 extends Step<InferOutput<S>>>(
  s: S,
  a: T1 | Action<InferOutput<S>, Out<T1>>,
): Schema<InferInput<S>, Out<T1>>;
export function pipe<S extends GenericSchema, T1 extends Step<InferOutput<S>>, T2 extends Step<Out<T1>>>(
  s: S,
  a: T1 | Action<InferOutput<S>, Out<T1>>,
  b: T2 | Action<Out<T1>, Out<T2>>,
): Schema<InferInput<S>, Out<T2>>;
export function pipe<S extends GenericSchema, T1 extends Step<InferOutput<S>>, T2 extends Step<Out<T1>>, T3 extends Step<Out<T2>>>(
  s: S,
  a: T1 | Action<InferOutput<S>, Out<T1>>,
  b: T2 | Action<Out<T1>, Out<T2>>,
  c: T3 | Action<Out<T2>, Out<T3>>,
): Schema<InferInput<S>, Out<T3>>;
export function pipe<
  S extends GenericSchema,
  T1 extends Step<InferOutput<S>>,
  T2 extends Step<Out<T1>>,
  T3 extends Step<Out<T2>>,
  T4 extends Step<Out<T3>>,
>(
  s: S,
  a: T1 | Action<InferOutput<S>, Out<T1>>,
  b: T2 | Action<Out<T1>, Out<T2>>,
  c: T3 | Action<Out<T2>, Out<T3>>,
  d: T4 | Action<Out<T3>, Out<T4>>,
): Schema<InferInput<S>, Out<T4>>;
export function pipe<
  S extends GenericSchema,
  T1 extends Step<InferOutput<S>>,
  T2 extends Step<Out<T1>>,
  T3 extends Step<Out<T2>>,
  T4 extends Step<Out<T3>>,
  T5 extends Step<Out<T4>>,
>(
  s: S,
  a: T1 | Action<InferOutput<S>, Out<T1>>,
  b: T2 | Action<Out<T1>, Out<T2>>,
  c: T3 | Action<Out<T2>, Out<T3>>,
  d: T4 | Action<Out<T3>, Out<T4>>,
  e: T5 | Action<Out<T4>, Out<T5>>,
): Schema<InferInput<S>, Out<T5>>;
export function pipe(schema: Schema<unknown, unknown>, ...actions: Action<unknown, unknown>[]): Schema<unknown, unknown> {
  return {
    kind: 'schema',
    optional: schema.optional,
    run: (d) => {
      let out = schema.run(d);
      for (const action of actions) {
        if (out.issues && action.kind !== 'validation') {
          out.typed = false;
          break;
        }
        out = action.kind === 'schema' ? action.run({ value: out.value, typed: false }) : action.run(out);
      }
      return out;
    },
  };
}

const validation = <T>(test: (value: T, d: Dataset) => boolean, message: string, expected: string): Action<T, T> => ({
  kind: 'validation',
  run: (d) => (d.typed && !test(d.value as T, d) ? fail(d, message, expected) : d),
});

export const check = <T>(requirement: (value: T) => boolean, message: string) => validation<T>((x) => requirement(x), message, 'check');
export const nonEmpty = <T extends { length: number }>(message: string) => validation<T>((x) => x.length > 0, message, '!0');
export const minLength = <T extends { length: number }>(min: number, message: string) => validation<T>((x) => x.length >= min, message, `>=${min}`);
export const maxLength = <T extends { length: number }>(max: number, message: string) => validation<T>((x) => x.length <= max, message, `<=${max}`);
export const regex = (pattern: RegExp, message: string) => validation<string>((x) => pattern.test(x), message, `${pattern}`);

export const transform = <A, B>(fn: (value: A) => B): Action<A, B> => ({
  kind: 'transformation',
  run: (d) => {
    d.value = fn(d.value as A);
    return d;
  },
});
export const trim = () => transform<string, string>((s) => s.trim());

/** True when no issue so far lies on one of `paths` (an issue without a path counts against every path). */
function pathsClean(d: Dataset, paths: readonly (readonly string[])[]): boolean {
  return !(d.issues ?? []).some((issue) =>
    paths.some((p) => {
      const bound = Math.min(p.length, issue.path?.length ?? 0);
      for (let i = 0; i < bound; i++) if (p[i] !== issue.path?.[i].key) return false;
      return true;
    }),
  );
}

/** A check of several fields that runs once those fields are clean, even while others have issues. */
export const partialCheck = <T>(paths: readonly (readonly string[])[], requirement: (value: T) => boolean, message: string): Action<T, T> => ({
  kind: 'validation',
  run: (d) => (pathsClean(d, paths) && !requirement(d.value as T) ? fail(d, message, 'partial_check') : d),
});

/** Puts the issues `action` finds on the field at `path`, so the form shows them next to that field. */
export const forward = <T>(action: Action<T, T>, path: readonly string[]): Action<T, T> => ({
  kind: 'validation',
  run: (d) => {
    const before = d.issues?.length ?? 0;
    const out = action.run(d);
    for (const issue of out.issues?.slice(before) ?? []) issue.path = path.map((key) => ({ key }));
    return out;
  },
});

/** Runs `schema` over `input`: the output, or every issue found. */
export function safeParse<S extends GenericSchema>(schema: S, input: unknown): SafeParseResult<InferOutput<S>> {
  const d = schema.run({ value: input, typed: false });
  return d.typed && !d.issues ? { success: true, output: d.value as InferOutput<S> } : { success: false, output: d.value, issues: d.issues ?? [] };
}
