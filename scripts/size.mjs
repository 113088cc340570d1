#!/usr/bin/env node
/**
 * Size check: brotli (quality 11) bytes of what a page loads from dist/ before a card with built-in content shows —
 * dist/ml-quiz.js plus the chunks it imports for that element, statically or dynamically, bank JSON excluded (the
 * validator chunk is not on that path: built-in banks skip it). Fails above the CI budget.
 *   node scripts/size.mjs [--json] [--budget 20480]
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budget = budgetAt === -1 ? 20480 : Number(args[budgetAt + 1]);
const entry = 'dist/ml-quiz.js';
if (!existsSync(entry)) {
  console.error(`${entry} is missing: run npm run build first`);
  process.exit(1);
}

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

/** Static imports of a built module (what the browser fetches before running it). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) found.add(join(dirname(file), m[1]));
  return [...found];
}

/** Dynamic import target in the entry's loader map for a tag. */
function elementChunk(tag) {
  const code = readFileSync(entry, 'utf8');
  const re = new RegExp(`["'\`]?${tag}["'\`]?\\s*:\\s*\\(\\)\\s*=>\\s*import\\(["'\`](\\.{1,2}/[^"'\`]+)["'\`]\\)`);
  const m = re.exec(code);
  return m ? join(dirname(entry), m[1]) : undefined;
}

function closure(files) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const dep of staticImports(f)) visit(dep);
  };
  files.forEach(visit);
  return [...seen];
}

const results = {};
for (const tag of ['ml-quiz', 'ml-bank', 'ml-comparison', 'ml-checklist', 'ml-exam']) {
  const chunk = elementChunk(tag);
  // A card with built-in content inside <ml-bank> loads both; a lone card loads its own element only.
  const roots = [entry, ...(chunk ? [chunk] : [])];
  if (tag !== 'ml-bank') {
    const bankChunk = elementChunk('ml-bank');
    if (bankChunk && tag === 'ml-quiz') roots.push(bankChunk);
  }
  const files = closure(roots);
  const bytes = files.map((f) => readFileSync(f));
  const joined = Buffer.concat(bytes);
  results[tag] = {
    files: files.map((f) => relative('.', f)),
    raw: joined.length,
    gzip: bytes.reduce((n, b) => n + gzip(b), 0),
    brotli: bytes.reduce((n, b) => n + brotli(b), 0),
  };
}
const bankFile = 'dist/banks/databricks-ml-professional.json';
const bank = existsSync(bankFile) ? readFileSync(bankFile) : undefined;

if (args.includes('--json')) {
  console.log(JSON.stringify({ budget, elements: results, bank: bank && { raw: bank.length, gzip: gzip(bank), brotli: brotli(bank) } }, null, 2));
  process.exit(results['ml-quiz'].brotli > budget ? 1 : 0);
} else {
  for (const [tag, r] of Object.entries(results)) {
    console.log(`${tag.padEnd(14)} ${String(r.brotli).padStart(6)} B brotli  ${String(r.gzip).padStart(6)} B gzip  ${String(r.raw).padStart(7)} B raw  (${r.files.length} files)`);
  }
  if (bank) console.log(`${'bank JSON'.padEnd(14)} ${String(brotli(bank)).padStart(6)} B brotli  ${String(gzip(bank)).padStart(6)} B gzip  ${String(bank.length).padStart(7)} B raw  (${bankFile})`);
}
// The CI budget (DESIGN.md): what loads before a card with built-in content shows, i.e. <ml-quiz> in <ml-bank>.
const card = results['ml-quiz'].brotli;
if (card > budget) {
  console.error(`size check FAILED: a quiz card with built-in content loads ${card} B brotli of JS, over the ${budget} B budget`);
  process.exit(1);
}
console.log(`size check ok: a quiz card with built-in content loads ${card} B brotli of JS (budget ${budget} B, aim 16384 B)`);
