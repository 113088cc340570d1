/**
 * Built-in banks, by id. Their JSON is built into `dist/banks/<id>.json` (validated at build time) and fetched only
 * when an element asks for one, from a folder found relative to this module's own URL, so copying `dist/` anywhere
 * works.
 */

import { builtInFiles } from './built-in-files.js';

declare const __ML_BANKS_BASE__: string | undefined;
// This module is DOM-free (compiled without the DOM lib); URL is a standard global in browsers and Node alike.
declare const URL: new (url: string, base?: string | URL) => { href: string };
type URL = { href: string };

// The standalone build defines __ML_BANKS_BASE__ as './banks/' (the entry sits in dist/). The unbundled build
// (lib/bank/registry.js) and the dev server (src/bank/registry.ts) are two folders below the package root.
const DEFAULT_BASE = typeof __ML_BANKS_BASE__ === 'string' ? __ML_BANKS_BASE__ : '../../dist/banks/';

// This module's URL, read apart from any `new URL(…)`: bundlers take `new URL(<expression>, import.meta.url)` for an
// asset reference, and webpack 5 turns it into an empty module context that throws "Cannot find module" at run time.
const moduleUrl: string = (import.meta as { url: string }).url;

const builtIn = new Map<string, string | URL>([['databricks-ml-professional', '']]);
let base: string | URL = DEFAULT_BASE;
// Until setBanksBaseUrl() is called, an npm build's table of bundler-emitted files (built-in-files.ts) wins.
let baseSet = false;

/** The ids of the built-in banks. */
export function builtInBankIds(): string[] {
  return [...builtIn.keys()];
}

export function isBuiltInBank(id: string): boolean {
  return builtIn.has(id);
}

/**
 * Registers a bank id so that `bank="<id>"` and `<ml-bank src="<id>">` find it. Without a URL the bank is looked for
 * as `<id>.json` in the banks folder.
 */
export function registerBank(id: string, url?: string | URL): void {
  builtIn.set(id, url ?? '');
}

/** Moves the folder that built-in banks are fetched from (for hosts that serve `dist/banks/` elsewhere). */
export function setBanksBaseUrl(url: string | URL): void {
  base = url;
  baseSet = true;
  baseGeneration += 1;
}

let baseGeneration = 0;

/** Changes each time setBanksBaseUrl() is called, so a loader can tell that its content came from an old base. */
export function banksBaseGeneration(): number {
  return baseGeneration;
}

/** Whether a built-in id is served as split files (false when registerBank() gave it one URL: then it is one file). */
export function isSplitBank(id: string): boolean {
  return builtIn.get(id) === '';
}

/** The path of the whole bank file in the table of built-in files (beside the split, not inside it). */
export const wholeBankPath = '(whole)';

/**
 * The URL of one file of a built-in bank's split (`path` as in split.ts, e.g. `q/dev-sparkml-001.json`): from the
 * npm build's table of bundler-emitted files, or else relative to the banks folder.
 */
export async function builtInFileUrl(id: string, path: string): Promise<string | undefined> {
  if (!baseSet && builtInFiles?.[id]) {
    // The table lists every file the build wrote: a path it lacks (an unknown question id) is no file at all.
    const hit = (await builtInFiles[id]()).default[path];
    return hit === undefined ? undefined : typeof hit === 'string' ? hit : hit.href;
  }
  if (path === wholeBankPath) return builtInBankUrl(id);
  return new URL(`${encodeURIComponent(id)}/${path}`, new URL(String(base), moduleUrl)).href;
}

/** The URL a built-in bank is fetched from. */
export function builtInBankUrl(id: string): string {
  const explicit = builtIn.get(id);
  if (explicit) return String(explicit);
  return new URL(`${encodeURIComponent(id)}.json`, new URL(String(base), moduleUrl)).href;
}
