/**
 * Merges each bank folder in questions/, validates it, and writes for each bank the whole bank `dist/banks/<id>.json`
 * and its split `dist/banks/<id>/…` (layout in src/bank/split.ts). Built-in banks are validated here so the elements
 * can skip the validator (and zod) at run time. With the npm build present (lib/), lib/bank/built-in-files.js is
 * written with one static `new URL('…', import.meta.url)` per file of dist/banks/, so that bundlers emit the files as
 * assets (scripts/built-in-files.ts).
 *
 *   tsx scripts/build-banks.ts                       build every bank in questions/
 *   tsx scripts/build-banks.ts --generate 500 --out DIR
 *                                                    also write a 500-question test bank (generated from the first
 *                                                    bank's text; see test/fixtures/large-bank.ts) to DIR, not dist/
 *                                                    (--same-id: under the first bank's id, to stand in for it)
 *   tsx scripts/build-banks.ts --measure [--generate 500]
 *                                                    compare split schemes (brotli q11, each file on its own)
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { splitBank } from '../src/bank/split.js';
import type { Bank } from '../src/bank/schema.js';
import { generateLargeBank } from '../test/fixtures/large-bank.js';
import { bankFolders, readBankFolder } from './bank-folder.js';
import { writeBuiltInFiles } from './built-in-files.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const banks: Bank[] = [];
let failed = false;
for (const folder of bankFolders()) {
  const { bank, errors } = readBankFolder(folder);
  if (!bank) {
    failed = true;
    for (const e of errors) console.error(`${e.file}: ${e.path}: ${e.message}`);
    continue;
  }
  const { $schema: _schema, ...clean } = bank;
  banks.push(clean as Bank);
}
if (failed) process.exit(1);

const generate = opt('generate');
const generated = generate ? generateLargeBank(banks[0]!, Number(generate)) : undefined;
// --same-id: the test bank takes the model's id, so a page asking for the built-in bank gets it (npm run size).
if (generated && args.includes('--same-id')) generated.id = banks[0]!.id;

if (args.includes('--measure')) {
  for (const bank of [...banks, ...(generated ? [generated] : [])]) measure(bank);
  process.exit(0);
}

if (generated) {
  const out = opt('out') ?? join('dist', 'test-banks');
  writeBank(generated, out);
  process.exit(0);
}

const outDir = join('dist', 'banks');
for (const bank of banks) writeBank(bank, outDir);
if (existsSync('lib')) {
  writeBuiltInFiles(banks, 'lib');
  console.log(`lib/bank/built-in-files.js: ${banks.map((b) => b.id).join(', ')}`);
}

/** Writes `<out>/<id>.json` (the whole bank, unless whole is false) and the split `<out>/<id>/…`. */
function writeBank(bank: Bank, out: string, { whole = true } = {}): void {
  mkdirSync(out, { recursive: true });
  if (whole) writeFileSync(join(out, `${bank.id}.json`), JSON.stringify(bank));
  const folder = join(out, bank.id);
  rmSync(folder, { recursive: true, force: true });
  const files = splitBank(bank);
  for (const [path, data] of files) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data));
  }
  console.log(
    `${join(out, whole ? `${bank.id}.json` : bank.id)}: ${bank.questions.length} questions, ${bank.comparisons.length} comparisons, ` +
      `${bank.checklists.length} checklists; ${files.size} split files in ${folder}/`,
  );
}

function brotli(text: string): number {
  return brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * Prints what a card, a deck of 10 and a 59-question exam download under each scheme, brotli q11 per file, added up.
 * Draws are random over the bank (the exam's domain weighting does not change which packs a draw touches much).
 */
function measure(bank: Bank): void {
  const whole = brotli(JSON.stringify(bank));
  const files = splitBank(bank);
  const index = brotli(JSON.stringify(files.get('index.json')));
  const perQuestion = new Map(bank.questions.map((q) => [q.id, brotli(JSON.stringify(q))]));
  const packsBy = (key: (q: Bank['questions'][number]) => string) => {
    const groups = new Map<string, Bank['questions']>();
    for (const q of bank.questions) groups.set(key(q), [...(groups.get(key(q)) ?? []), q]);
    const size = new Map([...groups].map(([k, qs]) => [k, brotli(JSON.stringify(qs))]));
    return { of: (id: string) => key(bank.questions.find((q) => q.id === id)!), size };
  };
  const domainOf = new Map(bank.objectives.map((o) => [o.id, o.domain]));
  const schemes = {
    'per question': { of: (id: string) => id, size: perQuestion },
    'per objective pack': packsBy((q) => q.objective ?? ''),
    'per domain pack': packsBy((q) => domainOf.get(q.objective ?? '') ?? ''),
    'packs of 4 (by position)': packsBy((q) => String(Math.floor(bank.questions.indexOf(q) / 4))),
  };
  const draw = (n: number, seed: number) => {
    let s = seed;
    const ids = bank.questions.map((q) => q.id);
    for (let i = ids.length - 1; i > 0; i -= 1) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      const j = s % (i + 1);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    return ids.slice(0, n);
  };
  const cost = (scheme: { of: (id: string) => string; size: Map<string, number> }, ids: string[]) =>
    [...new Set(ids.map(scheme.of))].reduce((n, k) => n + scheme.size.get(k)!, 0);
  const average = (f: (seed: number) => number) =>
    Math.round([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(f).reduce((a, b) => a + b, 0) / 10);
  console.log(
    `\n${bank.id}: ${bank.questions.length} questions; whole file ${whole} B brotli (half: ${Math.round(whole / 2)} B); index ${index} B`,
  );
  console.log(
    `${'scheme'.padEnd(26)} ${'card'.padStart(7)} ${'deck 10'.padStart(8)} ${'exam 59 (+index)'.padStart(17)}  ${'exam / whole'.padStart(12)}`,
  );
  for (const [name, scheme] of Object.entries(schemes)) {
    const card = average((s) => cost(scheme, draw(1, s)));
    const deck = average((s) => cost(scheme, draw(10, s))) + index;
    const exam = average((s) => cost(scheme, draw(59, s))) + index;
    console.log(
      `${name.padEnd(26)} ${String(card).padStart(7)} ${String(deck).padStart(8)} ${String(exam).padStart(17)}  ${((exam / whole) * 100).toFixed(1).padStart(11)}%`,
    );
  }
}
