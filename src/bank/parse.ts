/**
 * parseBank(): structure by the zod schemas, then every cross-check of the contract, all problems reported at once.
 * Never throws, whatever it is given.
 */
import * as z from 'zod/mini';
import { allocateByWeight } from './blueprint.js';
import { quickParse } from './quick-parse.js';
import { dedupe } from './fetch.js';
import {
  type BankIssue,
  type BankResult,
  type PathKey,
  describeValue,
  formatPath,
  isRecord,
  shortId,
  valueAt,
} from './issues.js';
import {
  type Bank,
  type BankFile,
  type Checklist,
  type Comparison,
  type Question,
  bankFileSchema,
  bankSchema,
  checklistSchema,
  comparisonSchema,
  questionSchema,
} from './schema.js';

// Zod's fast path compiles validators with `new Function`, which a strict Content-Security-Policy forbids (and
// reports as a console error even when zod falls back). The interpreted path is fast enough for banks.
z.config({ jitless: true });

type Schema = z.ZodMiniType;

/**
 * Validates a whole (merged) bank: `{ ok: true, bank }`, or `{ ok: false, errors }` naming every problem found.
 *
 * The returned bank may be the object you passed (or share its objects and arrays): when the input is already exactly
 * valid, it is returned as it is, without a copy, which keeps parsing within twice the time of `JSON.parse`. When a
 * default must be filled in (say `comparisons` is missing), the result is a new object holding it, and the input is
 * left unchanged. Either way, treat the result as read-only, and pass plain data (as `JSON.parse` gives): don't change
 * the input afterwards, or the bank changes with it.
 */
export function parseBank(input: unknown): BankResult<Bank> {
  return guard(input, () => {
    // Valid banks, the usual case, take one quick pass for the structure and one for the cross-checks; any doubt
    // (or any problem) runs the full checks below, which word every problem. The quick pass returns the input itself
    // when nothing needs filling in; zod's result (the slow path) is a copy, as before.
    const quick = quickParse(bankSchema, input);
    if (quick && plainlyConsistent(quick.data as Bank)) return { ok: true, bank: quick.data as Bank };
    const { errors, data } = structural(bankSchema, input);
    errors.push(...crossCheck(input, { requireObjectives: true }));
    return finish(errors, data);
  });
}

/** Validates one bank file (a partial bank): structure only, plus the checks that need no other file. */
export function parseBankFile(input: unknown): BankResult<BankFile> {
  return guard(input, () => {
    const { errors, data } = structural(bankFileSchema, input);
    return finish(errors, data);
  });
}

/** What inline content (a `<script type="application/json">` child) may hold. */
export type InlineContent =
  | { kind: 'bank'; bank: Bank }
  | { kind: 'questions'; questions: Question[] }
  | { kind: 'comparison'; comparison: Comparison }
  | { kind: 'checklist'; checklist: Checklist };

/**
 * Validates inline content: a question, a list of questions, a comparison, a checklist or a whole bank. An inline
 * question needs no bank, so its objective is not checked.
 */
export function parseInline(input: unknown): BankResult<InlineContent> {
  return guard<InlineContent>(input, () => {
    if (Array.isArray(input) || (isRecord(input) && 'options' in input && !('questions' in input))) {
      const list = Array.isArray(input) ? input : [input];
      const { errors, data } = structural(
        z.array(questionSchema).check(z.minLength(1, 'expected at least one question')),
        list,
      );
      errors.push(...questionChecks(list, []), ...uniqueIds(list, [], list));
      if (errors.length)
        return { ok: false, errors: Array.isArray(input) ? dedupe(errors) : dedupe(errors).map(unwrapFirst) };
      return { ok: true, bank: { kind: 'questions', questions: data as Question[] } };
    }
    if (isRecord(input) && 'practice' in input) {
      const { errors, data } = structural(comparisonSchema, input);
      errors.push(...uniqueIds(input.practice, ['practice'], input));
      return errors.length
        ? { ok: false, errors: dedupe(errors) }
        : { ok: true, bank: { kind: 'comparison', comparison: data as Comparison } };
    }
    if (isRecord(input) && 'items' in input) {
      const { errors, data } = structural(checklistSchema, input);
      errors.push(...uniqueIds(input.items, ['items'], input));
      return errors.length
        ? { ok: false, errors: dedupe(errors) }
        : { ok: true, bank: { kind: 'checklist', checklist: data as Checklist } };
    }
    if (isRecord(input) && ('questions' in input || 'domains' in input)) {
      const result = parseBank(input);
      return result.ok ? { ok: true, bank: { kind: 'bank', bank: result.bank } } : result;
    }
    return {
      ok: false,
      errors: [
        {
          path: '(root)',
          message: `expected a question, a list of questions, a comparison, a checklist or a bank, found ${describeValue(input)}`,
        },
      ],
    };
  });
}

function unwrapFirst(issue: BankIssue): BankIssue {
  // A single inline question was checked as a one-item list; report its paths from the question itself.
  return { ...issue, path: issue.path.replace(/^\[[^\]]*\]\.?/, '') || '(root)' };
}

function guard<T>(input: unknown, run: () => BankResult<T>): BankResult<T> {
  try {
    if (!isRecord(input) && !Array.isArray(input)) {
      return {
        ok: false,
        errors: [{ path: '(root)', message: `expected a JSON object, found ${describeValue(input)}` }],
      };
    }
    return run();
  } catch (error) {
    return {
      ok: false,
      errors: [
        { path: '(root)', message: `could not be read: ${error instanceof Error ? error.message : String(error)}` },
      ],
    };
  }
}

function finish<T>(errors: BankIssue[], data: unknown): BankResult<T> {
  if (errors.length) return { ok: false, errors: dedupe(errors) };
  return { ok: true, bank: data as T };
}

// ---------------------------------------------------------------------------------------------------------------
// Structural issues, reworded so each says what was expected and what was found.

/** Structural problems, and the parsed value (with defaults applied) when there are none. */
function structural(schema: Schema, input: unknown): { errors: BankIssue[]; data: unknown } {
  const quick = quickParse(schema, input);
  if (quick) return { errors: [], data: quick.data };
  const result = z.safeParse(schema, input);
  if (result.success) return { errors: [], data: result.data };
  return { errors: result.error.issues.flatMap((issue) => toBankIssues(issue, input)), data: undefined };
}

function toBankIssues(issue: z.core.$ZodIssue, input: unknown): BankIssue[] {
  const keys = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  const found = valueAt(input, keys);
  const at = (extra: PathKey[] = []) => formatPath(input, [...keys, ...extra]);
  switch (issue.code) {
    case 'invalid_type':
      return [{ path: at(), message: `expected ${article(issue.expected)}, found ${describeValue(found)}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: at([key]),
        message: `unexpected field ${quoteId(key)} (check the spelling; see question-bank.schema.json)`,
      }));
    case 'invalid_value':
      return [
        {
          path: at(),
          message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describeValue(found)}`,
        },
      ];
    case 'too_small':
      return [
        {
          path: at(),
          message: `expected ${bound('at least', issue.origin, issue.minimum, issue.inclusive)}, found ${measure(issue.origin, found)}`,
        },
      ];
    case 'too_big':
      return [
        {
          path: at(),
          message: `expected ${bound('at most', issue.origin, issue.maximum, issue.inclusive)}, found ${measure(issue.origin, found)}`,
        },
      ];
    case 'invalid_union':
      return [{ path: at(), message: `expected a valid value, found ${describeValue(found)}` }];
    default:
      return [{ path: at(), message: `${issue.message}, found ${describeValue(found)}` }];
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array') return 'a list';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function bound(word: string, origin: string, limit: number | bigint, inclusive = true): string {
  const n = Number(limit);
  if (origin === 'string') return `${word} ${n} character${n === 1 ? '' : 's'}`;
  if (origin === 'array') return `${word} ${n} item${n === 1 ? '' : 's'}`;
  if (inclusive) return `a number ${word === 'at least' ? '≥' : '≤'} ${n}`;
  return `a number ${word === 'at least' ? '>' : '<'} ${n}`;
}

function measure(origin: string, found: unknown): string {
  if (origin === 'string' && typeof found === 'string')
    return `${found.length} character${found.length === 1 ? '' : 's'}`;
  if (origin === 'array' && Array.isArray(found)) return `${found.length} item${found.length === 1 ? '' : 's'}`;
  return describeValue(found);
}

// ---------------------------------------------------------------------------------------------------------------
// Cross-checks. They run over the raw input, guarding every access, so they report alongside structural problems.

function crossCheck(input: unknown, options: { requireObjectives: boolean }): BankIssue[] {
  if (!isRecord(input)) return [];
  const errors: BankIssue[] = [];
  const domains = arrayAt(input, 'domains');
  const objectives = arrayAt(input, 'objectives');
  const questions = arrayAt(input, 'questions');

  // Ids unique across the bank (questions, comparisons, practice scenarios, checklists, items, exams).
  // A repeated id is named by index at both places: `[id=…]` would point the message at itself.
  // Paths are written only for a repeat: formatting one per item would walk the bank again.
  const seen = new Map<string, [PathKey[], number]>();
  const claim = (value: unknown, list: PathKey[], index: number) => {
    if (typeof value !== 'string') return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, [list, index]);
    else {
      errors.push({
        path: `${itemPath(input, list, index)}.id`,
        message: `expected a unique id, found ${quoteId(value)} again (first used at ${itemPath(input, ...first)})`,
      });
    }
  };
  questions.forEach((q, i) => claim(idOf(q), ['questions'], i));
  arrayAt(input, 'comparisons').forEach((c, i) => {
    claim(idOf(c), ['comparisons'], i);
    arrayAt(c, 'practice').forEach((p, j) => claim(idOf(p), ['comparisons', i, 'practice'], j));
  });
  arrayAt(input, 'checklists').forEach((c, i) => {
    claim(idOf(c), ['checklists'], i);
    arrayAt(c, 'items').forEach((item, j) => claim(idOf(item), ['checklists', i, 'items'], j));
  });
  arrayAt(input, 'exams').forEach((e, i) => claim(idOf(e), ['exams'], i));
  errors.push(...uniqueIds(domains, ['domains'], input), ...uniqueIds(objectives, ['objectives'], input));

  // Domain weights: whole numbers summing to 100.
  const weights = domains.map((d) => (isRecord(d) ? d.weight : undefined));
  if (domains.length && weights.every((w) => typeof w === 'number')) {
    const sum = (weights as number[]).reduce((a, b) => a + b, 0);
    if (sum !== 100) errors.push({ path: 'domains', message: `expected domain weights summing to 100, found ${sum}` });
  }

  // Objectives point at domains.
  const domainIds = new Set(domains.map(idOf).filter(isString));
  objectives.forEach((o, i) => {
    const domain = isRecord(o) ? o.domain : undefined;
    if (typeof domain === 'string' && !domainIds.has(domain)) {
      errors.push({
        path: formatPath(input, ['objectives', i, 'domain']),
        message: `expected one of the bank's domain ids (${[...domainIds].map(shortId).join(', ')}), found ${quoteId(domain)}`,
      });
    }
  });

  // Questions: options, answers, objectives.
  const objectiveDomain = new Map<string, string>();
  for (const o of objectives)
    if (isRecord(o) && typeof o.id === 'string' && typeof o.domain === 'string') objectiveDomain.set(o.id, o.domain);
  errors.push(...questionChecks(questions, ['questions'], input));
  questions.forEach((q, i) => {
    if (!isRecord(q)) return;
    if (q.objective === undefined && options.requireObjectives) {
      errors.push({
        path: formatPath(input, ['questions', i, 'objective']),
        message: 'expected an objective id (a bank question names its objective), found nothing (the field is missing)',
      });
    } else if (typeof q.objective === 'string' && !objectiveDomain.has(q.objective)) {
      errors.push({
        path: formatPath(input, ['questions', i, 'objective']),
        message: `expected one of the bank's objective ids, found ${quoteId(q.objective)}`,
      });
    }
  });

  // Checklist items' objectives exist.
  arrayAt(input, 'checklists').forEach((c, i) =>
    arrayAt(c, 'items').forEach((item, j) =>
      arrayAt(item, 'objectives').forEach((o, k) => {
        if (typeof o === 'string' && !objectiveDomain.has(o)) {
          errors.push({
            path: formatPath(input, ['checklists', i, 'items', j, 'objectives', k]),
            message: `expected one of the bank's objective ids, found ${quoteId(o)}`,
          });
        }
      }),
    ),
  );

  // Each exam can be drawn from the bank's questions at the domain weights. A Map, not `{}`: a domain id such as
  // `constructor` must not find Object.prototype's member.
  const available = new Map<string, number>();
  for (const q of questions) {
    const domain = isRecord(q) && typeof q.objective === 'string' ? objectiveDomain.get(q.objective) : undefined;
    if (domain !== undefined) available.set(domain, (available.get(domain) ?? 0) + 1);
  }
  const weighted = domains.filter(isRecord).filter((d) => typeof d.id === 'string' && typeof d.weight === 'number') as {
    id: string;
    weight: number;
  }[];
  arrayAt(input, 'exams').forEach((e, i) => {
    if (
      !isRecord(e) ||
      typeof e.questionCount !== 'number' ||
      !Number.isInteger(e.questionCount) ||
      e.questionCount < 1
    )
      return;
    const need = allocateByWeight(e.questionCount, weighted);
    const short = Object.entries(need).filter(([d, n]) => (available.get(d) ?? 0) < n);
    if (short.length) {
      errors.push({
        path: formatPath(input, ['exams', i, 'questionCount']),
        message: `expected an exam that can be drawn at the domain weights, found ${e.questionCount} questions needing ${short
          .map(([d, n]) => `${n} from ${quoteId(d)} (the bank has ${available.get(d) ?? 0})`)
          .join(', ')}`,
      });
    }
  });
  return errors;
}

/**
 * Whether a structurally valid bank passes every cross-check of {@link crossCheck} (with objectives required), in one
 * pass and without building a path or message: true only when crossCheck would find nothing. Option ids are one of
 * six letters (the schema's enum), so a question's option set is a bit mask.
 */
function plainlyConsistent(bank: Bank): boolean {
  const ids = new Set<string>();
  const claim = (id: string) => ids.size !== ids.add(id).size;
  const domainIds = new Set<string>();
  let weightSum = 0;
  for (const d of bank.domains) {
    if (domainIds.size === domainIds.add(d.id).size) return false;
    weightSum += d.weight;
  }
  if (weightSum !== 100) return false;
  const objectiveDomain = new Map<string, string>();
  for (const o of bank.objectives) {
    if (objectiveDomain.has(o.id) || !domainIds.has(o.domain)) return false;
    objectiveDomain.set(o.id, o.domain);
  }
  const available = new Map<string, number>();
  for (const q of bank.questions) {
    if (!claim(q.id) || q.objective === undefined) return false;
    const domain = objectiveDomain.get(q.objective);
    if (domain === undefined) return false;
    available.set(domain, (available.get(domain) ?? 0) + 1);
    let optionBits = 0;
    for (const o of q.options) {
      const bit = OPTION_BIT[o.id];
      if (bit === undefined || optionBits & bit) return false;
      optionBits |= bit;
    }
    let answerBits = 0;
    for (const a of q.answer) {
      const bit = OPTION_BIT[a];
      if (bit === undefined || answerBits & bit || !(optionBits & bit)) return false;
      answerBits |= bit;
    }
    const count = q.answer.length;
    if (q.type === 'single' ? count !== 1 : count < 2 || count >= q.options.length) return false;
  }
  for (const c of bank.comparisons) {
    if (!claim(c.id)) return false;
    for (const p of c.practice) if (!claim(p.id)) return false;
  }
  for (const c of bank.checklists) {
    if (!claim(c.id)) return false;
    for (const item of c.items) {
      if (!claim(item.id)) return false;
      for (const o of item.objectives ?? []) if (!objectiveDomain.has(o)) return false;
    }
  }
  for (const e of bank.exams) {
    if (!claim(e.id)) return false;
    const need = allocateByWeight(e.questionCount, bank.domains);
    for (const d in need) if ((available.get(d) ?? 0) < need[d]!) return false;
  }
  return true;
}

const OPTION_BIT: Record<string, number> = { a: 1, b: 2, c: 4, d: 8, e: 16, f: 32 };

/** Per-question checks: unique option ids, answers among the options, answer count by type. */
function questionChecks(questions: unknown[], base: PathKey[], root: unknown = questions): BankIssue[] {
  const errors: BankIssue[] = [];
  questions.forEach((q, i) => {
    if (!isRecord(q)) return;
    const options = arrayAt(q, 'options');
    const at = (...keys: PathKey[]) => formatPath(root, [...base, i, ...keys]);
    errors.push(...uniqueIds(options, [...base, i, 'options'], root));
    const optionIds = new Set(options.map(idOf).filter(isString));
    const answer = Array.isArray(q.answer) ? q.answer : [];
    answer.forEach((a, k) => {
      if (typeof a === 'string' && !optionIds.has(a)) {
        errors.push({
          path: at('answer', k),
          message: `expected one of the question's option ids (${[...optionIds].map(shortId).join(', ')}), found ${quoteId(a)}`,
        });
      }
    });
    const distinct = new Set(answer);
    if (distinct.size !== answer.length)
      errors.push({ path: at('answer'), message: 'expected each option id once, found a repeated id' });
    if (q.type === 'single' && answer.length !== 1 && answer.length > 0) {
      errors.push({
        path: at('answer'),
        message: `expected exactly one answer for a "single" question, found ${answer.length}`,
      });
    }
    if (
      q.type === 'multiple' &&
      answer.length > 0 &&
      (distinct.size < 2 || (options.length > 0 && distinct.size >= options.length))
    ) {
      errors.push({
        path: at('answer'),
        message: `expected two or more answers, but not all ${options.length} options, for a "multiple" question, found ${distinct.size}`,
      });
    }
  });
  return errors;
}

function uniqueIds(items: unknown, base: PathKey[], root: unknown): BankIssue[] {
  if (!Array.isArray(items)) return [];
  const errors: BankIssue[] = [];
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const value = idOf(item);
    if (value === undefined) return;
    const prior = first.get(value);
    if (prior === undefined) first.set(value, i);
    else {
      errors.push({
        path: `${itemPath(root, base, i)}.id`,
        message: `expected a unique id, found ${quoteId(value)} again (first used at ${itemPath(root, base, prior)})`,
      });
    }
  });
  return errors;
}

/** `list[index]`, the item named by its index (the path of a repeated id, whose `[id=…]` would be ambiguous). */
function itemPath(root: unknown, list: PathKey[], index: number): string {
  return `${list.length ? formatPath(root, list) : ''}[${index}]`;
}

/** An id quoted for a message, shortened like an id in a path. */
function quoteId(value: string): string {
  return `"${shortId(value)}"`;
}

function arrayAt(node: unknown, key: string): unknown[] {
  const value = isRecord(node) ? node[key] : undefined;
  return Array.isArray(value) ? value : [];
}

function idOf(node: unknown): string | undefined {
  return isRecord(node) && typeof node.id === 'string' ? node.id : undefined;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
