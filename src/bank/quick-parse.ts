/**
 * A fast path for valid input. zod's interpreter (the only one a strict Content-Security-Policy allows) pays for
 * bookkeeping on every node — a result object per value, issue lists, path prefixes — which made parseBank about 3×
 * the cost of JSON.parse. Here the containers (strict objects, arrays, optional, default) are walked directly and every
 * leaf is handed to zod itself, so each type and check is still zod's: the schemas stay the one place the rules live.
 *
 * It only ever says "valid": at the first doubt — an issue, a schema kind it does not walk, a leaf that transforms its
 * value, anything thrown — it gives up, and the caller runs zod for the verdict and its messages.
 */
import type * as z from 'zod/mini';

const FAIL = Symbol('fail');

// What this walker reads of zod's internals (`schema._zod`); zod is pinned, and a change here only costs speed.
interface Internals {
  def: {
    type: string;
    checks?: { _zod: Internals & { check(payload: Payload): unknown } }[];
    shape?: Record<string, Node>;
    catchall?: Node;
    element?: Node;
    innerType?: Node;
    defaultValue?: unknown;
    when?: (payload: Payload) => boolean;
  };
  optin?: string;
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

function build(schema: Node): Parse {
  const zod = schema._zod;
  const def = zod.def;
  switch (def.type) {
    case 'object': {
      // Strict objects only (catchall `never`), without object-level checks.
      if (def.checks?.length || def.catchall?._zod.def.type !== 'never') return () => FAIL;
      const shape = def.shape!;
      const keys = Object.keys(shape);
      const fields = keys.map((key) => compile(shape[key]!));
      const has = Object.prototype.hasOwnProperty;
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return FAIL;
        // An unknown key (own or inherited, as zod's for…in sees them) is an issue for zod to word.
        for (const key in value) if (!has.call(shape, key)) return FAIL;
        const source = value as Record<string, unknown>;
        // A new object, as zod returns: the parsed bank never shares objects with the caller's input.
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i += 1) {
          const key = keys[i]!;
          const parsed = fields[i]!(source[key]);
          if (parsed === FAIL) return FAIL;
          if (parsed !== undefined) out[key] = parsed;
          else if (key in source) out[key] = undefined;
        }
        return out;
      };
    }
    case 'array': {
      const element = compile(def.element!);
      const checks = def.checks;
      return (value) => {
        if (!Array.isArray(value)) return FAIL;
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i += 1) {
          const parsed = element(value[i]);
          if (parsed === FAIL) return FAIL;
          out[i] = parsed;
        }
        return passesChecks(checks, out) ? out : FAIL;
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

/**
 * For a string, number or enum without coercion: the type's own test (as zod's parse makes it) and then zod's check
 * functions, called directly rather than through zod's run (which allocates and dispatches per value).
 */
function leafTest(schema: Node): ((value: unknown) => boolean) | null {
  const zod = schema._zod as Internals & { traits?: Set<string>; values?: Set<unknown>; def: { coerce?: boolean } };
  const type = zod.def.type;
  const isType =
    zod.def.coerce
      ? undefined
      : type === 'string'
        ? (v: unknown) => typeof v === 'string'
        : type === 'number'
          ? (v: unknown) => typeof v === 'number' && Number.isFinite(v)
          : type === 'enum' && zod.values
            ? (v: unknown) => zod.values!.has(v)
            : undefined;
  if (!isType) return null;
  // A schema that is itself a check (z.int()'s number format) runs first, as zod runs it.
  const checks = [...(zod.traits?.has('$ZodCheck') ? [schema as unknown as NonNullable<Internals['def']['checks']>[number]] : []), ...(zod.def.checks ?? [])];
  return checks.length ? (v: unknown) => isType(v) && passesChecks(checks, v) : isType;
}

// One payload for every check call: a check only reads `value` and pushes to `issues`, and the first issue ends the walk.
const payload: Payload = { value: undefined, issues: [] };

function passesChecks(checks: Internals['def']['checks'], value: unknown): boolean {
  if (!checks) return true;
  payload.value = value;
  if (payload.issues.length) payload.issues = [];
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when && !when(payload)) continue;
    if (check._zod.check(payload) instanceof Promise) return false;
    if (payload.issues.length) return false;
  }
  payload.value = undefined;
  return true;
}
