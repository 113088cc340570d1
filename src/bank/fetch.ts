/**
 * What every content source needs to fetch a file and report on it: fetchJson() (HTTP errors, network failure and
 * non-JSON become issues), the issue helpers and the set of banks known valid. Apart from load.ts so that a card,
 * which fetches one question file, does not download the whole-bank loader.
 */
import type { BankIssue, BankResult } from './issues.js';
import type { Bank } from './schema.js';

export type FetchLike = (
  url: string,
) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

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

declare const __ML_BANKS_BASE__: string | undefined;

/**
 * What to add when a file of the npm build's table failed as the package wrote it (`…/dist/banks/…?no-inline`): the
 * app's bundler left the reference alone (esbuild and Rollup do), so the file is not in the app's build.
 */
function notEmitted(url: string): string {
  // The standalone build (which defines the banks' base) has no such table: the text stays out of its download.
  if (typeof __ML_BANKS_BASE__ === 'string') return '';
  return /\/dist\/banks\/[^?]*\?no-inline$/.test(url)
    ? `; the app's bundler did not emit ml-quiz's content (see "In an app" in ml-quiz's README)`
    : '';
}

/** Fetches a URL and parses its JSON (no validation). HTTP errors, network failure and non-JSON become issues. */
export async function fetchJson(url: string, fetchImpl?: FetchLike): Promise<BankResult<unknown>> {
  let body: string;
  try {
    const doFetch = fetchImpl ?? (globalThis as unknown as { fetch: FetchLike }).fetch;
    const response = await doFetch(url);
    if (!response.ok)
      return failure(
        `could not load ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${notEmitted(url)}`,
      );
    body = await response.text();
  } catch (error) {
    return failure(`could not load ${url}: network error (${error instanceof Error ? error.message : String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return failure(
      `expected JSON from ${url}, found text that is not JSON (${error instanceof Error ? error.message : String(error)})${notEmitted(url)}`,
    );
  }
  return { ok: true, bank: json };
}

export function failure<T = Bank>(message: string): BankResult<T> {
  const errors: BankIssue[] = [{ path: '(root)', message }];
  return { ok: false, errors };
}

/** The issues without repeats (the same path and message reported twice, e.g. by two rules or two files). */
export function dedupe(errors: BankIssue[]): BankIssue[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The issue for an id the bank does not have (the known ids listed for comparisons and checklists). */
export function unknownItem(
  kind: 'question' | 'comparison' | 'checklist',
  bankId: string,
  id: string,
  known?: readonly string[],
): BankIssue {
  const list = known && known.length ? ` (${known.map((k) => `"${k}"`).join(', ')})` : '';
  return {
    path: kind,
    message:
      kind === 'question'
        ? `expected a question id of bank "${bankId}", found "${id}"`
        : `expected the id of a ${kind} in bank "${bankId}"${list}, found "${id}"`,
  };
}
