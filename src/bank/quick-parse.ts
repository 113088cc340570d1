/**
 * A fast path for valid input. zod's interpreter (the only one a strict Content-Security-Policy allows) pays for
 * bookkeeping on every node — a result object per value, issue lists, path prefixes — which made parseBank about 3×
 * the cost of JSON.parse. Here the schema is compiled once into closures that walk the containers (strict objects,
 * arrays, optional, default) directly, and every leaf runs the tests its zod checks define, read from the checks
 * themselves (their bounds, patterns and refine functions): the schemas stay the one place the rules live.
 *
 * What it returns is the input itself, not a copy, when the input is exactly valid (nothing to fill in or transform):
 * copying a 1,000-question bank cost about a third of the whole parse. Where a default fills a field in, only the
 * objects and arrays on the way to it are new; everything else is still the input's (see parseBank's contract).
 *
 * It only ever says "valid": at the first doubt — a check that is not plainly passed, a schema kind it does not walk,
 * a leaf that transforms its value, anything thrown — it gives up, and the caller runs zod for the verdict and its
 * messages. Where a check's shortcut cannot decide (a string whose length in code points is in doubt, say), zod's own
 * check function decides.
 */
import type * as z from 'zod/mini';

const FAIL = Symbol('fail');

// What this walker reads of zod's internals (`schema._zod`); zod is pinned, and a change here only costs speed.
interface Check {
  _zod: {
    def: {
      type?: string;
      check?: string;
      when?: (payload: Payload) => boolean;
      minimum?: number;
      maximum?: number;
      value?: unknown;
      inclusive?: boolean;
      format?: string;
      pattern?: RegExp;
      fn?: (value: unknown) => unknown;
    };
    check(payload: Payload): unknown;
  };
}
interface Internals {
  def: {
    type: string;
    checks?: Check[];
    shape?: Record<string, Node>;
    catchall?: Node;
    element?: Node;
    innerType?: Node;
    defaultValue?: unknown;
    coerce?: boolean;
  };
  optin?: string;
  traits?: Set<string>;
  values?: Set<unknown>;
  run(payload: Payload, ctx: { async: false }): Payload | Promise<Payload>;
}
interface Node {
  _zod: Internals;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const ctx = { async: false } as const;

/** A compiled node: the parsed value, or FAIL. */
type Parse = (value: unknown) => unknown;
// Leaf tests run on values a previous typeof check already narrowed, so each test states its own parameter type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Test = (value: any) => boolean;
const compiled = new WeakMap<Node, Parse>();

/** The parsed value when `input` is valid and plainly so, otherwise undefined (then ask zod). */
export function quickParse(schema: z.ZodMiniType, input: unknown): { data: unknown } | undefined {
  try {
    const data = compile(schema as unknown as Node)(input);
    return data === FAIL ? undefined : { data };
  } catch {
    return undefined;
  }
}

/**
 * Each schema node becomes one closure, once: the walk then reads no zod internals per value, which matters most on
 * the first call, before the engine has optimised anything.
 */
function compile(schema: Node): Parse {
  let parse = compiled.get(schema);
  if (!parse) {
    // A placeholder first, so a recursive schema finds itself.
    compiled.set(schema, (value) => parse!(value));
    parse = build(schema);
    compiled.set(schema, parse);
  }
  return parse;
}

const has = Object.prototype.hasOwnProperty;

/** A field the walk kept as it was, copied into a new object as the walk would have written it. */
function copyField(source: Record<string, unknown>, out: Record<string, unknown>, key: string): void {
  const item = source[key];
  if (item !== undefined || key in source) out[key] = item;
}

function build(schema: Node): Parse {
  const zod = schema._zod;
  const def = zod.def;
  switch (def.type) {
    case 'object': {
      // Strict objects only (catchall `never`), without object-level checks.
      if (def.checks?.length || def.catchall?._zod.def.type !== 'never') return () => FAIL;
      const shape = def.shape!;
      const keys = Object.keys(shape);
      const count = keys.length;
      const fields = keys.map((key) => compile(shape[key]!));
      // A field that is a plain leaf (its value kept as it is) is tested, not parsed: one call less per value.
      const tests = keys.map((key) => leafTest(shape[key]!));
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return FAIL;
        // An unknown key (own or inherited, as zod's for…in sees them) is an issue for zod to word.
        for (const key in value) if (!has.call(shape, key)) return FAIL;
        const source = value as Record<string, unknown>;
        // The input itself when nothing changes (no copy: see parseBank); a new object, as zod builds it, only when
        // a default fills a field in — and then its other fields are the input's own values.
        let out: Record<string, unknown> | undefined;
        for (let i = 0; i < count; i += 1) {
          const key = keys[i]!;
          const item = source[key];
          const test = tests[i];
          if (test) {
            if (!test(item)) return FAIL;
            if (out) out[key] = item;
            continue;
          }
          const parsed = fields[i]!(item);
          if (parsed === FAIL) return FAIL;
          if (!out) {
            if (parsed === item) continue;
            out = {};
            for (let j = 0; j < i; j += 1) copyField(source, out, keys[j]!);
          }
          if (parsed !== undefined) out[key] = parsed;
          else if (key in source) out[key] = undefined;
        }
        return out ?? value;
      };
    }
    case 'array': {
      const element = compile(def.element!);
      const elementTest = leafTest(def.element!);
      const test = checksTest(def.checks ?? []);
      if (test === null) return () => FAIL;
      return (value) => {
        if (!Array.isArray(value)) return FAIL;
        const length = value.length;
        let out: unknown[] | undefined;
        if (elementTest) {
          for (let i = 0; i < length; i += 1) if (!elementTest(value[i])) return FAIL;
        } else {
          for (let i = 0; i < length; i += 1) {
            const item: unknown = value[i];
            const parsed = element(item);
            if (parsed === FAIL) return FAIL;
            // Copied only from the first item that changed (a default filled in below it).
            if (out) out[i] = parsed;
            else if (parsed !== item) {
              out = value.slice(0, i);
              out[i] = parsed;
            }
          }
        }
        const result = out ?? value;
        return test === undefined || test(result) ? result : FAIL;
      };
    }
    case 'optional': {
      if (def.checks?.length) return () => FAIL;
      const inner = compile(def.innerType!);
      const defaulted = def.innerType!._zod.optin === 'defaulted';
      return (value) => (value !== undefined ? inner(value) : defaulted ? FAIL : undefined);
    }
    case 'default': {
      if (def.checks?.length) return () => FAIL;
      const inner = compile(def.innerType!);
      return (value) => {
        if (value === undefined) return def.defaultValue;
        const parsed = inner(value);
        return parsed === undefined ? def.defaultValue : parsed;
      };
    }
    default: {
      const leaf = leafTest(schema);
      if (leaf) return (value) => (leaf(value) ? value : FAIL);
      // Any other kind: zod's own run (it must leave the value as it was).
      return (value) => {
        const result = zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise || result.issues.length || result.value !== value) return FAIL;
        return value;
      };
    }
  }
}

const leaves = new WeakMap<Node, Test | null>();

/**
 * For a string, number or enum without coercion: one test, the type's own (as zod's parse makes it) and then its
 * checks. Null for any other schema (or a check this file cannot run).
 */
function leafTest(schema: Node): Test | null {
  let test = leaves.get(schema);
  if (test === undefined) {
    test = buildLeafTest(schema);
    leaves.set(schema, test);
  }
  return test;
}

function buildLeafTest(schema: Node): Test | null {
  const zod = schema._zod;
  const type = zod.def.type;
  if (zod.def.coerce) return null;
  // A schema that is itself a check (z.int()'s number format) runs first, as zod runs it.
  const checks = [...(zod.traits?.has('$ZodCheck') ? [schema as unknown as Check] : []), ...(zod.def.checks ?? [])];
  const test = checksTest(checks);
  if (test === null) return null;
  if (type === 'string') {
    if (!test) return (v) => typeof v === 'string';
    return (v) => typeof v === 'string' && test(v);
  }
  if (type === 'number') {
    if (!test) return (v) => typeof v === 'number' && Number.isFinite(v);
    return (v) => typeof v === 'number' && Number.isFinite(v) && test(v);
  }
  if (type === 'enum' && zod.values) {
    const values = zod.values;
    if (!test) return (v) => values.has(v);
    return (v) => values.has(v) && test(v);
  }
  return null;
}

/** All of a node's checks as one test (undefined when there are none); null when one of them cannot be run here. */
function checksTest(checks: Check[]): Test | undefined | null {
  if (!checks.length) return undefined;
  const tests: Test[] = [];
  for (const check of checks) {
    const one = checkTest(check);
    if (one === null) return null;
    tests.push(one);
  }
  // Unrolled for the usual counts: a loop over closures costs more in the interpreter than the checks themselves.
  const [a, b, c] = tests as [Test, Test, Test];
  if (tests.length === 1) return a;
  if (tests.length === 2) return (v) => a(v) && b(v);
  if (tests.length === 3) return (v) => a(v) && b(v) && c(v);
  return (v) => {
    for (const t of tests) if (!t(v)) return false;
    return true;
  };
}

/**
 * One zod check as a test of a value already of its type. The common kinds are tested directly from the check's own
 * definition, each shortcut only ever concluding "passes" (a length in UTF-16 units bounds the length in code points
 * zod measures); anything else, and any value the shortcut cannot decide, goes to the check's own function.
 */
function checkTest(check: Check): Test | null {
  const def = check._zod.def;
  const viaZod: Test = (v) => passesCheck(check, v);
  switch (def.check) {
    case 'max_length': {
      const max = def.maximum!;
      return (v) => v.length <= max || viaZod(v);
    }
    case 'min_length': {
      const min = def.minimum!;
      // Twice the floor in units is always enough code points (and an array's length is its length).
      return (v) => v.length >= 2 * min || (Array.isArray(v) && v.length >= min) || viaZod(v);
    }
    case 'string_format':
      if (def.pattern instanceof RegExp && !def.pattern.global && !def.pattern.sticky) {
        const pattern = def.pattern;
        return (v) => pattern.test(v) || viaZod(v);
      }
      return viaZod;
    case 'greater_than':
      if (typeof def.value !== 'number') return viaZod;
      return def.inclusive ? (v) => v >= (def.value as number) : (v) => v > (def.value as number);
    case 'less_than':
      if (typeof def.value !== 'number') return viaZod;
      return def.inclusive ? (v) => v <= (def.value as number) : (v) => v < (def.value as number);
    case 'number_format':
      return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : viaZod;
    case 'custom': {
      const fn = def.fn;
      // Only a refine (a $ZodCustom) has its predicate as `fn`; a superRefine's is its check function.
      if (def.type !== 'custom' || typeof fn !== 'function') return viaZod;
      // A refine's verdict is its truthiness; a promise (an async refine) is a doubt.
      return (v) => {
        const r = fn(v);
        return Boolean(r) && !(r instanceof Promise);
      };
    }
    default:
      return typeof check._zod.check === 'function' ? viaZod : null;
  }
}

// One payload for every check call: a check only reads `value` and pushes to `issues`, and the first issue ends the walk.
const payload: Payload = { value: undefined, issues: [] };

function passesCheck(check: Check, value: unknown): boolean {
  payload.value = value;
  if (payload.issues.length) payload.issues = [];
  try {
    const when = check._zod.def.when;
    if (when && !when(payload)) return true;
    if (check._zod.check(payload) instanceof Promise) return false;
    return payload.issues.length === 0;
  } finally {
    payload.value = undefined;
  }
}
