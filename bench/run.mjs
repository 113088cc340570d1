#!/usr/bin/env node
/**
 * npm run bench — the speed figures behind DESIGN.md "Delivery, size and speed budgets", side by side in one run,
 * measured on the built files (run `npm run build` first): the exam's first render beside a Lit floor rendering 59
 * questions, parseBank beside JSON.parse of the same text, click → verdict frame. Medians and ratios; nothing is
 * asserted. Sizes are `npm run size` (measured in a page). Prints a table and writes bench/results.json (git-ignored).
 *
 *   node bench/run.mjs [--runs 15] [--port 8402] [--dist dist]
 *
 * The floor: bench/pages/floor-element.js (size) and bench/pages/floor-exam.js (59 questions), built through vite as
 * dist/ml-quiz.js is (minified ES2022, Lit bundled).
 * Speed, in headless Chromium, medians of --runs fresh page loads (at least 11), timed inside the page with
 * performance.now() and requestAnimationFrame:
 *   - exam first render: click on "Start exam" of a 59-question <ml-exam> → first question in the DOM → the frame after it
 *   - the floor's: click on "Start exam" of floor-exam.js holding 59 questions → all of them in the DOM → the frame after
 *   - check latency: pointerdown on "Check answer" of an <ml-quiz> → verdict in the DOM → the frame after it
 *   - parseBank on a generated 1,000-question bank (3 domains), with the validator chunk from dist/
 *   - JS heap after the exam's first question rendered (after a forced GC; CDP Performance.getMetrics)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/serve-static.mjs';

const repo = resolve(import.meta.dirname, '..');
process.chdir(repo);
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(11, Number(opt('runs', 15)));
const firstPort = Number(opt('port', process.env.BENCH_PORT || 8402));
// --dist measures another build (say, before and after a change); pages always see it at /dist/.
const DIST = resolve(opt('dist', 'dist'));
const ENTRY = join(DIST, 'ml-quiz.js');
const BANK_ID = 'databricks-ml-professional';
const NA_EXAM = 'n/a (ml-exam not built yet)';

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
if (!existsSync(ENTRY)) fail(`${relative(repo, ENTRY)} is missing: run npm run build first`);
if (!existsSync(join(DIST, 'banks', `${BANK_ID}.json`))) fail(`${relative(repo, DIST)}/banks/${BANK_ID}.json is missing: run npm run build first`);

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const stats = (xs) => ({ median: round(median(xs), 2), min: round(Math.min(...xs), 2), max: round(Math.max(...xs), 2), runs: xs.length });
const step = (label) => process.stderr.write(`bench: ${label}\n`);

// ---------------------------------------------------------------- sizes: npm run size measures them in a page
const work = mkdtempSync(join(tmpdir(), 'ml-quiz-bench-'));
const entrySource = readFileSync(ENTRY, 'utf8');
/** Whether the standalone entry has a built chunk for this tag (an element not yet written has none). */
const built = (tag) => {
  const m = new RegExp(`["'\`]?${tag}["'\`]?\\s*:\\s*\\(\\)\\s*=>\\s*import\\(["'\`](\\.{1,2}/[^"'\`]+)["'\`]\\)`).exec(entrySource);
  return Boolean(m && existsSync(join(dirname(ENTRY), m[1])));
};

step('floor: a minimal Lit element, and a minimal 59-question page, built with vite');
const floor = await buildFloor(join(work, 'floor'));
await buildFloor(join(work, 'floor-exam'), 'floor-exam');

/** Builds bench/pages/<name>.js the way vite.config.ts builds dist/ml-quiz.js; returns its sizes. */
async function buildFloor(outDir, name = 'floor-element') {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: repo,
    logLevel: 'silent',
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      lib: { entry: resolve(repo, `bench/pages/${name}.js`), formats: ['es'], fileName: () => `${name === 'floor-element' ? 'floor' : name}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const files = readdirSync(outDir).filter((f) => f.endsWith('.js'));
  const bytes = files.map((f) => readFileSync(join(outDir, f)));
  return {
    files: files.length,
    raw: bytes.reduce((n, b) => n + b.length, 0),
    gzip: bytes.reduce((n, b) => n + gzip(b), 0),
    brotli: bytes.reduce((n, b) => n + brotli(b), 0),
  };
}

// ---------------------------------------------------------------- a generated 1,000-question bank
step('generating a 1,000-question bank');
const bankFile = join(work, 'bank-1000.json');
writeFileSync(bankFile, JSON.stringify(generateBank(1000)));

/** A valid bank: 3 domains (50/30/20), 4 objectives each, 1,000 questions (every fifth multiple-select), one exam. */
function generateBank(count) {
  const domains = [
    { id: 'dev', title: 'Experimentation and development', weight: 50 },
    { id: 'ops', title: 'Operations and monitoring', weight: 30 },
    { id: 'dep', title: 'Deployment and serving', weight: 20 },
  ];
  const objectives = domains.flatMap((d) => [1, 2, 3, 4].map((n) => ({ id: `${d.id}.topic.${n}`, domain: d.id, title: `Objective ${n} of ${d.title.toLowerCase()}` })));
  const letters = ['a', 'b', 'c', 'd', 'e'];
  const questions = Array.from({ length: count }, (_, i) => {
    const domain = domains[i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2];
    const objective = `${domain.id}.topic.${(i % 4) + 1}`;
    const multiple = i % 5 === 4;
    const optionCount = multiple ? 5 : 4;
    const answer = multiple ? [letters[i % optionCount], letters[(i + 2) % optionCount]].sort() : [letters[i % optionCount]];
    return {
      id: `${domain.id}-gen-${String(i).padStart(4, '0')}`,
      type: multiple ? 'multiple' : 'single',
      objective,
      difficulty: (i % 3) + 1,
      stem:
        `Question ${i + 1}: a team trains a model on a feature table with \`spark.read.table("features_${i}")\` and logs it ` +
        `with MLflow. Which step keeps the *training* and **serving** features consistent when the model is deployed?` +
        (i % 7 === 0 ? '\n\n```python\nfe.create_training_set(df=labels, feature_lookups=lookups, label="y")\n```' : ''),
      options: letters.slice(0, optionCount).map((l) => ({
        id: l,
        text: `Option ${l.toUpperCase()} for question ${i + 1}: use \`step_${l}\` before logging the model`,
        rationale: answer.includes(l)
          ? `Right: step ${l} ties the lookup to the logged model, so serving reads the same features.`
          : `Wrong: step ${l} copies the features once, and serving would drift from training over time.`,
      })),
      answer,
      explanation: `The key is ${answer.join(' and ')}: the feature lookups are logged with the model, so serving resolves them the same way.`,
      sources: [{ title: 'Feature engineering (docs)', url: `https://docs.example.com/features/${i}` }],
      tags: ['generated', domain.id],
    };
  });
  return {
    id: 'generated-1000',
    title: 'Generated bank (1,000 questions)',
    version: '1.0.0',
    domains,
    objectives,
    questions,
    comparisons: [],
    checklists: [],
    exams: [{ id: 'mock', title: 'Generated mock exam', questionCount: 59, durationMinutes: 120, passPercent: 70 }],
  };
}

// ---------------------------------------------------------------- the validator chunk of dist/
/** Every file the entry can load (static and dynamic relative imports); the one exporting parseBank. */
function findParserChunk() {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) visit(join(dirname(file), m[1]));
  };
  visit(ENTRY);
  return [...seen].find((f) => /export\s*\{[^}]*\bas parseBank\b|export\s*\{[^}]*\bparseBank\b|export function parseBank\b/.test(readFileSync(f, 'utf8')));
}
const parserChunk = findParserChunk();
if (!parserChunk) fail(`no chunk reachable from ${ENTRY} exports parseBank: rebuild with npm run build`);

// ---------------------------------------------------------------- static server (scripts/serve-static.mjs)
// The repo at /, the build being measured at /dist/, the generated bank at /__work/.
let server;
for (let port = firstPort; !server; port += 1) {
  try {
    server = await serveStatic({
      port,
      mounts: { '/': repo, '/dist/': DIST, '/__work/': work },
      headers: { '/': { 'Cache-Control': 'no-cache' } },
    });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE' || port >= firstPort + 20) throw error;
  }
}
const origin = server.url;

// ---------------------------------------------------------------- browser
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
// Every page starts with empty storage (no saved attempt to resume).
await context.addInitScript(() => {
  try {
    localStorage.clear();
  } catch {
    /* nothing to clear */
  }
});

/** Opens a bench page; page errors and console errors fail the benchmark (a broken page measures nothing). */
async function open(name) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && problems.push(`console error: ${m.text()}`));
  await page.goto(`${origin}/bench/pages/${name}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench);
  return { page, problems };
}

async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
}

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, chromium: browser.version(), cpus: cpus().length, cpuModel: cpus()[0]?.model, loadavg: loadavg().map((x) => round(x, 2)) },
  runs: RUNS,
  floor,
  exam: null,
  floorExam: null,
  check: null,
  parse: null,
  heap: null,
};
let failure;
try {
  // ---- exam: "Start exam" → first question painted; heap after it
  step(`exam first render × ${RUNS}`);
  const examRuns = [];
  const heaps = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { page, problems } = await open('exam.html');
    const r = await page.evaluate(() => window.bench.examStart());
    if (r.unavailable) {
      await page.close();
      if (/not defined/.test(r.unavailable) && !built('ml-exam')) {
        results.exam = { unavailable: NA_EXAM };
        break;
      }
      throw new Error(`exam page: ${r.unavailable}${problems.length ? `; ${problems.join('; ')}` : ''}`);
    }
    if (problems.length) throw new Error(`exam page: ${problems.join('; ')}`);
    examRuns.push(r);
    if (i < 3) heaps.push(await heapUsed(page));
    await page.close();
  }
  if (examRuns.length) {
    results.exam = {
      progress: examRuns[0].progress,
      toDom: stats(examRuns.map((r) => r.toDom)),
      toFrame: stats(examRuns.map((r) => r.toFrame)),
      toPainted: stats(examRuns.map((r) => r.toPainted)),
      frameNumber: stats(examRuns.map((r) => r.frameNumber)),
    };
    if (!/\b59\b/.test(examRuns[0].progress)) results.exam.warning = `expected a 59-question exam, the progress reads "${examRuns[0].progress}"`;
  }

  // ---- the Lit floor: 59 questions of the same bank rendered by a minimal element, timed the same way
  step(`floor: 59 questions × ${RUNS}`);
  const floorRuns = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { page, problems } = await open('floor-exam.html');
    const r = await page.evaluate((url) => window.bench.floorStart(url), `/dist/banks/${BANK_ID}.json`);
    if (problems.length) throw new Error(`floor page: ${problems.join('; ')}`);
    if (r.fieldsets !== 59) throw new Error(`floor page rendered ${r.fieldsets} questions, not 59`);
    floorRuns.push(r);
    await page.close();
  }
  results.floorExam = { toFrame: stats(floorRuns.map((r) => r.toFrame)), toPainted: stats(floorRuns.map((r) => r.toPainted)), frameNumber: stats(floorRuns.map((r) => r.frameNumber)) };

  // ---- heap: a page with the script and no element, and the exam after its first question
  step('heap');
  {
    const { page } = await open('blank.html');
    await page.waitForTimeout(500);
    const blank = await heapUsed(page);
    await page.close();
    results.heap = { blankPage: blank, exam: heaps.length ? median(heaps) : null };
    if (!heaps.length) results.heap.examUnavailable = NA_EXAM;
  }

  // ---- quiz: pointerdown on "Check answer" → verdict painted
  step(`check-answer latency × ${RUNS}`);
  const checkRuns = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { page, problems } = await open('quiz.html');
    if (!(await page.evaluate(() => window.bench.ready('ml-quiz')))) throw new Error('ml-quiz was never defined');
    const option = page.locator('ml-quiz fieldset label').nth(1);
    await option.waitFor({ timeout: 10000 });
    await option.click();
    const button = page.locator('ml-quiz button[type="submit"]');
    await page.evaluate(() => {
      window.__check = window.bench.armCheck();
    });
    await button.click();
    const r = await page.evaluate(() => window.__check);
    if (problems.length) throw new Error(`quiz page: ${problems.join('; ')}`);
    if (!/^(Correct|Incorrect)$/.test(r.verdict)) throw new Error(`quiz page: unexpected verdict "${r.verdict}"`);
    checkRuns.push(r);
    await page.close();
  }
  results.check = {
    toDom: stats(checkRuns.map((r) => r.toDom)),
    toFrame: stats(checkRuns.map((r) => r.toFrame)),
    toPainted: stats(checkRuns.map((r) => r.toPainted)),
    clickToFrame: stats(checkRuns.map((r) => r.clickToFrame).filter((x) => x != null)),
    frameNumber: stats(checkRuns.map((r) => r.frameNumber).filter((x) => x != null)),
  };

  // ---- parseBank on 1,000 questions
  step(`parseBank × ${RUNS} pages`);
  const parseRuns = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { page, problems } = await open('parse.html');
    const r = await page.evaluate(([p, b]) => window.bench.parse(p, b), [`/dist/${relative(DIST, parserChunk)}`, '/__work/bank-1000.json']);
    if (r.error) throw new Error(`the generated bank did not parse: ${r.error}`);
    if (problems.length) throw new Error(`parse page: ${problems.join('; ')}`);
    parseRuns.push(r);
    await page.close();
  }
  results.parse = {
    chunk: relative(repo, parserChunk),
    questions: parseRuns[0].questions,
    bankBytes: parseRuns[0].bytes,
    cold: stats(parseRuns.map((r) => r.cold)),
    warm: stats(parseRuns.flatMap((r) => r.warm)),
    jsonParse: stats(parseRuns.map((r) => r.jsonParse[0])),
    jsonParseWarm: stats(parseRuns.flatMap((r) => r.jsonParse.slice(1))),
  };
} catch (error) {
  failure = error;
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
if (failure) fail(`FAILED: ${failure.message ?? failure}`);

// ---------------------------------------------------------------- report
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const kb = (b) => `${(b / 1024).toFixed(1)} kB`;
const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const rows = [];
const row = (what, value, note = '') => rows.push([what, value, note]);
row('minimal Lit element (floor), JS', `${floor.brotli} B brotli / ${floor.gzip} B gzip`, 'same vite build; per-element sizes: npm run size');
row(
  'exam: Start → 1st question painted',
  results.exam?.unavailable ?? ms(results.exam.toPainted),
  results.exam?.unavailable ? '' : `in DOM ${results.exam.toDom.median.toFixed(1)} ms; shown in frame ${results.exam.frameNumber.median} after the click (worst ${results.exam.frameNumber.max}); "${results.exam.progress}"`,
);
row('quiz: pointerdown → verdict frame', ms(results.check.toFrame), `click → frame ${results.check.clickToFrame.median.toFixed(1)} ms; shown in frame ${results.check.frameNumber.median} after the click (worst ${results.check.frameNumber.max})`);
if (!results.exam?.unavailable) {
  // Painted, not the rAF: the floor's 59 fieldsets cost their time in layout and paint, after the frame callback.
  const ratio = results.exam.toPainted.median / results.floorExam.toPainted.median;
  results.ratios = { ...results.ratios, examVsFloor: round(ratio, 2) };
  row('Lit floor: Start → 59 questions painted', ms(results.floorExam.toPainted), `frame ${results.floorExam.frameNumber.median} after the click`);
  row('exam ÷ floor (to painted)', `${ratio.toFixed(2)}×`, 'goal ≤ 1.5×');
}
{
  const cold = results.parse.cold.median / results.parse.jsonParse.median;
  const warm = results.parse.warm.median / results.parse.jsonParseWarm.median;
  results.ratios = { ...results.ratios, parseCold: round(cold, 2), parseWarm: round(warm, 2) };
  row('parseBank, 1,000 questions (cold)', ms(results.parse.cold), `warm ${results.parse.warm.median.toFixed(1)} ms; ${kb(results.parse.bankBytes)}`);
  row('JSON.parse of the same text (cold)', ms(results.parse.jsonParse), `warm ${results.parse.jsonParseWarm.median.toFixed(1)} ms`);
  row('parseBank ÷ JSON.parse', `${cold.toFixed(2)}× cold, ${warm.toFixed(2)}× warm`, 'goal ≤ 2×');
}
row('JS heap after exam render', results.heap.exam == null ? NA_EXAM : `${(results.heap.exam / 1048576).toFixed(2)} MB`, `page with the script only: ${(results.heap.blankPage / 1048576).toFixed(2)} MB`);

const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`ml-quiz benchmark — medians of ${RUNS} runs (min–max), Chromium ${results.machine.chromium} headless, ${results.machine.cpus} CPUs, load ${results.machine.loadavg.join(' ')}`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
if (results.exam?.warning) console.log(`warning: ${results.exam.warning}`);
console.log('never asserted: times on a shared machine are noisy; compare medians from one run');
console.log('written to bench/results.json');
