/// <reference types="node" />
/**
 * Reads a bank folder (or one bank file) from disk, merges it as the contract says and validates it. Node only: shared
 * by the CLI (`ml-quiz validate`) and the build (scripts/build-banks.ts).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { mergeBankFiles, mergeOrder } from '../bank/merge.js';
import { parseBank, parseBankFile } from '../bank/parse.js';
import type { Bank } from '../bank/schema.js';

export interface FileIssue {
  file: string;
  path: string;
  message: string;
}

export interface FolderResult {
  bank?: Bank;
  errors: FileIssue[];
  files: string[];
  /** The file (as shown in messages) each question came from, by question id. */
  questionFile: Map<string, string>;
}

export function readBankFolder(target: string): FolderResult {
  const isDir = statSync(target).isDirectory();
  const files = isDir
    ? mergeOrder(
        readdirSync(target)
          .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
          .map((f) => join(target, f)),
      )
    : [target];
  const shown = (f: string) => relative(process.cwd(), f) || basename(f);
  const errors: FileIssue[] = [];
  const inputs: { file: string; data: unknown }[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push({
        file: shown(file),
        path: '(root)',
        message: `expected JSON, found text that is not JSON (${(error as Error).message})`,
      });
      continue;
    }
    const single = parseBankFile(data);
    if (!single.ok) for (const e of single.errors) errors.push({ file: shown(file), ...e });
    inputs.push({ file: shown(file), data });
  }
  if (isDir && files.length === 0)
    errors.push({
      file: shown(target),
      path: '(root)',
      message: 'expected a bank folder with bank.json and other *.json files, found no .json file',
    });
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
  // A folder is a bank's home: its name is the bank's id (dist/banks/<id>.json, bank="<id>").
  const folderName = basename(resolve(target));
  if (isDir && typeof merge.merged.id === 'string' && merge.merged.id !== folderName) {
    errors.push({
      file: merge.fileOf('id'),
      path: 'id',
      message: `expected the folder's name "${folderName}" as the bank id, found "${merge.merged.id}"`,
    });
  }
  const questionFile = new Map<string, string>();
  if (parsed.ok) for (const q of parsed.bank.questions) questionFile.set(q.id, merge.fileOf(`questions[id=${q.id}]`));
  return {
    bank: parsed.ok && errors.length === 0 ? parsed.bank : undefined,
    errors,
    files: files.map(shown),
    questionFile,
  };
}

/** Every bank folder under a root (questions/ by default). */
export function bankFolders(root = 'questions'): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((p) => statSync(p).isDirectory());
}
