#!/usr/bin/env node
/**
 * Checks every story of the built Storybook in headless Chromium: it renders, its play function finishes, nothing goes
 * wrong on the way (console errors, page errors, failed or HTTP-error requests, Storybook's error display), and axe-core
 * finds no WCAG 2.1 A/AA or best-practice violation in the rendered page (axe pierces open shadow roots).
 *   npm run build-storybook && node scripts/check-stories.mjs [--dir storybook-static] [--port 8401] [--filter text]
 *
 * A failed request is accepted only when the story shows it: an error panel (role="alert") inside an ml-* element
 * names its URL (a story of a bank URL that does not exist). A story can also declare what it expects to fail:
 *   parameters: { checks: { expectedFailedRequests: ['/no-such-bank.json'], expectedConsoleErrors: ['…'] } }
 * (substrings of the URL / the message); a declared failure that does not happen is a failure too.
 *
 * Every story is checked in four modes (--modes to choose): light and dark at 1000 px (the toolbar's theme global and
 * prefers-color-scheme), phone at 320 px (where the page must not scroll sideways either), and forced colours
 * (forced-colors: active, as Windows High Contrast). Each story × mode is one check, named `id [mode]`; light, phone
 * and forced colours are checked on one page load (viewport and media emulation change in place), dark on another.
 *
 * Prints one line per check (✓ / ✗ id [mode] — reason) and ends with "N passed, N failed"; exits 1 on any failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(opt('dir', 'storybook-static'));
const firstPort = Number(opt('port', process.env.CHECK_STORIES_PORT || 8401));
const filter = opt('filter', '');
// Pages at a time: more than 3 made the heavy exam stories time out on a 2-CPU machine.
const CONCURRENCY = Number(opt('concurrency', 3));
const MODES = {
  light: { viewport: { width: 1000, height: 800 }, colorScheme: 'light', theme: 'light' },
  dark: { viewport: { width: 1000, height: 800 }, colorScheme: 'dark', theme: 'dark' },
  phone: { viewport: { width: 320, height: 640 }, colorScheme: 'light', theme: 'light', noSideways: true },
  forced: { viewport: { width: 1000, height: 800 }, colorScheme: 'light', theme: 'light', forcedColors: 'active' },
};
const modes = opt('modes', Object.keys(MODES).join(',')).split(',');
for (const m of modes) {
  if (!MODES[m]) {
    console.error(`unknown mode "${m}" (known: ${Object.keys(MODES).join(', ')})`);
    process.exit(1);
  }
}
// Seconds a story may take to settle (its play function included); raise it on a loaded machine.
const STORY_TIMEOUT = Number(opt('timeout', 15)) * 1000;
// About the Storybook iframe page, not our elements: the story canvas is not a landmark and has no h1.
const IGNORED_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];

if (!existsSync(join(root, 'index.json')) || !existsSync(join(root, 'iframe.html'))) {
  console.error(`${root} has no built Storybook (index.json / iframe.html missing): run npm run build-storybook first`);
  process.exit(1);
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story' && (!filter || e.id.includes(filter)))
  .sort((a, b) => a.id.localeCompare(b.id));
if (stories.length === 0) {
  console.error(`no stories found in ${join(root, 'index.json')}${filter ? ` matching "${filter}"` : ''}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// ---- the built Storybook over HTTP (scripts/serve-static.mjs). axe-core is served from a URL, not injected as text,
// and everything may be cached: one short run over a fixed build, so later pages reuse scripts and their compiled code.
const AXE_DIR = '/__check-stories/';
const { url: origin, close: closeServer } = await listen((port) =>
  serveStatic({
    port,
    mounts: { '/': root, [AXE_DIR]: dirname(axePath) },
    headers: { '/': { 'Cache-Control': 'max-age=3600' } },
  }),
);

/** Starts a server on the first free port from --port on. */
async function listen(start) {
  for (let port = firstPort; ; port += 1) {
    try {
      return await start(port);
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' || port >= firstPort + 20) throw error;
    }
  }
}

// ---- in-page probes (run inside the story iframe) ----

/** Phase of the current render, error display, and the state of every ml-* element (also inside shadow roots). */
function probe() {
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  const elements = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('ml-')) elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const canvas = document.querySelector('#storybook-root');
  if (canvas) walk(canvas);
  let signature = canvas ? canvas.innerHTML.length : 0;
  const alerts = [];
  let loading = 0;
  let pending = 0;
  let undefinedTags = 0;
  for (const el of elements) {
    if (!customElements.get(el.localName)) undefinedTags += 1;
    if (el.isUpdatePending) pending += 1;
    if (el.shadowRoot) {
      signature = (signature * 31 + el.shadowRoot.innerHTML.length) % 1e9;
      if (el.shadowRoot.querySelector('.loading')) loading += 1;
      for (const alert of el.shadowRoot.querySelectorAll('[role="alert"]')) alerts.push(alert.textContent ?? '');
    }
  }
  return {
    phase: render?.phase ?? null,
    storyId: render?.id ?? render?.story?.id ?? null,
    errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
    errorText: document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? '').trim().slice(0, 300)
      : '',
    elements: elements.length,
    loading,
    pending,
    undefinedTags,
    signature,
    alerts,
    checks: render?.story?.parameters?.checks ?? null,
  };
}

async function runAxe(ignored) {
  const result = await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: Object.fromEntries(ignored.map((r) => [r, { enabled: false }])),
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
  }));
}

// ---- one story ----
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const FINAL = new Set(['finished', 'errored', 'aborted']);

async function checkStory(context, story, pageModes) {
  const [mode, ...alsoOnPage] = pageModes;
  const more = [];
  const page = await context.newPage();
  const problems = [];
  const consoleErrors = [];
  const badRequests = [];
  const inflight = new Set();
  const ignorable = (url) => /\/favicon[^/]*$/.test(new URL(url).pathname);
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push({ text: msg.text(), url: msg.location()?.url ?? '' });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
  page.on('request', (r) => inflight.add(r));
  page.on('requestfinished', async (r) => {
    inflight.delete(r);
    const response = await r.response().catch(() => null);
    if (response && response.status() >= 400 && !ignorable(r.url()))
      badRequests.push(`HTTP ${response.status()} ${r.url().replace(origin, '')}`);
  });
  page.on('requestfailed', (r) => {
    inflight.delete(r);
    if (!ignorable(r.url()))
      badRequests.push(`request failed (${r.failure()?.errorText ?? '?'}) ${r.url().replace(origin, '')}`);
  });

  const started = Date.now();
  // A story that hangs the page (an endless loop) must not hang the check: close the page, which fails what waits on it.
  let hung = false;
  const guard = setTimeout(
    () => {
      hung = true;
      void page.close().catch(() => {});
    },
    STORY_TIMEOUT * 3 + 20000,
  );
  try {
    const globals = `&globals=theme:${MODES[mode].theme}`;
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${globals}`, {
      waitUntil: 'load',
      timeout: STORY_TIMEOUT * 2,
    });
    // Settled: the render finished (play function included), no request in flight, no Lit update pending, and either
    // no element is still loading (then two equal looks in a row) or nothing has changed for a second (a story that
    // shows the loading state on purpose).
    let last = null;
    let stableSince = Date.now();
    let state;
    for (;;) {
      state = await page.evaluate(probe);
      if (state.errorDisplay) break;
      const key = JSON.stringify([state.signature, state.loading, state.elements]);
      if (key !== last) {
        last = key;
        stableSince = Date.now();
      }
      const done = FINAL.has(state.phase) && inflight.size === 0 && state.pending === 0;
      const stableFor = Date.now() - stableSince;
      if (done && ((state.loading === 0 && stableFor >= 150) || stableFor >= 1000)) break;
      if (Date.now() - started > STORY_TIMEOUT) {
        problems.push(
          `not settled after ${STORY_TIMEOUT / 1000} s (phase ${state.phase}, ${inflight.size} requests in flight, ` +
            `${state.pending} updates pending, ${state.loading} loading)`,
        );
        break;
      }
      await sleep(50);
    }
    // Let updates triggered by the last look finish.
    await page.evaluate(async () => {
      const all = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.localName.startsWith('ml-') && el.updateComplete) all.push(el.updateComplete);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      await Promise.all(all);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });

    if (state.errorDisplay) problems.push(`Storybook error display: ${state.errorText || '(no message)'}`);
    if (state.phase === 'errored') problems.push('the story or its play function threw');
    if (state.elements === 0) problems.push('no ml-* element rendered');
    if (state.undefinedTags) problems.push(`${state.undefinedTags} ml-* element(s) never defined`);

    const checks = state.checks ?? {};
    const expectedRequests = checks.expectedFailedRequests ?? [];
    const expectedConsole = checks.expectedConsoleErrors ?? [];
    const seenExpected = new Set();
    for (const r of badRequests) {
      const hit = expectedRequests.find((s) => r.includes(s));
      if (hit) seenExpected.add(hit);
      else if (!state.alerts.some((text) => text.includes(r.split(' ').pop())))
        problems.push(`${r} (and no error panel names it)`);
    }
    for (const s of expectedRequests)
      if (!seenExpected.has(s)) problems.push(`expected a failed request to ${s}, saw none`);
    for (const { text, url } of consoleErrors) {
      // Chromium logs every HTTP error response as a console error; those are judged as requests above.
      if (
        /^Failed to load resource/.test(text) &&
        (ignorable(url) || expectedRequests.some((s) => url.includes(s)) || badRequests.length)
      )
        continue;
      if (expectedConsole.some((s) => text.includes(s))) continue;
      problems.push(`console error: ${text.split('\n')[0].slice(0, 200)}`);
    }

    if (!state.errorDisplay) await page.addScriptTag({ url: `${AXE_DIR}axe.min.js` });
    await inspect(page, mode, state, problems);
    // Modes that differ only in viewport or media emulation reuse this page: same story, re-laid out, checked again.
    for (const other of alsoOnPage) {
      const otherProblems = [];
      const { viewport, colorScheme, forcedColors = 'none' } = MODES[other];
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme, forcedColors });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await inspect(page, other, state, otherProblems);
      more.push({ id: `${story.id} [${other}]`, problems: otherProblems });
    }
  } catch (error) {
    problems.push(
      hung
        ? `the page stopped responding (no answer within ${(STORY_TIMEOUT * 3) / 1000 + 20} s)`
        : `check crashed: ${String(error?.message ?? error).split('\n')[0]}`,
    );
  } finally {
    clearTimeout(guard);
    await page.close().catch(() => {});
  }
  // A load that failed fails every mode that shared it.
  const shared = problems.length && more.length < alsoOnPage.length;
  const rest = alsoOnPage
    .slice(more.length)
    .map((m) => ({ id: `${story.id} [${m}]`, problems: shared ? problems : [] }));
  return [{ id: `${story.id} [${mode}]`, problems }, ...more, ...rest];
}

/** The checks that need a rendered page: no sideways scrolling (phone), and axe. */
async function inspect(page, mode, state, problems) {
  if (MODES[mode].noSideways) {
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement.scrollWidth,
      clientWidth: document.scrollingElement.clientWidth,
    }));
    if (scrollWidth > clientWidth)
      problems.push(`the page scrolls sideways at ${clientWidth} px (content ${scrollWidth} px wide)`);
  }
  if (!state.errorDisplay) {
    const violations = await page.evaluate(runAxe, IGNORED_RULES);
    for (const v of violations) problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
  }
}

// ---- all stories, a few at a time, one browser ----
const t0 = Date.now();
const browser = await launchChromium();
const results = [];
let next = 0;
let printed = 0;
/** Prints finished stories in id order (a story is printed once all before it have finished). */
function flush() {
  while (results[printed]) {
    for (const { id, problems } of results[printed++]) {
      console.log(problems.length ? `✗ ${id} — ${problems[0]}` : `✓ ${id}`);
      for (const p of problems.slice(1)) console.log(`    ${p}`);
    }
  }
}
// Modes grouped by the page load they need (the theme global): light, phone and forced colours share one load per
// story (viewport and media emulation change on the same page); dark needs its own. Group by group, so a worker keeps
// one browser context (and its warm cache) at a time.
const groups = [];
for (const mode of modes) {
  const group = groups.find((g) => MODES[g[0]].theme === MODES[mode].theme);
  if (group) group.push(mode);
  else groups.push([mode]);
}
const tasks = groups.flatMap((pageModes) => stories.map((story) => ({ story, pageModes })));
async function worker() {
  // One context per worker and mode (its HTTP cache makes later stories fast); each story starts with empty storage.
  const contexts = new Map();
  const contextFor = async (mode) => {
    if (!contexts.has(mode)) {
      for (const [old, context] of contexts) {
        contexts.delete(old);
        await context.close();
      }
      const { viewport, colorScheme, forcedColors = 'none' } = MODES[mode];
      const context = await browser.newContext({ viewport, colorScheme, forcedColors, reducedMotion: 'reduce' });
      await context.addInitScript(() => {
        try {
          localStorage.clear();
          sessionStorage.clear();
        } catch {
          /* storage unavailable: nothing to clear */
        }
      });
      contexts.set(mode, context);
    }
    return contexts.get(mode);
  };
  while (next < tasks.length) {
    const i = next++;
    const { story, pageModes } = tasks[i];
    results[i] = await checkStory(await contextFor(pageModes[0]), story, pageModes).catch((error) =>
      pageModes.map((mode) => ({
        id: `${story.id} [${mode}]`,
        problems: [`check crashed: ${String(error?.message ?? error).split('\n')[0]}`],
      })),
    );
    flush();
  }
  for (const context of contexts.values()) await context.close();
}
try {
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, tasks.length) }, worker));
} finally {
  await browser.close();
  await closeServer();
}
const checks = results.flat();
const failed = checks.filter((r) => r.problems.length).length;
console.log(`stories checked in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
