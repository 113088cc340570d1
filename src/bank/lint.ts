/** Lint warnings and statistics for authors (`npm run validate -- --stats --strict`). Pure, DOM-free. */
import type { Bank, Question } from './schema.js';

export interface LintWarning {
  path: string;
  message: string;
}

export interface LintOptions {
  /** Fewest questions an objective should have. */
  minPerObjective?: number;
  /** Stems at or above this word-trigram Jaccard similarity are near-duplicates. */
  duplicateThreshold?: number;
  /** Largest allowed distance, in percentage points, of a key position's share from uniform. */
  positionTolerance?: number;
  /** Largest allowed share (0–1) of single-answer questions whose key is the longest option. */
  longestKeyShare?: number;
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
  comparisons: number;
  practiceScenarios: number;
  checklists: number;
  checklistItems: number;
}

export function bankStats(bank: Bank): BankStats {
  const domainOf = new Map(bank.objectives.map((o) => [o.id, o.domain]));
  const stats: BankStats = {
    questions: bank.questions.length,
    byDomain: Object.fromEntries(bank.domains.map((d) => [d.id, 0])),
    byObjective: Object.fromEntries(bank.objectives.map((o) => [o.id, 0])),
    byType: { single: 0, multiple: 0 },
    keyPositions: {},
    longestKeyShare: 0,
    comparisons: bank.comparisons.length,
    practiceScenarios: bank.comparisons.reduce((n, c) => n + c.practice.length, 0),
    checklists: bank.checklists.length,
    checklistItems: bank.checklists.reduce((n, c) => n + c.items.length, 0),
  };
  let singles = 0;
  let longest = 0;
  for (const q of bank.questions) {
    const domain = q.objective ? domainOf.get(q.objective) : undefined;
    if (domain) stats.byDomain[domain] = (stats.byDomain[domain] ?? 0) + 1;
    if (q.objective) stats.byObjective[q.objective] = (stats.byObjective[q.objective] ?? 0) + 1;
    stats.byType[q.type] = (stats.byType[q.type] ?? 0) + 1;
    if (q.type !== 'single') continue;
    singles += 1;
    const positions = (stats.keyPositions[String(q.options.length)] ??= Object.fromEntries(q.options.map((o) => [o.id, 0])));
    const key = q.answer[0]!;
    const index = q.options.findIndex((o) => o.id === key);
    const position = String.fromCharCode(97 + index);
    positions[position] = (positions[position] ?? 0) + 1;
    if (keyIsLongest(q)) longest += 1;
  }
  stats.longestKeyShare = singles ? longest / singles : 0;
  return stats;
}

export function lintBank(bank: Bank, options: LintOptions = {}): LintWarning[] {
  const { minPerObjective = 3, duplicateThreshold = 0.6, positionTolerance = 5, longestKeyShare = 0.4 } = options;
  const warnings: LintWarning[] = [];
  const stats = bankStats(bank);

  for (const [objective, count] of Object.entries(stats.byObjective)) {
    if (count < minPerObjective) {
      warnings.push({ path: `objectives[id=${objective}]`, message: `has ${count} question${count === 1 ? '' : 's'}, fewer than ${minPerObjective}` });
    }
  }

  for (const [optionCount, positions] of Object.entries(stats.keyPositions)) {
    const total = Object.values(positions).reduce((a, b) => a + b, 0);
    const uniform = 100 / Number(optionCount);
    for (const [position, count] of Object.entries(positions)) {
      const share = (100 * count) / total;
      if (Math.abs(share - uniform) > positionTolerance) {
        warnings.push({
          path: 'questions',
          message: `correct-answer position skew: in ${total} single-answer questions with ${optionCount} options, "${position}" is the key in ${share.toFixed(1)}% (uniform is ${uniform.toFixed(1)}% ± ${positionTolerance})`,
        });
      }
    }
  }

  if (stats.longestKeyShare > longestKeyShare) {
    warnings.push({
      path: 'questions',
      message: `the key is the longest option in ${(stats.longestKeyShare * 100).toFixed(1)}% of single-answer questions (at most ${longestKeyShare * 100}% keeps length from giving it away)`,
    });
  }

  for (const q of bank.questions) {
    if (!q.sources || q.sources.length === 0) warnings.push({ path: `questions[id=${q.id}].sources`, message: 'has no source' });
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
  return q.options.every((o) => o === key || o.text.length < key.text.length);
}

/** Word trigrams of a text, lower-cased, punctuation dropped. */
export function trigrams(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);
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
