/**
 * A bank folder is several partial bank files: `bank.json` first, then the other `*.json` files in name order. Arrays
 * concatenate; a scalar set in two files is an error naming both. Pure: the caller reads the files.
 */
import { type BankIssue, isRecord } from './issues.js';

export interface BankFileInput {
  /** The file's name, used in messages (e.g. `bank.json`). */
  file: string;
  data: unknown;
}

export interface MergeResult {
  /** The merged bank (unvalidated: pass it to parseBank). */
  merged: Record<string, unknown>;
  /** Problems found while merging, each with the file it is in. */
  errors: (BankIssue & { file: string })[];
  /** Which file each array item came from, to name the file of a later parseBank error. */
  fileOf(path: string): string;
}

/** Orders files as a folder is merged: bank.json first, then by name. */
export function mergeOrder(files: readonly string[]): string[] {
  const name = (f: string) => f.split(/[\\/]/).pop() ?? f;
  return [...files].sort((x, y) => {
    if (name(x) === 'bank.json') return -1;
    if (name(y) === 'bank.json') return 1;
    return name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : 0;
  });
}

export function mergeBankFiles(files: readonly BankFileInput[]): MergeResult {
  // Null prototype and Maps: a file's key `__proto__` or `constructor` is a plain (unexpected) key, never a prototype.
  const merged = Object.create(null) as Record<string, unknown>;
  const scalarFrom = new Map<string, string>();
  const ranges = new Map<string, { file: string; ids: Set<string>; start: number; end: number }[]>();
  const errors: MergeResult['errors'] = [];
  for (const { file, data } of files) {
    if (!isRecord(data)) {
      errors.push({ file, path: '(root)', message: 'expected a JSON object (a partial bank)' });
      continue;
    }
    for (const [key, value] of Object.entries(data)) {
      if (key === '$schema') continue;
      if (Array.isArray(value)) {
        const existing = merged[key];
        const list = Array.isArray(existing) ? existing : [];
        const start = list.length;
        list.push(...value);
        merged[key] = list;
        const ids = new Set(value.map((v) => (isRecord(v) && typeof v.id === 'string' ? v.id : '')).filter(Boolean));
        if (!ranges.has(key)) ranges.set(key, []);
        ranges.get(key)!.push({ file, ids, start, end: list.length });
      } else if (scalarFrom.has(key)) {
        errors.push({
          file,
          path: key,
          message: `expected "${key}" in one file only, found it in ${scalarFrom.get(key)} and ${file}`,
        });
      } else {
        scalarFrom.set(key, file);
        merged[key] = value;
      }
    }
  }
  const fallback = files[0]?.file ?? '(bank)';
  return {
    merged,
    errors,
    fileOf(path: string) {
      const match = /^([A-Za-z$]+)(?:\[(?:id=([^\]]*)|(\d+))\])?/.exec(path);
      if (!match) return fallback;
      const [, key, id, index] = match;
      const parts = ranges.get(key!);
      if (parts) {
        // A path shows an over-long id cut with an ellipsis: match it by its start.
        const hasId = (ids: Set<string>) =>
          ids.has(id!) || (id!.endsWith('…') && [...ids].some((x) => x.startsWith(id!.slice(0, -1))));
        const hit = parts.find((r) =>
          id !== undefined ? hasId(r.ids) : index !== undefined && +index >= r.start && +index < r.end,
        );
        if (hit) return hit.file;
      }
      return scalarFrom.get(key!) ?? fallback;
    },
  };
}
