/** Problems found in a bank, with paths in the contract's grammar: `questions[id=q1].answer[0]`, `(root)`. */

export interface BankIssue {
  /** Where, from the bank root: array items with an id are written `[id=…]`, others `[index]`; `(root)` for the whole. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

export type BankResult<T> = { ok: true; bank: T } | { ok: false; errors: BankIssue[] };

export type PathKey = string | number;

/** Writes a path through `input`, naming array items by their id where they have one. */
export function formatPath(input: unknown, keys: readonly PathKey[]): string {
  let out = '';
  let node: unknown = input;
  for (const key of keys) {
    if (typeof key === 'number') {
      const item = Array.isArray(node) ? node[key] : undefined;
      const itemId = isRecord(item) && typeof item.id === 'string' && item.id !== '' ? item.id : undefined;
      out += itemId === undefined ? `[${key}]` : `[id=${shortId(itemId)}]`;
    } else {
      out += out === '' ? shortId(key) : `.${shortId(key)}`;
    }
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PathKey, unknown>)[key] : undefined;
  }
  return out === '' ? '(root)' : out;
}

/** Longest id echoed whole into a path or message; a valid id has at most 128 characters. */
export const MAX_SHOWN_ID = 128;

/** An id (or field name) as shown in a path or message: an over-long (invalid) one is cut with an ellipsis. */
export function shortId(id: string): string {
  return id.length > MAX_SHOWN_ID ? `${id.slice(0, 40)}…` : id;
}

/** The value at `keys` inside `input`, or undefined. */
export function valueAt(input: unknown, keys: readonly PathKey[]): unknown {
  let node: unknown = input;
  for (const key of keys) {
    if (!(isRecord(node) || Array.isArray(node))) return undefined;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return node;
}

/** A short description of a value for "found …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `${JSON.stringify(shown)}${value.length > 40 ? ` (${value.length} characters)` : ''}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
