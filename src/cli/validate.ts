/// <reference types="node" />
/**
 * `ml-quiz validate [--stats] [--strict] <bank folder or file>...`: merges each folder as the contract says, prints
 * every problem as `error <file>: <path>: <message>` (the messages of parseBank) and every lint warning, and returns
 * the exit code: 1 on any error, or on any warning with --strict. With no path, validates every folder in questions/.
 */
import { type BankStats, type CueStats, bankStats, cueStats, lintBank } from '../bank/lint.js';
import type { Bank, Question } from '../bank/schema.js';
import { bankFolders, readBankFolder } from './bank-folder.js';

export const validateUsage = 'Usage: ml-quiz validate [--strict] [--stats] <bank folder or file>...';

export function runValidate(args: readonly string[], log: (line: string) => void = console.log): number {
  const stats = args.includes('--stats');
  const strict = args.includes('--strict');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--stats' && a !== '--strict');
  if (unknown.length) {
    log(`unknown option ${unknown.join(', ')}\n${validateUsage}`);
    return 2;
  }
  const targets = args.filter((a) => !a.startsWith('-'));
  let failed = false;
  for (const target of targets.length ? targets : bankFolders()) {
    let result: ReturnType<typeof readBankFolder>;
    try {
      result = readBankFolder(target);
    } catch (error) {
      failed = true;
      log(`${target}\n  error ${target}: (root): could not be read (${(error as Error).message})`);
      continue;
    }
    const { bank, errors, files, questionFile } = result;
    log(`${target} (${files.length} file${files.length === 1 ? '' : 's'})`);
    for (const e of errors) log(`  error ${e.file}: ${e.path}: ${e.message}`);
    if (!bank) {
      failed = true;
      log(`  ✗ ${errors.length} error${errors.length === 1 ? '' : 's'}`);
      continue;
    }
    const warnings = lintBank(bank);
    for (const w of warnings) log(`  warning ${w.path}: ${w.message}`);
    if (stats) printStats(bank, questionFile, log);
    if (warnings.length && strict) failed = true;
    log(
      `  ${warnings.length && strict ? '✗' : '✓'} valid: ${bank.questions.length} questions, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
    );
  }
  return failed ? 1 : 0;
}

function printStats(bank: Bank, questionFile: Map<string, string>, log: (line: string) => void): void {
  const s = bankStats(bank);
  const share = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
  log(`  questions: ${s.questions}`);
  log(
    `  by domain: ${Object.entries(s.byDomain)
      .map(([d, n]) => `${d} ${n}`)
      .join(' · ')}`,
  );
  log(
    `  by type: ${Object.entries(s.byType)
      .map(([t, n]) => `${t} ${n} (${share(n, s.questions)})`)
      .join(' · ')}`,
  );
  for (const [options, positions] of Object.entries(s.keyPositions)) {
    const total = Object.values(positions).reduce((a, b) => a + b, 0);
    log(
      `  key position, ${options}-option single-answer (${total}): ${Object.entries(positions)
        .map(([p, n]) => `${p} ${n} (${share(n, total)})`)
        .join(' · ')}`,
    );
  }
  log(
    `  comparisons: ${s.comparisons} (${s.practiceScenarios} practice scenarios) · checklists: ${s.checklists} (${s.checklistItems} items)`,
  );
  printCues(s, bank.questions, questionFile, log);
  log('  by objective:');
  const rows = Object.entries(s.byObjective);
  for (let i = 0; i < rows.length; i += 4) {
    log(
      `    ${rows
        .slice(i, i + 4)
        .map(([o, n]) => `${o.padEnd(18)} ${String(n).padStart(3)}`)
        .join('   ')}`,
    );
  }
}

/** The shape-cue figures for the whole bank, each domain and each source file; "!" marks a figure over its limit. */
function printCues(
  s: BankStats,
  questions: readonly Question[],
  questionFile: Map<string, string>,
  log: (line: string) => void,
): void {
  const byFile = new Map<string, Question[]>();
  for (const q of questions) {
    const file = questionFile.get(q.id) ?? '(unknown file)';
    byFile.set(file, [...(byFile.get(file) ?? []), q]);
  }
  const positions = ['a', 'b', 'c', 'd', 'e'];
  for (const c of [s.cues, ...Object.values(s.cuesByDomain), ...[...byFile.values()].map((qs) => cueStats(qs))]) {
    for (const p of Object.keys(c.positionKeyRate)) if (!positions.includes(p)) positions.push(p);
  }
  log('  shape cues (lengths of visible text; "!" = over the limit; limits in brackets):');
  log(
    `    ${'scope'.padEnd(40)} ${'single'.padStart(6)} ${'longest'.padStart(8)} ${'2nd'.padStart(7)} ${'top 2'.padStart(7)} │ ${'multi'.padStart(5)} ${'k=keys'.padStart(7)} ${'longest'.padStart(7)} ${'mean'.padStart(6)} ${positions.map((p) => p.padStart(6)).join(' ')} ${'lists'.padStart(7)} │ ${'abs/distr'.padStart(9)} ${'abs/key'.padStart(7)}`,
  );
  log(
    `    ${'(limit)'.padEnd(40)} ${''.padStart(6)} ${'≤30%'.padStart(8)} ${'≤35%'.padStart(7)} ${'≤60%'.padStart(7)} │ ${''.padStart(5)} ${'≤20%'.padStart(7)} ${'≤m+10'.padStart(7)} ${''.padStart(6)} ${positions.map(() => 'm±12'.padStart(6)).join(' ')} ${'≤30%'.padStart(7)} │ ${'≤1.5×key'.padStart(9)} ${''.padStart(7)}`,
  );
  const row = (scope: string, c: CueStats) => {
    const p = (v: number | null, limit?: number) =>
      v === null ? '–' : `${(v * 100).toFixed(1)}%${limit !== undefined && v > limit ? '!' : ''}`;
    const mean = c.meanKeyRate;
    const position = (letter: string) => {
      const entry = c.positionKeyRate[letter];
      if (!entry || mean === null) return '–';
      return `${(entry.rate * 100).toFixed(0)}%${Math.abs(entry.rate - mean) > 0.12 ? '!' : ''}`;
    };
    const absDistractor = c.absolutePerDistractor;
    const absKey = c.absolutePerKey;
    const absOver = absDistractor !== null && absKey !== null && absDistractor > 0 && absDistractor > 1.5 * absKey;
    log(
      `    ${scope.padEnd(40)} ${String(c.singles).padStart(6)} ${p(c.keyLongest, 0.3).padStart(8)} ${p(c.keySecondLongest, 0.35).padStart(7)} ${p(c.keyTopTwo, 0.6).padStart(7)} │ ${String(c.multiples).padStart(5)} ${p(c.longestAreKeys, 0.2).padStart(7)} ${p(c.longestIsKey, mean === null ? undefined : mean + 0.1).padStart(7)} ${p(mean).padStart(6)} ${positions.map((l) => position(l).padStart(6)).join(' ')} ${p(c.statementLists, 0.3).padStart(7)} │ ${(absDistractor === null ? '–' : `${absDistractor.toFixed(3)}${absOver ? '!' : ''}`).padStart(9)} ${(absKey === null ? '–' : absKey.toFixed(3)).padStart(7)}`,
    );
  };
  row('whole bank', s.cues);
  for (const [domain, c] of Object.entries(s.cuesByDomain)) row(`domain ${domain}`, c);
  for (const [file, qs] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    row(`file ${file.split(/[\\/]/).pop()}`, cueStats(qs));
}
