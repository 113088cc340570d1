/**
 * npm run validate -- [--stats] [--strict] <bank dir or file>...
 * Prints every problem as `file: path: message` and exits non-zero on any error. Lint warnings are printed and fail
 * only with --strict. With no path, validates every bank folder in questions/.
 */
import { bankStats, lintBank } from '../src/bank/lint.js';
import { bankFolders, readBankFolder } from './bank-folder.js';

const args = process.argv.slice(2);
const stats = args.includes('--stats');
const strict = args.includes('--strict');
const targets = args.filter((a) => !a.startsWith('--'));
let failed = false;

for (const target of targets.length ? targets : bankFolders()) {
  const { bank, errors, files } = readBankFolder(target);
  console.log(`${target} (${files.length} file${files.length === 1 ? '' : 's'})`);
  for (const e of errors) console.log(`  error ${e.file}: ${e.path}: ${e.message}`);
  if (!bank) {
    failed = true;
    console.log(`  ✗ ${errors.length} error${errors.length === 1 ? '' : 's'}`);
    continue;
  }
  const warnings = lintBank(bank);
  for (const w of warnings) console.log(`  warning ${w.path}: ${w.message}`);
  if (stats) printStats(bank);
  if (warnings.length && strict) failed = true;
  console.log(`  ${warnings.length && strict ? '✗' : '✓'} valid: ${bank.questions.length} questions, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
}
process.exit(failed ? 1 : 0);

function printStats(bank: NonNullable<ReturnType<typeof readBankFolder>['bank']>): void {
  const s = bankStats(bank);
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
  console.log(`  questions: ${s.questions}`);
  console.log(`  by domain: ${Object.entries(s.byDomain).map(([d, n]) => `${d} ${n}`).join(' · ')}`);
  console.log(`  by type: ${Object.entries(s.byType).map(([t, n]) => `${t} ${n} (${pct(n, s.questions)})`).join(' · ')}`);
  for (const [options, positions] of Object.entries(s.keyPositions)) {
    const total = Object.values(positions).reduce((a, b) => a + b, 0);
    console.log(`  key position, ${options}-option single-answer (${total}): ${Object.entries(positions).map(([p, n]) => `${p} ${n} (${pct(n, total)})`).join(' · ')}`);
  }
  console.log(`  key is the longest option: ${(s.longestKeyShare * 100).toFixed(1)}% of single-answer questions`);
  console.log(`  comparisons: ${s.comparisons} (${s.practiceScenarios} practice scenarios) · checklists: ${s.checklists} (${s.checklistItems} items)`);
  console.log('  by objective:');
  const rows = Object.entries(s.byObjective);
  for (let i = 0; i < rows.length; i += 4) {
    console.log(`    ${rows.slice(i, i + 4).map(([o, n]) => `${o.padEnd(18)} ${String(n).padStart(2)}`).join('   ')}`);
  }
}
