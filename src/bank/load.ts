/**
 * loadBank(): a built-in id or a URL → the same result shape as parseBank. Never rejects.
 * Built-in banks were validated at build time and skip the validator; foreign ones load it lazily, which keeps zod
 * off the path that renders built-in content.
 */
import type { BankIssue, BankResult } from './issues.js';
import { builtInBankIds, builtInBankUrl, isBuiltInBank } from './registry.js';
import type { Bank } from './schema.js';

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

const cache = new Map<string, Promise<BankResult<Bank>>>();
// Banks that are known valid (built-in, or validated here), so an app passing one back as a property skips re-parsing.
const trusted = new WeakSet<object>();

/** Marks a bank as known valid. */
export function trustBank(bank: Bank): void {
  trusted.add(bank);
}

/** Whether `bank` came from loadBank (and so is known to be valid). */
export function isTrustedBank(bank: unknown): boolean {
  return typeof bank === 'object' && bank !== null && trusted.has(bank);
}

/** Loads a bank by built-in id or URL. Results are cached per resolved URL, so elements sharing a bank fetch it once. */
export function loadBank(src: string, options: LoadOptions = {}): Promise<BankResult<Bank>> {
  const trimmed = src.trim();
  if (!trimmed) return Promise.resolve(failure('expected a built-in bank id or a URL, found an empty value'));
  const builtIn = options.builtIn === true || isBuiltInBank(trimmed);
  if (!builtIn && looksLikeId(trimmed)) {
    return Promise.resolve(
      failure(`expected a built-in bank id (${builtInBankIds().map((i) => `"${i}"`).join(', ')}) or a URL, found "${trimmed}"`),
    );
  }
  const url = builtIn && options.builtIn !== true ? builtInBankUrl(trimmed) : trimmed;
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
    trusted.add(json as Bank);
    return { ok: true, bank: json as Bank };
  }
  try {
    const { parseBank } = await import('./parse.js');
    const result = parseBank(json);
    if (result.ok) trusted.add(result.bank);
    return result;
  } catch (error) {
    return failure(`could not load the bank validator: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Fetches a URL and parses its JSON (no validation). HTTP errors, network failure and non-JSON become issues. */
export async function fetchJson(url: string, fetchImpl?: FetchLike): Promise<BankResult<unknown>> {
  let body: string;
  try {
    const doFetch = fetchImpl ?? (globalThis as unknown as { fetch: FetchLike }).fetch;
    const response = await doFetch(url);
    if (!response.ok) return failure(`could not load ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    body = await response.text();
  } catch (error) {
    return failure(`could not load ${url}: network error (${error instanceof Error ? error.message : String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return failure(`expected JSON from ${url}, found text that is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return { ok: true, bank: json };
}

function looksLikeId(src: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(src) && !src.endsWith('.json');
}

export function failure<T = Bank>(message: string): BankResult<T> {
  const errors: BankIssue[] = [{ path: '(root)', message }];
  return { ok: false, errors };
}
