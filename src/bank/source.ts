/**
 * Content sources: what an element asks for (one question, a selection, a comparison, a checklist, the index to draw
 * from, or the whole bank) and where it comes from, behind one interface. Every method resolves to the BankResult shape
 * and never rejects.
 *   - A built-in bank id: the split files written at build time (split.ts), fetched one by one as asked; trusted (it
 *     was validated at build time), so no validator loads.
 *   - A URL (a foreign bank, or an id registered with a URL): one file, fetched once, validated lazily (the validator
 *     loads with it); every request is answered from it.
 *   - A bank object (an app's own): validated with parseBank unless it is known valid.
 * Files are cached per URL, so elements sharing a bank fetch each file once; a failed fetch is not kept (the network
 * may come back). A URL changed by setBanksBaseUrl() is a new URL, so content asked for afterwards comes from the new base.
 */
import type { BankResult } from './issues.js';
import { type FetchLike, dedupe, failure, fetchJson, unknownItem } from './fetch.js';
import { builtInFileUrl, isBuiltInBank, isSplitBank, wholeBankPath } from './registry.js';
import type { Bank, Checklist, Comparison, Question } from './schema.js';
import { type BankIndex, checklistPath, comparisonPath, indexPath, questionPath } from './split.js';

export interface BankSource {
  /** The bank's index: its meta, exams, the questions' ids and objectives, the comparison and checklist ids. */
  index(): Promise<BankResult<BankIndex>>;
  /** These questions, in this order. An unknown id is an error at path `question`. */
  questions(ids: readonly string[]): Promise<BankResult<Question[]>>;
  comparison(id: string): Promise<BankResult<Comparison>>;
  checklist(id: string): Promise<BankResult<Checklist>>;
  /** The whole bank (for <ml-bank> and tools; an element showing part of a built-in bank never needs it). */
  whole(): Promise<BankResult<Bank>>;
  /** The bank's id without fetching its index (a card's answers are recorded per bank); undefined if it failed to load. */
  bankId(): Promise<string | undefined>;
}

export interface SourceOptions {
  /** A fetch to use instead of the global one (tests). Files fetched through it are cached apart from the global cache. */
  fetch?: FetchLike;
  /** The bank object is known valid (it came from <ml-bank> or loadBank): skip parseBank. */
  trusted?: boolean;
}

/** Opens a content source for a built-in bank id, a URL or a bank object. */
export function openBankSource(src: string | Bank, options: SourceOptions = {}): BankSource {
  if (typeof src !== 'string')
    return lazyWholeSource((m) => m.wholeSource(() => m.objectBank(src, options.trusted === true)));
  const trimmed = src.trim();
  if (isBuiltInBank(trimmed) && isSplitBank(trimmed)) return splitSource(trimmed, options.fetch);
  return lazyWholeSource((m) =>
    m.wholeSource(() => m.loadBank(trimmed, options.fetch ? { fetch: options.fetch } : {})),
  );
}

// ------------------------------------------------------------------------------------------------ one file, or an object

/** A source over one whole bank (whole-source.ts), its code loaded on the first request. */
function lazyWholeSource(open: (m: typeof import('./whole-source.js')) => BankSource): BankSource {
  let pending: Promise<BankSource | BankResult<never>> | undefined;
  const source = () =>
    (pending ??= import('./whole-source.js').then(open, (error: unknown) => {
      pending = undefined;
      return failure<never>(
        `could not load the bank loader: ${error instanceof Error ? error.message : String(error)}`,
      );
    }));
  const call =
    <A extends unknown[], T>(method: (s: BankSource, ...args: A) => Promise<BankResult<T>>) =>
    async (...args: A): Promise<BankResult<T>> => {
      const s = await source();
      return 'ok' in s ? s : method(s, ...args);
    };
  return {
    whole: call((s) => s.whole()),
    index: call((s) => s.index()),
    questions: call((s, ids: readonly string[]) => s.questions(ids)),
    comparison: call((s, id: string) => s.comparison(id)),
    checklist: call((s, id: string) => s.checklist(id)),
    bankId: async () => {
      const s = await source();
      return 'ok' in s ? undefined : s.bankId();
    },
  };
}

// ------------------------------------------------------------------------------------------------ split built-in files

const defaultCache = new Map<string, Promise<BankResult<unknown>>>();
const cachesByFetch = new WeakMap<FetchLike, Map<string, Promise<BankResult<unknown>>>>();

/** Forgets the split files fetched so far (tests, or an app whose bank changed). */
export function clearSourceCache(): void {
  defaultCache.clear();
}

function splitSource(bankId: string, fetchImpl?: FetchLike): BankSource {
  const cache = fetchImpl
    ? (cachesByFetch.get(fetchImpl) ?? new Map<string, Promise<BankResult<unknown>>>())
    : defaultCache;
  if (fetchImpl) cachesByFetch.set(fetchImpl, cache);

  /** A file's URL; undefined when the bank has no such file; an issue when the table of files itself did not load. */
  const urlOf = async (path: string): Promise<string | undefined | BankResult<never>> => {
    try {
      return await builtInFileUrl(bankId, path);
    } catch (error) {
      return failure<never>(
        `could not load the list of files of the built-in bank "${bankId}": ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  /** One file of the split: undefined when the bank has no such file. */
  const file = async <T>(path: string): Promise<BankResult<T> | undefined> => {
    const url = await urlOf(path);
    if (typeof url !== 'string') return url as BankResult<T> | undefined;
    let pending = cache.get(url);
    if (!pending) {
      pending = fetchJson(url, fetchImpl);
      cache.set(url, pending);
      void pending.then((r) => (r.ok ? undefined : cache.delete(url)));
    }
    return pending as Promise<BankResult<T>>;
  };

  const index = async (): Promise<BankResult<BankIndex>> =>
    (await file<BankIndex>(indexPath)) ?? failure(`the built-in bank "${bankId}" has no index file`);

  /** A file that is missing (no table entry, or an HTTP 404) is an unknown id if the index agrees; else the load error. */
  const item = async <T>(
    kind: 'question' | 'comparison' | 'checklist',
    id: string,
    path: string,
  ): Promise<BankResult<T>> => {
    const result = await file<T>(path);
    if (result?.ok) return result;
    const idx = await index();
    if (!idx.ok) return result ?? idx;
    const known =
      kind === 'question'
        ? idx.bank.questions.map((q) => q.id)
        : kind === 'comparison'
          ? idx.bank.comparisons
          : idx.bank.checklists;
    if (!known.includes(id))
      return { ok: false, errors: [unknownItem(kind, bankId, id, kind === 'question' ? undefined : known)] };
    return result ?? failure(`the built-in bank "${bankId}" has no file for ${kind} "${id}"`);
  };

  return {
    index,
    bankId: async () => bankId,
    questions: async (ids) => {
      const results = await Promise.all(ids.map((id) => item<Question>('question', id, questionPath(id))));
      const errors = results.flatMap((r) => (r.ok ? [] : r.errors));
      if (errors.length) return { ok: false, errors: dedupe(errors) };
      return { ok: true, bank: results.map((r) => (r as { bank: Question }).bank) };
    },
    comparison: (id) => item<Comparison>('comparison', id, comparisonPath(id)),
    checklist: (id) => item<Checklist>('checklist', id, checklistPath(id)),
    whole: async () => {
      const url = await urlOf(wholeBankPath);
      if (typeof url !== 'string') return url ?? failure(`the built-in bank "${bankId}" has no whole file`);
      try {
        const { loadBank } = await import('./load.js');
        return await loadBank(url, { builtIn: true, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
      } catch (error) {
        return failure(`could not load the bank loader: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
