/**
 * loadBank(): a built-in id or a URL → the same result shape as parseBank. Never rejects.
 * Built-in banks were validated at build time and skip the validator; foreign ones load it lazily, which keeps zod
 * off the path that renders built-in content.
 */
import { type FetchLike, failure, fetchJson, trustBank } from './fetch.js';
import type { BankResult } from './issues.js';
import { builtInBankIds, builtInFileUrl, isBuiltInBank, wholeBankPath } from './registry.js';
import type { Bank } from './schema.js';

export { type FetchLike, failure, fetchJson, isTrustedBank, trustBank } from './fetch.js';

const cache = new Map<string, Promise<BankResult<Bank>>>();

/** Loads a bank by built-in id or URL. Results are cached per resolved URL, so elements sharing a bank fetch it once. */
export function loadBank(src: string, options: LoadOptions = {}): Promise<BankResult<Bank>> {
  const trimmed = src.trim();
  if (!trimmed) return Promise.resolve(failure('expected a built-in bank id or a URL, found an empty value'));
  const builtIn = options.builtIn === true || isBuiltInBank(trimmed);
  if (!builtIn && looksLikeId(trimmed)) {
    return Promise.resolve(
      failure(
        `expected a built-in bank id (${builtInBankIds()
          .map((i) => `"${i}"`)
          .join(', ')}) or a URL, found "${trimmed}"`,
      ),
    );
  }
  // A built-in id: its whole file from the build's table of files (bundler-emitted in an app), or the banks folder.
  if (builtIn && options.builtIn !== true) return builtInWhole(trimmed, options);
  const url = trimmed;
  const useCache = options.cache !== false && !options.fetch;
  const hit = useCache ? cache.get(url) : undefined;
  if (hit) return hit;
  const pending = fetchBank(url, builtIn, options.fetch);
  if (useCache) {
    cache.set(url, pending);
    // A failed load may succeed later (network back): don't keep failures.
    void pending.then((r) => (r.ok ? undefined : cache.delete(url)));
  }
  return pending;
}

async function builtInWhole(id: string, options: LoadOptions): Promise<BankResult<Bank>> {
  let url: string | undefined;
  try {
    url = await builtInFileUrl(id, wholeBankPath);
  } catch (error) {
    return failure(`could not load the list of files of the built-in bank "${id}": ${messageOf(error)}`);
  }
  if (!url) return failure(`the built-in bank "${id}" has no whole file`);
  return loadBank(url, { ...options, builtIn: true });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface LoadOptions {
  /** A fetch to use instead of the global one (tests); its results are not cached. */
  fetch?: FetchLike;
  cache?: boolean;
  /** `src` is the URL of a built-in bank's whole file (validated at build time): trust it, skip the validator. */
  builtIn?: boolean;
}

/** Forgets cached banks (tests, or an app that changed a bank file). */
export function clearBankCache(): void {
  cache.clear();
}

async function fetchBank(url: string, builtIn: boolean, fetchImpl?: FetchLike): Promise<BankResult<Bank>> {
  const loaded = await fetchJson(url, fetchImpl);
  if (!loaded.ok) return loaded;
  const json = loaded.bank;
  if (builtIn) {
    trustBank(json as Bank);
    return { ok: true, bank: json as Bank };
  }
  try {
    const { parseBank } = await import('./parse.js');
    const result = parseBank(json);
    if (result.ok) trustBank(result.bank);
    return result;
  } catch (error) {
    return failure(`could not load the bank validator: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function looksLikeId(src: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(src) && !src.endsWith('.json');
}
