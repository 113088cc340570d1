#!/usr/bin/env node
/**
 * End-to-end checks of the built files, driven in headless Chromium like a reader would: the standalone
 * `dist/ml-quiz.js` on plain static pages (copied to /vendor/ml-quiz/ as a host site would), on a page with hostile CSS
 * and scripts that loads the library twice, under a strict Content-Security-Policy header, and the example app built
 * with Vite from the npm build (lib/).
 *
 *   npm run build && node scripts/e2e.mjs
 *
 * It builds nothing of the library itself (only the example app, into a temporary folder). One line per case
 * (✓ / ✗ name), then `N passed, N failed`; exits non-zero when a case failed. Port: E2E_PORT or the first free one
 * from 8317 to 8329.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, launchChromium } from './chromium.mjs';
import { defaultHeaders, serveStatic } from './serve-static.mjs';

const started = Date.now();
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
const BANK_ID = 'databricks-ml-professional';
const CASE_TIMEOUT = 30_000;
const STEP_TIMEOUT = 8_000;

let passed = 0;
let failed = 0;

function pass(name) {
  passed += 1;
  console.log(`✓ ${name}`);
}
function fail(name, error, problems = []) {
  failed += 1;
  // Playwright's messages carry ANSI colours and a call log: keep the gist.
  // eslint-disable-next-line no-control-regex -- stripping terminal colour codes
  const message = (error instanceof Error ? error.message : String(error)).replace(/\x1b\[[0-9;]*m/g, '');
  // E2E_VERBOSE=1 keeps Playwright's call log (what it waited for, and why it gave up).
  const lines = process.env.E2E_VERBOSE
    ? message.split('\n')
    : message
        .split('\n')
        .filter((line) => line.trim() && !/^\s*(Call log:|- )/.test(line))
        .slice(0, 8);
  const extra = problems.length ? ['the page reported:', ...problems.slice(0, 6).map((p) => `  ${p}`)] : [];
  console.log(`✗ ${name}\n    ${[...lines, ...extra].join('\n    ')}`);
}
function skip(name, why) {
  console.log(`- ${name} (skipped: ${why})`);
}
function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function assertEqual(actual, expected, what) {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`);
}

// ---------------------------------------------------------------------------------------------------------------------
// Preconditions: the built files must exist (CI runs `npm run build` first).
const needed = ['dist/ml-quiz.js', `dist/banks/${BANK_ID}.json`, 'lib/index.js'];
const missing = needed.filter((f) => !existsSync(join(root, f)));
if (missing.length) {
  fail('built files present', `missing ${missing.join(', ')}: run \`npm run build\` before scripts/e2e.mjs`);
  finish();
  process.exit(1);
}
if (!existsSync(chromiumPath)) {
  fail('chromium present', '/usr/bin/chromium is missing: apt-get install -y chromium');
  finish();
  process.exit(1);
}

const bank = JSON.parse(readFileSync(join(dist, 'banks', `${BANK_ID}.json`), 'utf8'));
const standalone = readFileSync(join(dist, 'ml-quiz.js'), 'utf8');
const examSource = existsSync(join(root, 'src/elements/ml-exam.ts'));
const examBuilt = standalone.includes('ml-exam');

/** Text as a reader sees it: markup characters gone, whitespace collapsed. */
const plain = (s) =>
  s
    .replace(/```\w*/g, '')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const questionById = (id) => {
  const q = bank.questions.find((x) => x.id === id);
  if (!q) throw new Error(`question ${id} is not in the built bank`);
  return q;
};
const questionByStem = (legend) => {
  const seen = plain(legend);
  const q = bank.questions.find((x) => seen.includes(plain(x.stem).slice(0, 80)));
  if (!q) throw new Error(`no question of the bank has the stem shown: "${seen.slice(0, 100)}…"`);
  return q;
};
const optionText = (q, id) => plain(q.options.find((o) => o.id === id).text);
const wrongOptions = (q) => q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.id);

// ---------------------------------------------------------------------------------------------------------------------
// The site: examples at /, dist/ copied to /vendor/ml-quiz/ and to /mirror/ml-quiz/, the built app at /app/.
const site = mkdtempSync(join(tmpdir(), 'ml-quiz-e2e-'));
const vendor = join(site, 'vendor', 'ml-quiz');
const mirror = join(site, 'mirror', 'ml-quiz');
const appOut = join(site, 'app');
cpSync(dist, vendor, { recursive: true });
cpSync(dist, mirror, { recursive: true });

const requests = [];
let server;
for (const port of process.env.E2E_PORT ? [Number(process.env.E2E_PORT)] : range(8317, 8329)) {
  try {
    server = await serveStatic({
      port,
      mounts: { '/': join(root, 'examples'), '/vendor/ml-quiz/': vendor, '/mirror/ml-quiz/': mirror, '/app/': appOut },
      headers: defaultHeaders,
      onRequest: (r) => requests.push(r),
    });
    break;
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
  }
}
if (!server) {
  fail('static server', 'no free port from 8317 to 8329 (set E2E_PORT)');
  finish();
  process.exit(1);
}
const base = server.url;

function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

let browser;

/** Installed before any page script: records ml-* events and CSP violations where the checks can read them. */
function recorder() {
  const names = [
    'ml-answer',
    'ml-complete',
    'ml-checklist-change',
    'ml-bank-load',
    'ml-bank-error',
    'ml-exam-start',
    'ml-exam-submit',
    'ml-lms-error',
  ];
  window.__mlEvents = [];
  window.__cspViolations = [];
  for (const name of names) {
    document.addEventListener(name, (event) =>
      window.__mlEvents.push({ type: event.type, detail: JSON.parse(JSON.stringify(event.detail ?? null)) }),
    );
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

/** What the page opened last (inside the running case) reported. */
let openedProblems;

/** A fresh browser context (empty storage) and a page whose console errors, page errors and failed loads are kept. */
async function openPage(path, options = {}) {
  const context = await browser.newContext({
    colorScheme: 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  await context.addInitScript(recorder);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const problems = [];
  openedProblems = problems;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const firstRequest = requests.length;
  const response = await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return { context, page, problems, response, requestsSince: () => requests.slice(firstRequest) };
}

async function noProblems(page, problems) {
  const csp = await page.evaluate(() => window.__cspViolations ?? []);
  const all = [...problems, ...csp.map((v) => `CSP violation: ${v}`)];
  assert(all.length === 0, `the page reported problems:\n${all.join('\n')}`);
}

const events = (page, type) =>
  page.evaluate((t) => window.__mlEvents.filter((e) => e.type === t).map((e) => e.detail), type);

/** Picks options by their visible text (clicking the text, as a reader does), checks the answer, returns the verdict. */
async function answerCard(quiz, question, pick, { check = 'Check answer' } = {}) {
  const role = question.type === 'multiple' ? 'checkbox' : 'radio';
  for (const id of pick) {
    const control = quiz.getByRole(role, { name: optionText(question, id) });
    await quiz.getByText(optionText(question, id), { exact: false }).first().click();
    assert(await control.isChecked(), `clicking the text of option ${id} did not select it`);
  }
  await quiz.getByRole('button', { name: check, exact: true }).click();
  const verdict = quiz.locator('[part~="verdict"]');
  await verdict.waitFor({ state: 'visible' });
  return (await verdict.textContent()).trim();
}

/**
 * Runs one named case with a time limit; `body` returns nothing or throws. A failure also lists what the page
 * reported (`problems`: console errors, failed loads), which usually says why an element never showed.
 */
async function test(name, body, problems) {
  openedProblems = undefined;
  let timer;
  try {
    await Promise.race([
      body(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${CASE_TIMEOUT / 1000} s`)), CASE_TIMEOUT);
      }),
    ]);
    pass(name);
  } catch (error) {
    const seen = (problems ?? openedProblems ?? []).filter((p) => !String(error).includes(p));
    fail(name, error, seen);
  } finally {
    clearTimeout(timer);
  }
}

// Every case runs inside this block, so an unexpected error still ends with the counts line.
try {
  browser = await launchChromium();

  // ---------------------------------------------------------------------------------------------------------------------
  // Blog: a plain static page, two quiz cards and a comparison, the library copied to /vendor/ml-quiz/.
  {
    const blog = await openPage('/blog/');
    const { page } = blog;
    const cards = page.locator('ml-quiz');

    await test(
      'blog: renders from /vendor/ml-quiz/ (dist/ copied elsewhere), bank fetched once, no console errors',
      async () => {
        await cards.nth(0).getByRole('button', { name: 'Check answer' }).waitFor();
        await cards.nth(1).getByRole('button', { name: 'Check answer' }).waitFor();
        await page.locator('ml-comparison').getByRole('table').waitFor();
        const lib = blog.requestsSince().filter((r) => /ml-quiz\.js|\/chunks\/|\/banks\//.test(r.path));
        const outside = lib.filter((r) => !r.path.startsWith('/vendor/ml-quiz/'));
        assert(
          outside.length === 0,
          `library files requested outside /vendor/ml-quiz/: ${outside.map((r) => r.path).join(', ')}`,
        );
        const bankLoads = lib.filter((r) => r.path === `/vendor/ml-quiz/banks/${BANK_ID}.json`);
        assertEqual(bankLoads.length, 1, 'requests for the bank JSON');
        assert(
          lib.some((r) => r.path.startsWith('/vendor/ml-quiz/chunks/')),
          'no element chunk was loaded from /vendor/ml-quiz/chunks/',
        );
        await noProblems(page, blog.problems);
      },
      blog.problems,
    );

    await test(
      'blog: single-answer card — the right option shows "Correct" and fires ml-answer',
      async () => {
        const q = questionById('dep-strategy-001');
        const card = cards.nth(0);
        const legend = await card.locator('legend').first().textContent();
        assert(plain(legend).includes(plain(q.stem).slice(0, 60)), `the first card does not show ${q.id}`);
        assertEqual(await answerCard(card, q, q.answer), 'Correct', 'verdict');
        assert(await card.locator('[part~="explanation"]').isVisible(), 'the explanation is not visible');
        const answers = await events(page, 'ml-answer');
        assertEqual(
          JSON.stringify(answers),
          JSON.stringify([{ questionId: q.id, selected: q.answer, correct: true }]),
          'ml-answer details',
        );
      },
      blog.problems,
    );

    await test(
      'blog: multiple-answer card — a wrong pick shows "Incorrect"',
      async () => {
        const q = questionById('dep-strategy-005');
        assertEqual(q.type, 'multiple', 'question type');
        const pick = [q.answer[0], wrongOptions(q)[0]];
        assertEqual(await answerCard(cards.nth(1), q, pick), 'Incorrect', 'verdict');
        const last = (await events(page, 'ml-answer')).at(-1);
        assertEqual(last?.correct, false, 'ml-answer correct');
        assertEqual([...last.selected].sort().join(), [...pick].sort().join(), 'ml-answer selected');
      },
      blog.problems,
    );

    await test(
      'blog: comparison — the practice scenario answered, verdict matches the key',
      async () => {
        const comparison = page.locator('ml-comparison');
        const c = bank.comparisons.find((x) => x.id === 'blue-green-vs-canary');
        const shown = plain(await comparison.locator('legend').first().textContent());
        const scenario = c.practice.find((p) => shown.includes(plain(p.scenario).slice(0, 60)));
        assert(scenario, `the scenario shown is not in the bank: "${shown.slice(0, 80)}"`);
        await comparison.getByRole('button', { name: plain(c[scenario.answer].name) }).click();
        const verdict = comparison.locator('[part~="verdict"]');
        await verdict.waitFor({ state: 'visible' });
        assertEqual((await verdict.textContent()).trim(), 'Correct', 'verdict');
        const last = (await events(page, 'ml-answer')).at(-1);
        assertEqual(last?.questionId, scenario.id, 'ml-answer questionId');
        await noProblems(page, blog.problems);
      },
      blog.problems,
    );
    await blog.context.close();
  }

  await test('blog: usable at 320 px wide (no horizontal scrolling)', async () => {
    const narrow = await openPage('/blog/', { viewport: { width: 320, height: 800 } });
    const { page } = narrow;
    await page.locator('ml-quiz').nth(1).getByRole('button', { name: 'Check answer' }).waitFor();
    await page.locator('ml-comparison').locator('[part~="base"]').waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      elements: [...document.querySelectorAll('ml-quiz, ml-comparison')].map((e) =>
        Math.round(e.getBoundingClientRect().right),
      ),
    }));
    assert(widths.page <= 320, `the page scrolls sideways: ${widths.page} px wide`);
    assert(
      widths.elements.every((r) => r <= 320),
      `an element overflows the viewport: right edges ${widths.elements.join(', ')}`,
    );
    await noProblems(page, narrow.problems);
    await narrow.context.close();
  });

  // ---------------------------------------------------------------------------------------------------------------------
  // Course: a checklist kept across reload, and the mock exam.
  {
    const course = await openPage('/course/');
    const { page } = course;
    const checklist = page.locator('ml-checklist');
    const list = bank.checklists.find((c) => c.id === 'exam-ready');

    await test(
      'course: checklist item ticked, kept across reload',
      async () => {
        const total = list.items.length;
        await checklist.getByText(`0 of ${total} ready`).waitFor();
        const item = list.items[1];
        const box = checklist.getByRole('checkbox', { name: plain(item.text).slice(0, 60) });
        await checklist.getByText(plain(item.text).slice(0, 40), { exact: false }).first().click();
        assert(await box.isChecked(), 'clicking the item text did not tick it');
        await checklist.getByText(`1 of ${total} ready`).waitFor();
        const change = (await events(page, 'ml-checklist-change')).at(-1);
        assertEqual(
          JSON.stringify(change),
          JSON.stringify({ checked: [item.id], total }),
          'ml-checklist-change detail',
        );
        await page.reload({ waitUntil: 'load' });
        await checklist.getByText(`1 of ${total} ready`).waitFor();
        assert(await box.isChecked(), 'the ticked item is not ticked after reload');
        const saved = await page.evaluate(() => Object.keys(localStorage));
        assert(
          saved.includes(`ml-quiz:v1:${BANK_ID}:checklist:exam-ready`),
          `no saved state under the contract's key; keys: ${saved.join(', ')}`,
        );
      },
      course.problems,
    );

    const examCase = 'course: exam started, "Submit exam" confirmed in a modal dialog, verdict shown';
    if (!examSource && !examBuilt) {
      skip(examCase, 'ml-exam not built yet');
    } else {
      await test(examCase, async () => {
        assert(examBuilt, 'src/elements/ml-exam.ts exists but dist/ml-quiz.js does not load <ml-exam>: rebuild');
        const exam = page.locator('ml-exam');
        const blueprint = bank.exams.find((e) => e.id === 'mock-exam');
        await exam.getByRole('button', { name: 'Start exam', exact: true }).click();
        await exam.getByText(`Question 1 of ${blueprint.questionCount}`).first().waitFor();
        const start = (await events(page, 'ml-exam-start')).at(-1);
        assertEqual(start?.questionCount, blueprint.questionCount, 'ml-exam-start questionCount');
        assert(
          typeof start.deadline === 'number' && start.deadline > Date.now(),
          `ml-exam-start deadline is not in the future: ${start.deadline}`,
        );

        // Answer the first question with the key, as a reader who knows it.
        const q = questionByStem(await exam.locator('legend').first().textContent());
        const role = q.type === 'multiple' ? 'checkbox' : 'radio';
        for (const id of q.answer) await exam.getByRole(role, { name: optionText(q, id) }).check();
        await exam.getByRole('button', { name: 'Next', exact: true }).click();
        await exam.getByText(`Question 2 of ${blueprint.questionCount}`).first().waitFor();

        // Submit: a modal dialog asks; "Return to exam" goes back, "Submit exam" submits.
        const dialog = exam.locator('dialog');
        await exam.getByRole('button', { name: 'Submit exam', exact: true }).first().click();
        await dialog.waitFor({ state: 'visible' });
        assert(await dialog.evaluate((d) => d.open && d.matches(':modal')), 'the confirmation is not a modal <dialog>');
        await dialog.getByRole('button', { name: 'Return to exam', exact: true }).click();
        await dialog.waitFor({ state: 'hidden' });
        assertEqual((await events(page, 'ml-exam-submit')).length, 0, 'ml-exam-submit events after "Return to exam"');
        await exam.getByRole('button', { name: 'Submit exam', exact: true }).first().click();
        await dialog.waitFor({ state: 'visible' });
        await dialog.getByRole('button', { name: 'Submit exam', exact: true }).click();

        const verdict = exam.locator('[part~="verdict"]');
        await verdict.waitFor({ state: 'visible' });
        const text = (await verdict.textContent()).trim();
        const submit = (await events(page, 'ml-exam-submit')).at(-1);
        assert(submit, 'no ml-exam-submit event');
        assertEqual(submit.total, blueprint.questionCount, 'ml-exam-submit total');
        assertEqual(submit.reason, 'user', 'ml-exam-submit reason');
        assertEqual(submit.correct, 1, 'ml-exam-submit correct (one question answered with its key)');
        assertEqual(
          JSON.stringify(submit.answers[q.id]?.slice().sort()),
          JSON.stringify([...q.answer].sort()),
          'ml-exam-submit answers of the first question',
        );
        assertEqual(text, submit.passed ? 'Passed' : 'Failed', 'verdict');
        assertEqual(text, 'Failed', 'verdict with one answer of 59');
      });
    }

    await test(
      'course: no console errors',
      async () => {
        await noProblems(page, course.problems);
      },
      course.problems,
    );
    await course.context.close();
  }

  // ---------------------------------------------------------------------------------------------------------------------
  // Strict CSP: the page is served with `script-src 'self'; style-src 'self'` as a real HTTP header.
  await test("strict-csp: works under script-src 'self'; style-src 'self' with no violations, styles adopted", async () => {
    const csp = await openPage('/strict-csp/');
    const { page, response } = csp;
    const header = response.headers()['content-security-policy'] ?? '';
    assert(
      /script-src 'self'/.test(header) && /style-src 'self'/.test(header),
      `the page was not served with the strict CSP header (found "${header}")`,
    );

    const builtin = page.locator('ml-quiz#builtin');
    await builtin.getByRole('button', { name: 'Check answer' }).waitFor();
    await page.locator('ml-quiz#inline').getByRole('button', { name: 'Check answer' }).waitFor();
    await page.locator('ml-comparison').getByRole('table').waitFor();

    const styling = await page.evaluate(() =>
      [...document.querySelectorAll('ml-quiz, ml-comparison, ml-exam')]
        .filter((el) => el.shadowRoot)
        .map((el) => ({
          tag: el.localName,
          adopted: el.shadowRoot.adoptedStyleSheets.length,
          styleTags: el.shadowRoot.querySelectorAll('style, link[rel=stylesheet]').length,
          display: getComputedStyle(el).display,
          button: (() => {
            const b = el.shadowRoot.querySelector('button');
            return b ? getComputedStyle(b).backgroundColor : null;
          })(),
        })),
    );
    assertEqual(styling.length, examBuilt ? 4 : 3, 'elements rendered');
    for (const s of styling) {
      assert(s.adopted > 0, `<${s.tag}> has no adopted stylesheets`);
      assertEqual(s.styleTags, 0, '<style> elements in a shadow root (blocked by style-src)');
      assertEqual(s.display, 'block', 'host display (its own styles did not apply)');
    }
    // The page sets --ml-accent: #0b6e4f; a styled primary button is filled with it.
    assertEqual(styling[0].button, 'rgb(11, 110, 79)', 'background of "Check answer" (the --ml-accent from the page)');

    const q = questionById('dep-strategy-001');
    assertEqual(await answerCard(builtin, q, q.answer), 'Correct', 'verdict of the built-in card');

    const inline = page.locator('ml-quiz#inline');
    const inlineQuestion = JSON.parse(await page.evaluate(() => document.querySelector('#inline script').textContent));
    assertEqual(await answerCard(inline, inlineQuestion, ['b']), 'Incorrect', 'verdict of the inline card');
    await page.locator('#log').getByText('ml-answer: csp-001 incorrect').waitFor();

    if (examBuilt) {
      // The exam's timer, navigator and modal dialog under the same policy.
      const exam = page.locator('ml-exam');
      await exam.getByRole('button', { name: 'Start exam', exact: true }).click();
      await exam.getByText('Question 1 of 59').first().waitFor();
      await exam.getByRole('button', { name: 'Submit exam', exact: true }).first().click();
      const dialog = exam.locator('dialog');
      await dialog.waitFor({ state: 'visible' });
      await dialog.getByRole('button', { name: 'Return to exam', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
    }

    await noProblems(page, csp.problems);
    await csp.context.close();
  });

  // ---------------------------------------------------------------------------------------------------------------------
  // Hostile page: global resets, `all: unset`, hidden inputs, a 40 px root font, foreign scripts, the library twice.
  {
    const hostile = await openPage('/hostile/');
    const { page } = hostile;
    const cards = page.locator('ml-quiz');

    await test(
      'hostile: the library loaded twice (same URL twice, and a second copy) does not throw',
      async () => {
        for (const i of [0, 1, 2]) await cards.nth(i).getByRole('button', { name: 'Check answer' }).waitFor();
        assert(await page.evaluate(() => window.hostScriptsRan === true), 'the host page scripts did not run');
        const paths = hostile.requestsSince().map((r) => r.path);
        assert(
          paths.includes('/vendor/ml-quiz/ml-quiz.js') && paths.includes('/mirror/ml-quiz/ml-quiz.js'),
          'both copies were not requested',
        );
        // Load a third time at runtime and ask that copy to define every element again.
        const tags = ['ml-bank', 'ml-quiz', 'ml-comparison', 'ml-checklist', ...(examBuilt ? ['ml-exam'] : [])];
        const again = await page.evaluate(async (tags) => {
          try {
            const copy = await import('/mirror/ml-quiz/ml-quiz.js?third');
            await copy.load();
            return tags.filter((t) => !customElements.get(t));
          } catch (error) {
            return `threw: ${error}`;
          }
        }, tags);
        assertEqual(JSON.stringify(again), '[]', 'elements not defined after loading a third copy');
        await page.waitForTimeout(300);
        await noProblems(page, hostile.problems);
      },
      hostile.problems,
    );

    await test(
      'hostile: quiz cards visible and usable (options clickable, button sized, text not collapsed)',
      async () => {
        for (const [index, id, pick, expected] of [
          [0, 'dep-strategy-001', null, 'Correct'],
          [1, 'dep-strategy-005', null, 'Correct'],
          [2, 'dep-strategy-003', null, 'Correct'],
        ]) {
          const q = questionById(id);
          const card = cards.nth(index);
          const box = await card.boundingBox();
          assert(box && box.width >= 250 && box.height >= 150, `card ${index} is too small: ${JSON.stringify(box)}`);
          const layout = await card.evaluate((host) => {
            const root = host.shadowRoot;
            const measure = (el) => {
              const r = el.getBoundingClientRect();
              const s = getComputedStyle(el);
              return {
                w: Math.round(r.width),
                h: Math.round(r.height),
                font: parseFloat(s.fontSize),
                line: s.lineHeight === 'normal' ? parseFloat(s.fontSize) * 1.2 : parseFloat(s.lineHeight),
                visibility: s.visibility,
                display: s.display,
                opacity: Number(s.opacity),
                cursor: s.cursor,
              };
            };
            const base = root.querySelector('[part~="base"]');
            // What sticks out past the viewport (named in the failure, so the cause is visible without a debugger).
            const wide = [];
            const walk = (scope) => {
              for (const el of scope.querySelectorAll('*')) {
                if (el.getBoundingClientRect().right > innerWidth + 1)
                  wide.push(
                    `${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`,
                  );
                if (el.shadowRoot) walk(el.shadowRoot);
              }
            };
            walk(document);
            return {
              wide: wide.slice(0, 4),
              overflow: {
                card: base.scrollWidth - base.clientWidth,
                page: document.documentElement.scrollWidth - innerWidth,
              },
              legend: measure(root.querySelector('legend')),
              inputs: [...root.querySelectorAll('input')].map(measure),
              labels: [...root.querySelectorAll('label')].map(measure),
              button: measure(
                [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Check answer'),
              ),
            };
          });
          const { overflow, legend, inputs, labels, button, wide } = layout;
          assert(
            overflow.card <= 1 && overflow.page <= 1,
            `text does not wrap: it overflows the card by ${overflow.card} px, the page by ${overflow.page} px (past the edge: ${wide.join(', ')})`,
          );
          for (const [what, text] of [['the stem', legend], ...labels.map((l, i) => [`option ${i + 1}`, l])]) {
            assert(text.font >= 12, `${what} is unreadably small: ${text.font} px`);
            assert(
              text.line >= text.font && text.h >= text.font,
              `${what} is collapsed: ${text.h} px tall, line-height ${text.line} px, font ${text.font} px`,
            );
            assert(text.cursor !== 'none', `${what} hides the mouse pointer (cursor: none leaked in)`);
          }
          assertEqual(inputs.length, q.options.length, 'number of option inputs');
          for (const input of inputs)
            assert(
              input.display !== 'none' && input.w > 0 && input.h > 0,
              `an option input is hidden: ${JSON.stringify(input)}`,
            );
          assert(
            button.w >= 40 && button.h >= 24 && button.visibility === 'visible' && button.opacity > 0.5,
            `"Check answer" is not a visible button: ${JSON.stringify(button)}`,
          );
          assert(button.cursor !== 'none', '"Check answer" hides the mouse pointer');
          const verdict = await answerCard(card, q, pick ?? q.answer);
          assertEqual(verdict, expected, `verdict of card ${index}`);
          const shown = await card.locator('[part~="verdict"]').boundingBox();
          assert(shown && shown.width > 0 && shown.height > 0, 'the verdict has no size');
        }
      },
      hostile.problems,
    );

    await test(
      'hostile: comparison and checklist usable',
      async () => {
        const comparison = page.locator('ml-comparison');
        const c = bank.comparisons.find((x) => x.id === 'blue-green-vs-canary');
        const shown = plain(await comparison.locator('legend').first().textContent());
        const scenario = c.practice.find((p) => shown.includes(plain(p.scenario).slice(0, 60)));
        assert(scenario, 'the scenario shown is not in the bank');
        const choice = comparison.getByRole('button', { name: plain(c[scenario.answer].name) });
        const size = await choice.boundingBox();
        assert(size && size.width > 40 && size.height > 20, `the choice button is too small: ${JSON.stringify(size)}`);
        await choice.click();
        await comparison.locator('[part~="verdict"]').getByText('Correct', { exact: true }).waitFor();

        const checklist = page.locator('ml-checklist');
        const list = bank.checklists.find((x) => x.id === 'study-plan');
        await checklist.getByText(`0 of ${list.items.length} ready`).waitFor();
        await checklist.getByText(plain(list.items[0].text).slice(0, 40), { exact: false }).first().click();
        await checklist.getByText(`1 of ${list.items.length} ready`).waitFor();
        await noProblems(page, hostile.problems);
      },
      hostile.problems,
    );
    const examCase = 'hostile: exam start screen, question and submit dialog usable';
    if (!examBuilt) {
      skip(examCase, 'ml-exam not built yet');
    } else {
      await test(
        examCase,
        async () => {
          const exam = page.locator('ml-exam');
          const start = exam.getByRole('button', { name: 'Start exam', exact: true });
          const size = await start.boundingBox();
          assert(
            size && size.width >= 40 && size.height >= 24,
            `"Start exam" is not a visible button: ${JSON.stringify(size)}`,
          );
          await start.click();
          await exam.getByText('Question 1 of 59').first().waitFor();
          const q = questionByStem(await exam.locator('legend').first().textContent());
          const role = q.type === 'multiple' ? 'checkbox' : 'radio';
          const option = exam.getByRole(role, { name: optionText(q, q.options[0].id) });
          const box = await option.boundingBox();
          assert(box && box.width > 0 && box.height > 0, 'an exam option input is hidden');
          await exam.getByText(optionText(q, q.options[0].id), { exact: false }).first().click();
          assert(await option.isChecked(), 'clicking the option text did not select it');
          await exam.getByRole('button', { name: 'Submit exam', exact: true }).first().click();
          const dialog = exam.locator('dialog');
          await dialog.waitFor({ state: 'visible' });
          const confirm = await dialog.getByRole('button', { name: 'Submit exam', exact: true }).boundingBox();
          assert(
            confirm && confirm.width >= 40 && confirm.height >= 24,
            `the dialog's "Submit exam" is not a visible button: ${JSON.stringify(confirm)}`,
          );
          await dialog.getByRole('button', { name: 'Return to exam', exact: true }).click();
          await dialog.waitFor({ state: 'hidden' });
          await noProblems(page, hostile.problems);
        },
        hostile.problems,
      );
    }
    await hostile.context.close();
  }

  // ---------------------------------------------------------------------------------------------------------------------
  // The app: examples/app built with Vite from the npm build (lib/), bank set as a property, typed events, labels.
  let appBuilt = false;
  await test('app: vite build of examples/app (imports the ml-quiz package)', async () => {
    const { build } = await import('vite');
    await build({
      configFile: join(root, 'examples/app/vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: appOut, emptyOutDir: true },
    });
    const files = readdirSync(join(appOut, 'assets'));
    assert(
      files.some((f) => f.endsWith('.js')),
      'no JavaScript in the build output',
    );
    // No copying and no base URL: the whole bank loadBank() asks for is emitted by the bundler as one more asset.
    const wholeBank = files.filter((f) => new RegExp(`^${BANK_ID}-[\\w-]+\\.json$`).test(f));
    assertEqual(wholeBank.length, 1, 'emitted files for the whole built-in bank');
    // The npm build names every built-in file with a static new URL(): the bundler emits each as its own file, and
    // inlines none as a data: URL (Vite inlines assets under 4 KiB unless told not to).
    const questionFiles = files.filter((f) => /^dep-strategy-001-[\w-]+\.json$/.test(f));
    assertEqual(questionFiles.length, 1, 'emitted files for question dep-strategy-001');
    const js = files
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(appOut, 'assets', f), 'utf8'))
      .join('\n');
    assert(!js.includes('data:application/json'), 'built-in content inlined into the JavaScript as a data: URL');
    appBuilt = true;
  });

  if (appBuilt) {
    await test('app: bank from loadBank and a bank built in code, label overrides, typed events update the score', async () => {
      const app = await openPage('/app/');
      const { page } = app;
      const deck = page.locator('#deck ml-quiz');
      const check = deck.getByRole('button', { name: 'Check my answer', exact: true });
      await check.waitFor();
      const q = questionByStem(await deck.locator('legend').first().textContent());
      assert(q.objective.startsWith('dep.'), `the deck shows ${q.id}, not a Model Deployment question`);
      await deck.getByText('1 of 3').first().waitFor();
      assertEqual(await answerCard(deck, q, q.answer, { check: 'Check my answer' }), 'Correct', 'verdict in the deck');
      await page.locator('#score').getByText('1 of 1 correct').waitFor();
      await deck.getByRole('button', { name: 'Next question', exact: true }).waitFor();

      const team = page.locator('#team ml-quiz');
      const teamQuestion = {
        type: 'single',
        options: [
          { id: 'a', text: '`0` percent of traffic' },
          { id: 'b', text: '`50` percent of traffic' },
        ],
      };
      assertEqual(await answerCard(team, teamQuestion, ['b']), 'Incorrect', 'verdict of the in-code bank card');
      await page.locator('#score').getByText('1 of 2 correct').waitFor();
      await page.locator('#log').getByText('team-rollout-001: incorrect (b)').waitFor();
      await page
        .locator('#log')
        .getByText(/loaded .* \(\d+ questions\)/)
        .waitFor();

      const paths = app.requestsSince().map((r) => r.path);
      assert(
        paths.some((p) => new RegExp(`^/app/assets/${BANK_ID}-[\\w-]+\\.json$`).test(p)),
        `the whole bank was not fetched from the app's own assets: ${paths.filter((p) => p.endsWith('.json')).join(', ')}`,
      );
      await noProblems(page, app.problems);
      await app.context.close();
    });
  } else {
    skip(
      'app: bank from loadBank and a bank built in code, label overrides, typed events update the score',
      'the app did not build',
    );
  }

  // ---------------------------------------------------------------------------------------------------------------------
  // The standalone entry loads only what the page uses, nothing while idle, and a chunk that fails is not retried.
  await test('standalone: nothing loads while idle; a chunk that fails to load is fetched once, not in a loop', async () => {
    const blog = await openPage('/blog/');
    const { page } = blog;
    await page.locator('ml-quiz').first().getByRole('button', { name: 'Check answer' }).waitFor();
    const before = blog.requestsSince().length;
    await page.waitForTimeout(2500);
    const idle = blog
      .requestsSince()
      .slice(before)
      .map((r) => r.path);
    assertEqual(JSON.stringify(idle), '[]', 'requests while the page was idle');
    // The checklist's code now fails to load: adding <ml-checklist> elements asks for it once.
    let asked = 0;
    await page.route(/\/chunks\/ml-checklist-[^/]*\.js$/, (route) => {
      asked += 1;
      return route.fulfill({ status: 404, body: 'gone' });
    });
    await page.evaluate(async () => {
      for (let i = 0; i < 5; i += 1) {
        document.body.append(document.createElement('ml-checklist'));
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    await page.waitForTimeout(1000);
    assertEqual(asked, 1, 'requests for the failing chunk');
    assert(
      !(await page.evaluate(() => Boolean(customElements.get('ml-checklist')))),
      'ml-checklist defined from a 404',
    );
    // Each of them shows a short message in its place, not a 0-px box (issue 15 item 9).
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('ml-checklist')].map((el) => ({
        text: el.textContent.trim(),
        height: el.getBoundingClientRect().height,
      })),
    );
    assertEqual(shown.length, 5, 'ml-checklist elements added');
    for (const { text, height } of shown) {
      assertEqual(
        text,
        'This content could not be loaded. Check your connection and reload the page.',
        'message in place of the element',
      );
      assert(height > 0, 'an element whose code failed to load is a 0-px box');
    }
    await blog.context.close();
  });
} catch (error) {
  fail('end-to-end run (unexpected error)', error);
} finally {
  await browser?.close().catch(() => {});
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
finish();
