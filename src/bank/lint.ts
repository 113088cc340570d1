/**
 * Lint warnings and statistics for authors (`ml-quiz validate --stats --strict`). Pure, DOM-free.
 *
 * Besides coverage and near-duplicates, the lint measures *shape cues*: ways a reader who knows nothing of the subject
 * can beat chance by reading the options' shape (which option is longest, which position, which words). Those rules
 * are statistics, so they only run on banks large enough for a share to mean something (see {@link MIN_SAMPLE}).
 */
import type { Bank, Question } from './schema.js';

export interface LintWarning {
  path: string;
  message: string;
}

export interface LintOptions {
  /** Fewest questions an objective should have. Default: 9 for a bank of 100 questions or more, else 3. */
  minPerObjective?: number;
  /** Stems at or above this word-trigram Jaccard similarity are near-duplicates (0.6). */
  duplicateThreshold?: number;
  /** Largest distance, in percentage points, of a single-answer key position's share from uniform (5). */
  positionTolerance?: number;
  /** Single-answer: largest share (0–1) whose key is the strictly longest option (0.3). */
  longestKeyShare?: number;
  /** Single-answer: largest share whose key is the strictly second-longest option (0.35). */
  secondLongestKeyShare?: number;
  /** Single-answer: largest share whose key is one of the two longest options (0.6). */
  topTwoKeyShare?: number;
  /** Multiple-select: largest share whose k longest options are exactly the k keys (0.2). */
  longestAreKeysShare?: number;
  /** Multiple-select: how far, in points, the longest option's key rate may exceed the mean key rate (10). */
  longestKeyLift?: number;
  /** Multiple-select: largest distance, in points, of a position's key rate from the mean key rate (12). */
  multiplePositionTolerance?: number;
  /** Absolute words per distractor may be at most this multiple of their rate per key (1.5). */
  absoluteWordRatio?: number;
  /** Largest share of multiple-select stems that are "Which TWO/THREE statements…" lists (0.3). */
  statementListShare?: number;
}

/**
 * Smallest samples the statistical rules need; below them a share is noise and the rule is skipped (the figures are
 * still printed by `--stats`). Single-answer rules need 20 single-answer questions (per option count, for the key
 * position rule); multiple-select rules need 10 multiple-select questions; the absolute-word rule needs 20 questions.
 */
export const MIN_SAMPLE = { single: 20, multiple: 10, absoluteWords: 20 } as const;

/** Banks of at least this many questions are held to the full objective minimum (9); smaller ones to 3. */
export const FULL_BANK_SIZE = 100;

/** Words that let a test-wise reader rule an option out ("always", "never"…), matched as whole words in any case. */
export const ABSOLUTE_WORDS = [
  'always',
  'never',
  'only',
  'all',
  'every',
  'any',
  'automatically',
  'cannot',
  'must',
  'none',
  'guaranteed',
] as const;
const ABSOLUTE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ABSOLUTE_WORDS.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');

/** "Which TWO statements…", "Which three of the following statements…". */
const STATEMENT_LIST = /\bwhich\s+(?:two|three|four|2|3|4)\b[^.?!]{0,40}?\bstatements?\b/i;

/** Shape-cue figures over a set of questions; every share is 0–1 (null where the set has none of that kind). */
export interface CueStats {
  questions: number;
  singles: number;
  multiples: number;
  /** Single-answer: the key is the strictly longest option. */
  keyLongest: number | null;
  /** Single-answer: exactly one option is longer than the key, and the key is longer than the rest. */
  keySecondLongest: number | null;
  /** Single-answer: at most one other option is as long as the key or longer (a three-way tie for longest is not). */
  keyTopTwo: number | null;
  /** Multiple-select: the k longest options are exactly the k keys (every key longer than every distractor). */
  longestAreKeys: number | null;
  /** Multiple-select: how often the longest option is a key (a tie for longest counts each tied option's share). */
  longestIsKey: number | null;
  /** Multiple-select: keys ÷ options, the rate a blind guess at one option would hit. */
  meanKeyRate: number | null;
  /** Multiple-select: by position (a, b, …), how often the option there is a key, and over how many questions. */
  positionKeyRate: Record<string, { rate: number; of: number }>;
  /** Absolute words per key and per distractor (visible text, whole words). */
  absolutePerKey: number | null;
  absolutePerDistractor: number | null;
  keys: number;
  distractors: number;
  /** Multiple-select stems that are "Which TWO/THREE statements…" lists. */
  statementLists: number | null;
}

export interface BankStats {
  questions: number;
  byDomain: Record<string, number>;
  byObjective: Record<string, number>;
  byType: Record<string, number>;
  /** For single-answer questions, by option count: how often the key is at each position. */
  keyPositions: Record<string, Record<string, number>>;
  /** Share (0–1) of single-answer questions whose key is the strictly longest option. */
  longestKeyShare: number;
  /** Shape cues over the whole bank, and per domain (questions without a known domain are in the whole only). */
  cues: CueStats;
  cuesByDomain: Record<string, CueStats>;
  comparisons: number;
  practiceScenarios: number;
  checklists: number;
  checklistItems: number;
}

/** The text a reader sees: fences, code-span backticks and emphasis markers removed, whitespace collapsed. */
export function visibleText(markup: string): string {
  return markup
    .replace(/^[ \t]*```[ \t]*[\w+-]*[ \t]*$/gm, '')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
    .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many absolute words ("always", "only"…) a text holds. */
export function absoluteWordCount(text: string): number {
  return text.match(ABSOLUTE_PATTERN)?.length ?? 0;
}

/** Is the URL a bare root that cannot lead a reader to a claim: a site's front page, a repository or package page? */
export function isBareRootUrl(url: string): boolean {
  // A regular expression rather than URL: the bank module compiles without DOM or Node types.
  const match = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)(?::\d*)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url.trim());
  if (!match) return false;
  const host = match[1]!
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  const segments = match[2]!.split('/').filter(Boolean);
  const pointed = (match[3] ?? '').length > 1 || (match[4] ?? '').length > 1;
  if (host === 'pypi.org' && segments[0] === 'project') return segments.length <= 3; // project/<name>[/<version>]
  if ((host === 'npmjs.com' || host === 'npmjs.org') && segments[0] === 'package') {
    return segments.length <= (segments[1]?.startsWith('@') ? 3 : 2); // package/[@scope/]<name>
  }
  if (host === 'github.com' || host === 'gitlab.com') return segments.length <= 2 && !pointed; // <owner>[/<repo>]
  return segments.length === 0 && !pointed;
}

export function cueStats(questions: readonly Question[]): CueStats {
  let singles = 0;
  let multiples = 0;
  let keyLongest = 0;
  let keySecond = 0;
  let keyTopTwo = 0;
  let longestAreKeys = 0;
  let longestIsKey = 0;
  let multipleKeys = 0;
  let multipleOptions = 0;
  let statementLists = 0;
  let keys = 0;
  let distractors = 0;
  let keyWords = 0;
  let distractorWords = 0;
  const positions: Record<string, { keys: number; of: number }> = {};

  for (const q of questions) {
    const answer = new Set<string>(q.answer);
    const shown = q.options.map((o) => visibleText(o.text));
    const lengths = shown.map((t) => [...t].length);
    q.options.forEach((o, i) => {
      const words = absoluteWordCount(shown[i]!);
      if (answer.has(o.id)) {
        keys += 1;
        keyWords += words;
      } else {
        distractors += 1;
        distractorWords += words;
      }
    });
    if (q.type === 'single') {
      const index = q.options.findIndex((o) => answer.has(o.id));
      if (index === -1) continue;
      singles += 1;
      const own = lengths[index]!;
      const others = lengths.filter((_, i) => i !== index);
      const longer = others.filter((n) => n > own).length;
      const notShorter = others.filter((n) => n >= own).length;
      if (notShorter === 0) keyLongest += 1;
      if (longer === 1 && notShorter === 1) keySecond += 1;
      if (notShorter <= 1) keyTopTwo += 1;
      continue;
    }
    multiples += 1;
    multipleKeys += answer.size;
    multipleOptions += q.options.length;
    if (STATEMENT_LIST.test(visibleText(q.stem))) statementLists += 1;
    const keyLengths = lengths.filter((_, i) => answer.has(q.options[i]!.id));
    const distractorLengths = lengths.filter((_, i) => !answer.has(q.options[i]!.id));
    if (keyLengths.length && distractorLengths.length && Math.min(...keyLengths) > Math.max(...distractorLengths))
      longestAreKeys += 1;
    const max = Math.max(...lengths);
    const tied = q.options.filter((_, i) => lengths[i] === max);
    longestIsKey += tied.filter((o) => answer.has(o.id)).length / tied.length;
    q.options.forEach((o, i) => {
      const position = String.fromCharCode(97 + i);
      const entry = (positions[position] ??= { keys: 0, of: 0 });
      entry.of += 1;
      if (answer.has(o.id)) entry.keys += 1;
    });
  }

  const share = (n: number, d: number) => (d ? n / d : null);
  return {
    questions: questions.length,
    singles,
    multiples,
    keyLongest: share(keyLongest, singles),
    keySecondLongest: share(keySecond, singles),
    keyTopTwo: share(keyTopTwo, singles),
    longestAreKeys: share(longestAreKeys, multiples),
    longestIsKey: share(longestIsKey, multiples),
    meanKeyRate: share(multipleKeys, multipleOptions),
    positionKeyRate: Object.fromEntries(
      Object.entries(positions).map(([p, { keys: k, of }]) => [p, { rate: k / of, of }]),
    ),
    absolutePerKey: share(keyWords, keys),
    absolutePerDistractor: share(distractorWords, distractors),
    keys,
    distractors,
    statementLists: share(statementLists, multiples),
  };
}

export function bankStats(bank: Bank): BankStats {
  const domainOf = new Map(bank.objectives.map((o) => [o.id, o.domain]));
  const byDomain = new Map<string, number>(bank.domains.map((d) => [d.id, 0]));
  const byObjective = new Map<string, number>(bank.objectives.map((o) => [o.id, 0]));
  const byType = new Map<string, number>([
    ['single', 0],
    ['multiple', 0],
  ]);
  const keyPositions = new Map<string, Map<string, number>>();
  const domainQuestions = new Map<string, Question[]>(bank.domains.map((d) => [d.id, []]));
  let singles = 0;
  let longest = 0;
  for (const q of bank.questions) {
    const domain = q.objective ? domainOf.get(q.objective) : undefined;
    if (domain !== undefined) {
      byDomain.set(domain, (byDomain.get(domain) ?? 0) + 1);
      domainQuestions.get(domain)?.push(q);
    }
    if (q.objective !== undefined) byObjective.set(q.objective, (byObjective.get(q.objective) ?? 0) + 1);
    byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
    if (q.type !== 'single') continue;
    singles += 1;
    let positions = keyPositions.get(String(q.options.length));
    if (!positions) {
      positions = new Map(q.options.map((_, i) => [String.fromCharCode(97 + i), 0]));
      keyPositions.set(String(q.options.length), positions);
    }
    const index = q.options.findIndex((o) => o.id === q.answer[0]);
    const position = String.fromCharCode(97 + index);
    positions.set(position, (positions.get(position) ?? 0) + 1);
    if (keyIsLongest(q)) longest += 1;
  }
  return {
    questions: bank.questions.length,
    byDomain: record(byDomain),
    byObjective: record(byObjective),
    byType: record(byType),
    keyPositions: record(new Map([...keyPositions].map(([k, v]) => [k, record(v)]))),
    longestKeyShare: singles ? longest / singles : 0,
    cues: cueStats(bank.questions),
    cuesByDomain: record(new Map([...domainQuestions].map(([d, qs]) => [d, cueStats(qs)]))),
    comparisons: bank.comparisons.length,
    practiceScenarios: bank.comparisons.reduce((n, c) => n + c.practice.length, 0),
    checklists: bank.checklists.length,
    checklistItems: bank.checklists.reduce((n, c) => n + c.items.length, 0),
  };
}

/** A null-prototype record from a map, so ids such as `constructor` or `__proto__` are plain keys. */
function record<T>(map: Map<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of map) out[k] = v;
  return out;
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

export function lintBank(bank: Bank, options: LintOptions = {}): LintWarning[] {
  const {
    minPerObjective = bank.questions.length >= FULL_BANK_SIZE ? 9 : 3,
    duplicateThreshold = 0.6,
    positionTolerance = 5,
    longestKeyShare = 0.3,
    secondLongestKeyShare = 0.35,
    topTwoKeyShare = 0.6,
    longestAreKeysShare = 0.2,
    longestKeyLift = 10,
    multiplePositionTolerance = 12,
    absoluteWordRatio = 1.5,
    statementListShare = 0.3,
  } = options;
  const warnings: LintWarning[] = [];
  const stats = bankStats(bank);
  const cues = stats.cues;

  for (const [objective, count] of Object.entries(stats.byObjective)) {
    if (count < minPerObjective) {
      warnings.push({
        path: `objectives[id=${objective}]`,
        message: `has ${count} question${count === 1 ? '' : 's'}, fewer than ${minPerObjective}`,
      });
    }
  }

  // Single-answer key positions, per option count: one warning naming every position off uniform.
  for (const [optionCount, positions] of Object.entries(stats.keyPositions)) {
    const total = Object.values(positions).reduce((a, b) => a + b, 0);
    if (total < MIN_SAMPLE.single) continue;
    const uniform = 100 / Number(optionCount);
    const off = Object.entries(positions)
      .map(([position, count]) => ({ position, share: (100 * count) / total }))
      .filter(({ share }) => Math.abs(share - uniform) > positionTolerance);
    if (off.length) {
      warnings.push({
        path: 'questions',
        message: `correct-answer position skew: in ${total} single-answer questions with ${optionCount} options, ${off
          .map(({ position, share }) => `"${position}" is the key in ${share.toFixed(1)}%`)
          .join(', ')} (uniform is ${uniform.toFixed(1)}% ± ${positionTolerance})`,
      });
    }
  }

  const shapeCue = (message: string) => warnings.push({ path: 'questions', message: `shape cue: ${message}` });
  if (cues.singles >= MIN_SAMPLE.single) {
    const of = `of ${cues.singles} single-answer questions`;
    if (cues.keyLongest! > longestKeyShare)
      shapeCue(
        `the key is the strictly longest option in ${pct(cues.keyLongest!)} ${of} (at most ${pct(longestKeyShare)})`,
      );
    if (cues.keySecondLongest! > secondLongestKeyShare) {
      shapeCue(
        `the key is the strictly second-longest option in ${pct(cues.keySecondLongest!)} ${of} (at most ${pct(secondLongestKeyShare)})`,
      );
    }
    if (cues.keyTopTwo! > topTwoKeyShare)
      shapeCue(
        `the key is one of the two longest options in ${pct(cues.keyTopTwo!)} ${of} (at most ${pct(topTwoKeyShare)})`,
      );
  }

  if (cues.multiples >= MIN_SAMPLE.multiple) {
    const of = `of ${cues.multiples} multiple-select questions`;
    const mean = cues.meanKeyRate!;
    if (cues.longestAreKeys! > longestAreKeysShare) {
      shapeCue(
        `the k longest options are exactly the k keys in ${pct(cues.longestAreKeys!)} ${of} (at most ${pct(longestAreKeysShare)})`,
      );
    }
    if ((cues.longestIsKey! - mean) * 100 > longestKeyLift) {
      shapeCue(
        `the longest option is a key in ${pct(cues.longestIsKey!)} ${of}, against a mean key rate of ${pct(mean)} (at most ${longestKeyLift} points above)`,
      );
    }
    const off = Object.entries(cues.positionKeyRate).filter(
      ([, { rate }]) => Math.abs(rate - mean) * 100 > multiplePositionTolerance,
    );
    if (off.length) {
      warnings.push({
        path: 'questions',
        message: `multiple-select key position skew: ${off
          .map(([position, { rate, of: n }]) => `"${position}" is a key in ${pct(rate)} of ${n}`)
          .join(', ')} (mean key rate ${pct(mean)} ± ${multiplePositionTolerance} points)`,
      });
    }
    if (cues.statementLists! > statementListShare) {
      shapeCue(
        `${pct(cues.statementLists!)} ${of} are "Which TWO/THREE statements…" lists (at most ${pct(statementListShare)})`,
      );
    }
  }

  if (
    cues.questions >= MIN_SAMPLE.absoluteWords &&
    cues.absolutePerDistractor! > 0 &&
    cues.absolutePerDistractor! > absoluteWordRatio * cues.absolutePerKey!
  ) {
    const ratio = cues.absolutePerKey
      ? `${(cues.absolutePerDistractor! / cues.absolutePerKey).toFixed(2)}×`
      : 'none in keys';
    shapeCue(
      `absolute words (${ABSOLUTE_WORDS.join(', ')}) appear ${cues.absolutePerDistractor!.toFixed(3)} times per distractor and ${cues.absolutePerKey!.toFixed(3)} per key (${ratio}; at most ${absoluteWordRatio}×)`,
    );
  }

  for (const q of bank.questions) {
    if (!q.sources || q.sources.length === 0) {
      warnings.push({ path: `questions[id=${q.id}].sources`, message: 'has no source' });
      continue;
    }
    q.sources.forEach((s, i) => {
      if (isBareRootUrl(s.url)) {
        warnings.push({
          path: `questions[id=${q.id}].sources[${i}].url`,
          message: `is a bare root (${s.url}): cite the page, file or anchor that states the claim, not a front page, repository or package page`,
        });
      }
    });
  }

  const grams = bank.questions.map((q) => trigrams(q.stem));
  for (let i = 0; i < grams.length; i += 1) {
    for (let j = i + 1; j < grams.length; j += 1) {
      const similarity = jaccard(grams[i]!, grams[j]!);
      if (similarity >= duplicateThreshold) {
        warnings.push({
          path: `questions[id=${bank.questions[j]!.id}].stem`,
          message: `near-duplicate of questions[id=${bank.questions[i]!.id}] (word-trigram Jaccard ${similarity.toFixed(2)})`,
        });
      }
    }
  }
  return warnings;
}

function keyIsLongest(q: Question): boolean {
  const key = q.options.find((o) => o.id === q.answer[0]);
  if (!key) return false;
  const own = [...visibleText(key.text)].length;
  return q.options.every((o) => o === key || [...visibleText(o.text)].length < own);
}

/** Word trigrams of a text, lower-cased, punctuation dropped. */
export function trigrams(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i += 1) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return shared / (a.size + b.size - shared);
}
