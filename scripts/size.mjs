#!/usr/bin/env node
/**
 * npm run size — what a page downloads, measured in Chromium (DESIGN.md "Delivery, size and speed budgets"). For each
 * element a page loads `dist/ml-quiz.js` with that one element and built-in content; every request is counted, each
 * file brotli quality 11 on its own: up to the moment the element's content shows, then during 4 s of idle (there must
 * be none). The exam is then started with "Start exam", answered through every question and submitted, and the content
 * downloaded from the click to the verdict is counted — once with the built-in bank and once with a generated
 * 500-question bank standing in for it (scripts/build-banks.ts --generate 500 --same-id).
 * Budgets (exit 1 if any is over; the table prints first):
 *   card: JS ≤ 16,384 B, JS + content ≤ 20,480 B; every element: no request while idle;
 *   exam: content from "Start exam" to the verdict ≤ half the whole bank file's brotli (both banks), and with the
 *   500-question bank also everything from page load to the verdict (the index it drew from included).
 *
 *   node scripts/size.mjs [--json] [--port 8410] [--no-500]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const BANK_ID = 'databricks-ml-professional';
const dist = join(repo, 'dist');
const wholeFile = join(dist, 'banks', `${BANK_ID}.json`);
if (!existsSync(join(dist, 'ml-quiz.js')) || !existsSync(wholeFile)) {
  console.error('dist/ml-quiz.js or dist/banks/ is missing: run npm run build first');
  process.exit(1);
}
export const BUDGET = { cardJs: 16384, cardTotal: 20480, idleRequests: 0 };
const IDLE_MS = 4000;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const log = (s) => process.stderr.write(`size: ${s}\n`);

const bank = JSON.parse(readFileSync(wholeFile, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'ml-quiz-size-'));
const pages = {
  card: `<ml-quiz bank="${BANK_ID}" question="${bank.questions[0].id}"></ml-quiz>`,
  deck: `<ml-quiz bank="${BANK_ID}" count="10" seed="1"></ml-quiz>`,
  comparison: `<ml-comparison bank="${BANK_ID}" comparison="${bank.comparisons[0].id}"></ml-comparison>`,
  checklist: `<ml-checklist bank="${BANK_ID}" checklist="${bank.checklists[0].id}"></ml-checklist>`,
  exam: `<ml-exam bank="${BANK_ID}" seed="1"></ml-exam>`,
};
for (const [name, body] of Object.entries(pages)) {
  writeFileSync(
    join(work, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
      `<script type="module" src="/dist/ml-quiz.js"></script></head><body><main>${body}</main></body></html>`,
  );
}
// What "shows" means per element: its content is on screen.
const shown = {
  card: (p) => p.locator('ml-quiz fieldset legend').first(),
  deck: (p) => p.locator('ml-quiz fieldset legend').first(),
  comparison: (p) => p.locator('ml-comparison [part~="table"]').first(),
  checklist: (p) => p.locator('ml-checklist input[type="checkbox"]').first(),
  exam: (p) => p.getByRole('button', { name: 'Start exam', exact: true }),
};

let bank500Dir;
if (!args.includes('--no-500')) {
  bank500Dir = join(work, 'banks-500');
  log('generating the 500-question test bank');
  const r = spawnSync(
    process.execPath,
    [
      join(repo, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/build-banks.ts',
      '--generate',
      '500',
      '--same-id',
      '--out',
      bank500Dir,
    ],
    { cwd: repo, encoding: 'utf8' },
  );
  if (r.status !== 0) {
    console.error(`could not generate the test bank: ${r.stderr || r.stdout}`);
    process.exit(1);
  }
}

const browser = await launchChromium();

async function withServer(extraMounts, run) {
  const mounts = { '/': work, '/dist/': dist, ...extraMounts };
  let server;
  for (let port = Number(opt('port', 8410)); !server; port += 1) {
    try {
      server = await serveStatic({ port, mounts, headers: { '/': { 'Cache-Control': 'no-store' } } });
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' || port > 8460) throw error;
    }
  }
  try {
    return await run(server.url);
  } finally {
    await server.close();
  }
}

/** Opens a page in a fresh context (empty cache and storage) and records every response in phases. */
async function measure(origin, name, act) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  let phase = 'load';
  const requests = [];
  const bodies = [];
  page.on('request', (req) => requests.push({ url: req.url(), phase }));
  page.on('response', (res) => {
    const at = phase;
    bodies.push(
      res.body().then(
        (b) => ({ url: res.url(), phase: at, status: res.status(), brotli: brotli(b), raw: b.length }),
        () => ({ url: res.url(), phase: at, status: res.status(), brotli: 0, raw: 0 }),
      ),
    );
  });
  await page.goto(`${origin}/${name}.html`);
  await shown[name](page).waitFor({ timeout: 20000 });
  phase = 'idle';
  await page.waitForTimeout(IDLE_MS);
  phase = 'act';
  if (act) await act(page);
  phase = 'after';
  const responses = await Promise.all(bodies);
  await context.close();
  const kind = (url) => (/\.m?js(\?|$)/.test(url) ? 'js' : /\.json(\?|$)/.test(url) ? 'content' : 'other');
  const sum = (p, k) => responses.filter((r) => r.phase === p && kind(r.url) === k).reduce((n, r) => n + r.brotli, 0);
  const files = (p, k) => responses.filter((r) => r.phase === p && kind(r.url) === k).length;
  return {
    js: sum('load', 'js'),
    content: sum('load', 'content'),
    jsFiles: files('load', 'js'),
    contentFiles: files('load', 'content'),
    idle: requests.filter((r) => r.phase === 'idle').map((r) => r.url.replace(origin, '')),
    actJs: sum('act', 'js'),
    actContent: sum('act', 'content'),
    actContentFiles: files('act', 'content'),
    failed: responses
      .filter((r) => r.status >= 400 && !r.url.endsWith('/favicon.ico'))
      .map((r) => `${r.status} ${r.url.replace(origin, '')}`),
    problems,
  };
}

/** Starts the exam, answers every question with its first option, submits and waits for the verdict. */
async function sitExam(page) {
  const exam = page.locator('ml-exam');
  await exam.getByRole('button', { name: 'Start exam', exact: true }).click();
  const progress = exam.getByText(/^Question 1 of \d+$/).first();
  await progress.waitFor({ timeout: 20000 });
  const total = Number((await progress.textContent()).match(/of (\d+)/)[1]);
  for (let i = 1; i <= total; i += 1) {
    await exam.locator('fieldset input').first().check();
    if (i < total) await exam.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await exam.getByRole('button', { name: 'Submit exam', exact: true }).first().click();
  await exam.locator('dialog').getByRole('button', { name: 'Submit exam', exact: true }).click();
  await exam.locator('[part~="verdict"]').first().waitFor({ timeout: 20000 });
  return total;
}

const results = {};
const exams = {};
try {
  await withServer({}, async (origin) => {
    for (const name of Object.keys(pages)) {
      log(`${name}`);
      results[name] = await measure(
        origin,
        name,
        name === 'exam' ? async (p) => (exams.builtIn = { questions: await sitExam(p) }) : undefined,
      );
    }
  });
  exams.builtIn.whole = brotli(readFileSync(wholeFile));
  exams.builtIn.content = results.exam.actContent;
  exams.builtIn.files = results.exam.actContentFiles;
  exams.builtIn.before = results.exam.content;
  if (bank500Dir) {
    log('exam with the 500-question test bank');
    const r = await withServer({ '/dist/banks/': bank500Dir }, (origin) =>
      measure(origin, 'exam', async (p) => (exams.generated = { questions: await sitExam(p) })),
    );
    Object.assign(exams.generated, {
      whole: brotli(readFileSync(join(bank500Dir, `${BANK_ID}.json`))),
      content: r.actContent,
      files: r.actContentFiles,
      before: r.content,
      problems: r.problems,
      idle: r.idle,
    });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

// ------------------------------------------------------------------------------------------------ report
const failures = [];
const card = results.card;
if (card.js > BUDGET.cardJs) failures.push(`card JS ${card.js} B > ${BUDGET.cardJs} B`);
if (card.js + card.content > BUDGET.cardTotal)
  failures.push(`card JS + content ${card.js + card.content} B > ${BUDGET.cardTotal} B`);
for (const [name, r] of Object.entries(results)) {
  if (r.idle.length > BUDGET.idleRequests)
    failures.push(
      `${name}: ${r.idle.length} request(s) while idle (${r.idle.slice(0, 3).join(', ')}${r.idle.length > 3 ? ', …' : ''})`,
    );
  if (r.failed.length) failures.push(`${name}: failed requests ${r.failed.join(', ')}`);
  if (r.problems.length) failures.push(`${name}: ${r.problems.join('; ')}`);
}
for (const [label, e] of Object.entries(exams)) {
  // The issue's measure: from "Start exam" to the verdict. DESIGN's, for the 500-question bank: everything the page
  // downloaded as content until it was submitted (the index fetched before Start included).
  if (e.content > e.whole / 2)
    failures.push(
      `exam (${label}): content from Start to submit ${e.content} B > half the whole bank (${Math.floor(e.whole / 2)} B)`,
    );
  if (label === 'generated' && e.before + e.content > e.whole / 2) {
    failures.push(
      `exam (500 questions): content from page load to submit ${e.before + e.content} B > half the whole bank (${Math.floor(e.whole / 2)} B)`,
    );
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify({ budget: BUDGET, elements: results, exams, failures }, null, 2));
} else {
  const pad = (s, n) => String(s).padStart(n);
  console.log(
    `Per element, brotli q11 per file, counted until the content shows (dist/ml-quiz.js, built-in bank "${BANK_ID}")`,
  );
  console.log(
    `${'element'.padEnd(11)} ${pad('JS', 8)} ${pad('content', 9)} ${pad('total', 8)}  ${pad('files', 9)}  idle`,
  );
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `${name.padEnd(11)} ${pad(r.js, 8)} ${pad(r.content, 9)} ${pad(r.js + r.content, 8)}  ${pad(`${r.jsFiles}+${r.contentFiles}`, 9)}  ${r.idle.length ? `${r.idle.length} requests` : 'none'}`,
    );
  }
  console.log(`card budget: JS ≤ ${BUDGET.cardJs} B, JS + content ≤ ${BUDGET.cardTotal} B, no request while idle`);
  for (const [label, e] of Object.entries(exams)) {
    console.log(
      `exam (${label === 'builtIn' ? 'built-in bank' : '500-question test bank'}): ${e.questions} questions; content from Start to submit ${e.content} B in ${e.files} files ` +
        `(before Start: ${e.before} B; from page load ${(((e.before + e.content) / e.whole) * 100).toFixed(1)}%); whole bank ${e.whole} B, half ${Math.floor(e.whole / 2)} B → ${((e.content / e.whole) * 100).toFixed(1)}%`,
    );
  }
}
if (failures.length) {
  // --report: print the figures and the budgets missed without failing (CI uses it while the elements still fetch the
  // whole bank; issue 17 stays open until the budgets are met and the flag is dropped from scripts/ci.sh).
  const report = args.includes('--report');
  console.error(
    `size check ${report ? 'OVER BUDGET (reported, not failed: --report)' : 'FAILED'}:\n  ${failures.join('\n  ')}`,
  );
  if (!report) process.exit(1);
} else console.log('size check ok');
