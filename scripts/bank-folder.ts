/** Reads a bank folder (or one bank file) from disk, merges it and validates it. Shared by the build and validate. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { mergeBankFiles, mergeOrder } from '../src/bank/merge.js';
import { parseBank, parseBankFile } from '../src/bank/parse.js';
import type { Bank } from '../src/bank/schema.js';

export interface FileIssue {
  file: string;
  path: string;
  message: string;
}

export interface FolderResult {
  bank?: Bank;
  errors: FileIssue[];
  files: string[];
}

export function readBankFolder(target: string): FolderResult {
  const isDir = statSync(target).isDirectory();
  const files = isDir
    ? mergeOrder(readdirSync(target).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => join(target, f)))
    : [target];
  const shown = (f: string) => relative(process.cwd(), f) || basename(f);
  const errors: FileIssue[] = [];
  const inputs: { file: string; data: unknown }[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push({ file: shown(file), path: '(root)', message: `expected JSON, found text that is not JSON (${(error as Error).message})` });
      continue;
    }
    const single = parseBankFile(data);
    if (!single.ok) for (const e of single.errors) errors.push({ file: shown(file), ...e });
    inputs.push({ file: shown(file), data });
  }
  const merge = mergeBankFiles(inputs);
  errors.push(...merge.errors);
  const parsed = parseBank(merge.merged);
  if (!parsed.ok) {
    // Structural problems were already reported per file; add the cross-file ones without repeating.
    const known = new Set(errors.map((e) => `${e.path}\u0000${e.message}`));
    for (const e of parsed.errors) {
      if (!known.has(`${e.path}\u0000${e.message}`)) errors.push({ file: merge.fileOf(e.path), ...e });
    }
  }
  return { bank: parsed.ok && errors.length === 0 ? parsed.bank : undefined, errors, files: files.map(shown) };
}

/** Every bank folder under questions/. */
export function bankFolders(root = 'questions'): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((p) => statSync(p).isDirectory());
}
