#!/usr/bin/env node
/**
 * npm run bench — the speed figures behind DESIGN.md "Delivery, size and speed budgets", side by side in one run,
 * measured on the built files (run `npm run build` first): the exam's first render beside a Lit floor rendering 59
 * questions, parseBank beside JSON.parse of the same text, click → verdict frame. Medians and ratios; nothing is
 * asserted. Sizes are `npm run size` (measured in a page). Prints a table and writes bench/results.json (git-ignored).
 *
 *   node bench/run.mjs [--runs 15] [--parse-pages 31] [--only render,check,parse] [--port 8402] [--dist dist]
 *
 * The floor: bench/pages/floor-element.js (size) and bench/pages/floor-exam.js (59 questions), built through vite as
 * dist/ml-quiz.js is (minified ES2022, Lit bundled).
 * Speed, in headless Chromium, medians of --runs fresh page loads (at least 11), timed inside the page with
 * performance.now() and requestAnimationFrame (bench/README.md has the details):
 *   - exam first render: click on "Start exam" of a 59-question <ml-exam> → first question in the DOM → the frame after
 *     it; and from its content being ready (the last file fetched after the click read) → painted, counted in frames
 *   - the floor's, run by run beside the exam: click on "Start exam" of floor-exam.js → 59 questions in the DOM → the
 *     frame after; once with the questions in memory (rendering alone), once fetching the exam's 59 files on the click
 *   - check latency: pointerdown on "Check answer" of an <ml-quiz> → verdict in the DOM → the frame after it
 *   - parseBank on a generated 1,000-question bank (3 domains), with the validator chunk from dist/, beside JSON.parse
 *     of the same text, call by call, cold and warm: wall time, and the main thread's CPU time (CDP ThreadTime)
 *   - JS heap after the exam's first question rendered (after a forced GC; CDP Performance.getMetrics)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';
import { generateBank } from './generate-bank.mjs';

const repo = resolve(import.meta.dirname, '..');
process.chdir(repo);
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(11, Number(opt('runs', 15)));
// parseBank's pages are quick: more of them, for a steadier cold figure.
const PARSE_PAGES = Math.max(RUNS, Number(opt('parse-pages', 31)));
const WARM_CALLS = 5;
// --only render,check,parse measures some of the figures (all by default).
const ONLY = opt('only', 'render,check,parse').split(',');
const want = (part) => ONLY.includes(part);
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
if (!existsSync(join(DIST, 'banks', `${BANK_ID}.json`)))
  fail(`${relative(repo, DIST)}/banks/${BANK_ID}.json is missing: run npm run build first`);

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const stats = (xs) => ({
  median: round(median(xs), 2),
  min: round(Math.min(...xs), 2),
  max: round(Math.max(...xs), 2),
  runs: xs.length,
});
const step = (label) => process.stderr.write(`bench: ${label}\n`);

// ---------------------------------------------------------------- sizes: npm run size measures them in a page
const work = mkdtempSync(join(tmpdir(), 'ml-quiz-bench-'));
const entrySource = readFileSync(ENTRY, 'utf8');
/** Whether the standalone entry has a built chunk for this tag (an element not yet written has none). */
const built = (tag) => {
  const m = new RegExp(`["'\`]?${tag}["'\`]?\\s*:\\s*\\(\\)\\s*=>\\s*import\\(["'\`](\\.{1,2}/[^"'\`]+)["'\`]\\)`).exec(
    entrySource,
  );
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
      lib: {
        entry: resolve(repo, `bench/pages/${name}.js`),
        formats: ['es'],
        fileName: () => `${name === 'floor-element' ? 'floor' : name}.js`,
      },
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

/** The URLs of the first `count` question files of the built-in bank's split (dist/banks/<id>/q/). */
function firstQuestionFiles(count) {
  const folder = join(DIST, 'banks', BANK_ID, 'q');
  if (!existsSync(folder)) fail(`${relative(repo, folder)} is missing: run npm run build first`);
  return readdirSync(folder)
    .sort()
    .slice(0, count)
    .map((f) => `/dist/banks/${BANK_ID}/q/${f}`);
}

// ---------------------------------------------------------------- the validator chunk of dist/
/** Every file the entry can load (static and dynamic relative imports); the one exporting parseBank. */
function findParserChunk() {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
      visit(join(dirname(file), m[1]));
  };
  visit(ENTRY);
  return [...seen].find((f) =>
    /export\s*\{[^}]*\bas parseBank\b|export\s*\{[^}]*\bparseBank\b|export function parseBank\b/.test(
      readFileSync(f, 'utf8'),
    ),
  );
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
const browser = await launchChromium();
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
  page.on(
    'console',
    (m) =>
      m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && problems.push(`console error: ${m.text()}`),
  );
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
  machine: {
    node: process.version,
    chromium: browser.version(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadavg: loadavg().map((x) => round(x, 2)),
  },
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
  if (want('render')) {
    // ---- exam and the Lit floor, interleaved run by run so that a change in the machine's load hits both alike:
    //   the exam: "Start exam" → first question painted (its drawn questions are fetched after the click); heap after it;
    //   the floor: 59 questions in memory before the click (rendering alone), and 59 fetched after the click from the
    //   very files the exam fetched (delivery and rendering, as the exam does it).
    step(`exam first render beside the Lit floor × ${RUNS}`);
    const examRuns = [];
    const heaps = [];
    const floorRuns = [];
    const floorFetchRuns = [];
    for (let i = 0; i < RUNS; i += 1) {
      if (!results.exam?.unavailable) {
        const { page, problems } = await open('exam.html');
        const r = await page.evaluate(() => window.bench.examStart());
        if (r.unavailable) {
          await page.close();
          if (/not defined/.test(r.unavailable) && !built('ml-exam')) results.exam = { unavailable: NA_EXAM };
          else throw new Error(`exam page: ${r.unavailable}${problems.length ? `; ${problems.join('; ')}` : ''}`);
        } else {
          if (problems.length) throw new Error(`exam page: ${problems.join('; ')}`);
          if (r.unread)
            throw new Error(
              `exam page: ${r.unread} of the files fetched after the click were never read, yet the question showed`,
            );
          examRuns.push(r);
          if (i < 3) heaps.push(await heapUsed(page));
          await page.close();
        }
      }
      {
        const { page, problems } = await open('floor-exam.html');
        const r = await page.evaluate((url) => window.bench.floorStart(url), `/dist/banks/${BANK_ID}.json`);
        if (problems.length) throw new Error(`floor page: ${problems.join('; ')}`);
        if (r.fieldsets !== 59) throw new Error(`floor page rendered ${r.fieldsets} questions, not 59`);
        floorRuns.push(r);
        await page.close();
      }
      // The exam's seed is fixed, so every run fetches the same files; the floor fetches those (or 59 question files of
      // the split when the exam is not built).
      const urls = examRuns[0]?.urls.filter((u) => /\/q\/[^/]+\.json$/.test(u)) ?? firstQuestionFiles(59);
      if (urls.length !== 59)
        throw new Error(
          `the exam fetched ${urls.length} question files after the click, not 59: ${urls.slice(0, 5).join(', ')}…`,
        );
      {
        const { page, problems } = await open('floor-exam.html');
        const r = await page.evaluate(
          ([url, list]) => window.bench.floorStart(url, list),
          [`/dist/banks/${BANK_ID}.json`, urls],
        );
        if (problems.length) throw new Error(`floor page (fetching): ${problems.join('; ')}`);
        if (r.fieldsets !== 59 || r.fetches !== 59)
          throw new Error(`floor page (fetching) rendered ${r.fieldsets} questions from ${r.fetches} files, not 59`);
        floorFetchRuns.push(r);
        await page.close();
      }
    }
    const timing = (runs) => ({
      toDom: stats(runs.map((r) => r.toDom)),
      toFrame: stats(runs.map((r) => r.toFrame)),
      toPainted: stats(runs.map((r) => r.toPainted)),
      frameNumber: stats(runs.map((r) => r.frameNumber)),
      readyToDom: stats(runs.map((r) => r.readyToDom)),
      readyToPainted: stats(runs.map((r) => r.readyToPainted)),
      framesAfterReady: stats(runs.map((r) => r.framesAfterReady)),
      fetches: runs[0].fetches,
    });
    if (examRuns.length) {
      results.exam = { progress: examRuns[0].progress, ...timing(examRuns) };
      if (!/\b59\b/.test(examRuns[0].progress))
        results.exam.warning = `expected a 59-question exam, the progress reads "${examRuns[0].progress}"`;
    }
    results.floorExam = timing(floorRuns);
    results.floorExamFetching = timing(floorFetchRuns);

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
  }

  if (want('check')) {
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
  }

  if (want('parse')) {
    // ---- parseBank on 1,000 questions beside JSON.parse of the same text, call by call in the same pages. Wall time
    // (in the page) and the main thread's CPU time (CDP ThreadTime around the call, less an empty call's): on a shared
    // machine the wall time includes the moments the renderer waited for a CPU, the CPU time does not.
    step(`parseBank beside JSON.parse × ${PARSE_PAGES} pages`);
    const parseRuns = [];
    for (let i = 0; i < PARSE_PAGES; i += 1) {
      const { page, problems } = await open('parse.html');
      const { bytes } = await page.evaluate(
        ([p, b]) => window.bench.parseSetup(p, b),
        [`/dist/${relative(DIST, parserChunk)}`, '/__work/bank-1000.json'],
      );
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const threadTime = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
      /** One evaluate: its wall time in the page and the main thread's CPU time around it. */
      const call = async (fn) => {
        const before = await threadTime();
        const result = await page.evaluate((name) => window.bench[name](), fn);
        return { result, cpu: (await threadTime()) - before };
      };
      const empty = [];
      const run = { bytes, json: [], parse: [], jsonCpu: [], parseCpu: [] };
      for (let k = 0; k <= WARM_CALLS; k += 1) {
        const json = await call('jsonOnce');
        const parsed = await call('parseOnce');
        if (parsed.result.error) throw new Error(`the generated bank did not parse: ${parsed.result.error}`);
        run.questions = parsed.result.questions;
        run.json.push(json.result);
        run.parse.push(parsed.result.wall);
        run.jsonCpu.push(json.cpu);
        run.parseCpu.push(parsed.cpu);
        empty.push((await call('nothing')).cpu);
      }
      // What an evaluate costs the main thread with nothing in it (the CDP round trip), taken off both.
      const overhead = median(empty);
      run.jsonCpu = run.jsonCpu.map((t) => Math.max(0, t - overhead));
      run.parseCpu = run.parseCpu.map((t) => Math.max(0, t - overhead));
      await cdp.detach();
      if (problems.length) throw new Error(`parse page: ${problems.join('; ')}`);
      parseRuns.push(run);
      await page.close();
    }
    const cold = (key) => stats(parseRuns.map((r) => r[key][0]));
    const warm = (key) => stats(parseRuns.flatMap((r) => r[key].slice(1)));
    results.parse = {
      chunk: relative(repo, parserChunk),
      questions: parseRuns[0].questions,
      bankBytes: parseRuns[0].bytes,
      pages: PARSE_PAGES,
      warmCalls: WARM_CALLS,
      wall: { parseCold: cold('parse'), parseWarm: warm('parse'), jsonCold: cold('json'), jsonWarm: warm('json') },
      cpu: {
        parseCold: cold('parseCpu'),
        parseWarm: warm('parseCpu'),
        jsonCold: cold('jsonCpu'),
        jsonWarm: warm('jsonCpu'),
      },
      // Each call divided by the JSON.parse just before it in the same page, then the median: a load that changes
      // from page to page cancels out.
      paired: {
        coldWall: median(parseRuns.map((r) => r.parse[0] / r.json[0])),
        warmWall: median(parseRuns.flatMap((r) => r.parse.slice(1).map((t, k) => t / r.json[k + 1]))),
        coldCpu: median(parseRuns.map((r) => r.parseCpu[0] / r.jsonCpu[0])),
        warmCpu: median(parseRuns.flatMap((r) => r.parseCpu.slice(1).map((t, k) => t / r.jsonCpu[k + 1]))),
      },
    };
  }
} catch (error) {
  failure = error;
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
if (failure) fail(`FAILED: ${failure.message ?? failure}`);

// ---------------------------------------------------------------- report
const kb = (b) => `${(b / 1024).toFixed(1)} kB`;
const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const times = (a, b) => `${(a / b).toFixed(2)}×`;
const rows = [];
const row = (what, value, note = '') => rows.push([what, value, note]);
row(
  'minimal Lit element (floor), JS',
  `${floor.brotli} B brotli / ${floor.gzip} B gzip`,
  'same vite build; per-element sizes: npm run size',
);
const exam = results.exam;
const floorMem = results.floorExam;
const floorNet = results.floorExamFetching;
// Painted, not the rAF: the floor's 59 fieldsets cost their time in layout and paint, after the frame callback.
if (!want('render'));
else if (exam?.unavailable) row('exam: Start → 1st question painted', exam.unavailable);
else {
  results.ratios = {
    examVsFloorRender: round(exam.readyToPainted.median / floorMem.toPainted.median, 2),
    examVsFloorWithDelivery: round(exam.toPainted.median / floorNet.toPainted.median, 2),
  };
  row('first render, content in hand:', '', '');
  row(
    '  Lit floor: click → 59 questions painted',
    ms(floorMem.toPainted),
    `frame ${floorMem.frameNumber.median} after the click`,
  );
  row(
    '  exam: content ready → question painted',
    ms(exam.readyToPainted),
    `shown in frame ${exam.framesAfterReady.median} after its ${exam.fetches} files were read (worst ${exam.framesAfterReady.max}; goal: frame 1)`,
  );
  row('  exam ÷ floor', times(exam.readyToPainted.median, floorMem.toPainted.median), 'goal ≤ 1.5×');
  row('Start → first question, files fetched after the click:', '', '');
  row(
    '  Lit floor: click → 59 fetched → painted',
    ms(floorNet.toPainted),
    `the same ${floorNet.fetches} files as the exam; shown in frame ${floorNet.framesAfterReady.median} after they were read`,
  );
  row(
    '  exam: Start → 1st question painted',
    ms(exam.toPainted),
    `in DOM ${exam.toDom.median.toFixed(1)} ms; frame ${exam.frameNumber.median} after the click; "${exam.progress}"`,
  );
  row('  exam ÷ floor', times(exam.toPainted.median, floorNet.toPainted.median), 'goal ≤ 1.5×');
}
if (want('check'))
  row(
    'quiz: pointerdown → verdict frame',
    ms(results.check.toFrame),
    `click → frame ${results.check.clickToFrame.median.toFixed(1)} ms; shown in frame ${results.check.frameNumber.median} after the click (worst ${results.check.frameNumber.max}; goal: frame 1)`,
  );
if (want('parse')) {
  const { wall, cpu } = results.parse;
  const ratio = (a, b) => a.median / b.median;
  results.ratios = {
    ...results.ratios,
    parseCold: round(ratio(wall.parseCold, wall.jsonCold), 2),
    parseWarm: round(ratio(wall.parseWarm, wall.jsonWarm), 2),
    parseColdCpu: round(ratio(cpu.parseCold, cpu.jsonCold), 2),
    parseWarmCpu: round(ratio(cpu.parseWarm, cpu.jsonWarm), 2),
    parsePaired: Object.fromEntries(Object.entries(results.parse.paired).map(([k, v]) => [k, round(v, 2)])),
  };
  const r = results.ratios;
  row(
    `parseBank, 1,000 questions (${kb(results.parse.bankBytes)}):`,
    '',
    `${results.parse.pages} fresh pages; cold = first call, warm = the ${results.parse.warmCalls} after`,
  );
  row('  parseBank cold, wall', ms(wall.parseCold), `CPU ${ms(cpu.parseCold)}`);
  row('  JSON.parse cold, wall', ms(wall.jsonCold), `CPU ${ms(cpu.jsonCold)}`);
  row('  parseBank warm, wall', ms(wall.parseWarm), `CPU ${ms(cpu.parseWarm)}`);
  row('  JSON.parse warm, wall', ms(wall.jsonWarm), `CPU ${ms(cpu.jsonWarm)}`);
  row(
    '  parseBank ÷ JSON.parse, cold',
    `${r.parseCold.toFixed(2)}× wall`,
    `${r.parseColdCpu.toFixed(2)}× CPU; goal ≤ 2× (cold: what a page sees)`,
  );
  row('  parseBank ÷ JSON.parse, warm', `${r.parseWarm.toFixed(2)}× wall`, `${r.parseWarmCpu.toFixed(2)}× CPU`);
  const p = r.parsePaired;
  row(
    '  the same, paired call by call',
    `${p.coldWall.toFixed(2)}× / ${p.warmWall.toFixed(2)}× wall`,
    `${p.coldCpu.toFixed(2)}× / ${p.warmCpu.toFixed(2)}× CPU (cold / warm; median of each call ÷ the JSON.parse before it)`,
  );
}
if (want('render'))
  row(
    'JS heap after exam render',
    results.heap.exam == null ? NA_EXAM : `${(results.heap.exam / 1048576).toFixed(2)} MB`,
    `page with the script only: ${(results.heap.blankPage / 1048576).toFixed(2)} MB`,
  );
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(
  `ml-quiz benchmark — medians of ${RUNS} runs (min–max), Chromium ${results.machine.chromium} headless, ${results.machine.cpus} CPUs, load ${results.machine.loadavg.join(' ')}`,
);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
if (results.exam?.warning) console.log(`warning: ${results.exam.warning}`);
console.log('never asserted: times on a shared machine are noisy; compare medians from one run');
console.log('written to bench/results.json');
