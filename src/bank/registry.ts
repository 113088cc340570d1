/**
 * Built-in banks, by id. Their JSON is built into `dist/banks/<id>.json` (validated at build time) and fetched only
 * when an element asks for one, from a folder found relative to this module's own URL, so copying `dist/` anywhere
 * works.
 */

declare const __ML_BANKS_BASE__: string | undefined;
// This module is DOM-free (compiled without the DOM lib); URL is a standard global in browsers and Node alike.
declare const URL: new (url: string, base?: string | URL) => { href: string };
type URL = { href: string };

// The standalone build defines __ML_BANKS_BASE__ as './banks/' (the entry sits in dist/). The unbundled build
// (lib/bank/registry.js) and the dev server (src/bank/registry.ts) are two folders below the package root.
const DEFAULT_BASE = typeof __ML_BANKS_BASE__ === 'string' ? __ML_BANKS_BASE__ : '../../dist/banks/';

const builtIn = new Map<string, string | URL>([['databricks-ml-professional', '']]);
let base: string | URL = DEFAULT_BASE;

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
}

/** The URL a built-in bank is fetched from. */
export function builtInBankUrl(id: string): string {
  const explicit = builtIn.get(id);
  if (explicit) return String(explicit);
  return new URL(`${encodeURIComponent(id)}.json`, new URL(String(base), (import.meta as { url: string }).url)).href;
}
