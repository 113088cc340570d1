#!/usr/bin/env node
/**
 * A screenshot of every story of the built Storybook (every state of every element) at phone and desktop widths, in
 * light, dark and forced colours, for looking at what we build:
 *
 *   npm run screenshots                     (builds Storybook first; PNGs and an index.html in screenshots/)
 *   node scripts/screenshots.mjs [--filter ml-exam] [--widths 375,1280] [--schemes light,dark,forced] [--dir storybook-static]
 *                                [--out screenshots] [--max-height 6000]
 *
 * Each story is shot after its play function finished and its elements settled (no update pending, nothing loading).
 * Open screenshots/index.html to see the whole set side by side. Prints one line per story and the number of files.
 */
import { mkdirSync, writeFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = resolve(opt('dir', 'storybook-static'));
const out = resolve(opt('out', 'screenshots'));
const filter = opt('filter', '');
const widths = opt('widths', '320,375,1280').split(',').map(Number);
const schemes = opt('schemes', 'light,dark,forced').split(',');
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`${dir} has no built Storybook: run npm run build-storybook first (npm run screenshots does)`);
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).entries)
  .filter((e) => e.type === 'story' && (!filter || e.id.includes(filter)))
  .sort((a, b) => a.id.localeCompare(b.id));

let server;
for (let port = 8421; !server && port < 8440; port += 1) {
  server = await serveStatic({ port, mounts: { '/': dir } }).catch((e) =>
    e?.code === 'EADDRINUSE' ? undefined : Promise.reject(e),
  );
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const browser = await launchChromium();

/** Waits until every ml-* element (also nested in shadow roots) has no pending update and shows no loading text. */
async function settle(page) {
  await page
    .waitForFunction(
      () => {
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        if (!render || !['finished', 'errored', 'aborted'].includes(render.phase)) return false;
        const walk = (node, acc) => {
          for (const el of node.querySelectorAll('*')) {
            if (el.localName.startsWith('ml-')) acc.push(el);
            if (el.shadowRoot) walk(el.shadowRoot, acc);
          }
          return acc;
        };
        return walk(document, []).every((el) => !el.isUpdatePending && !el.shadowRoot?.querySelector('.loading'));
      },
      null,
      { timeout: 10_000, polling: 100 },
    )
    .catch(() => {});
  await page.waitForTimeout(150);
}

const shots = [];
const failures = [];
const MAX_HEIGHT = Number(opt('max-height', 6000));
for (const story of stories) {
  let count = 0;
  for (const scheme of schemes) {
    const context = await browser.newContext({
      viewport: { width: widths[0], height: 800 },
      colorScheme: scheme === 'dark' ? 'dark' : 'light',
      forcedColors: scheme === 'forced' ? 'active' : 'none',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(
        `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=theme:${scheme === 'dark' ? 'dark' : 'light'}`,
        { waitUntil: 'load' },
      );
      await settle(page);
      const file = `${story.id}--${width}-${scheme}.png`;
      // A long page (a 59-question review is 80,000 px at phone width) is cut at MAX_HEIGHT: a PNG that tall helps
      // nobody, and Chromium times out making it. A shot that fails is named and the run goes on.
      try {
        const height = await page.evaluate(() => document.scrollingElement.scrollHeight);
        await page.screenshot({
          path: join(out, file),
          fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) },
        });
        shots.push({ story: story.id, title: `${story.title} / ${story.name}`, width, scheme, file });
        count += 1;
      } catch (error) {
        failures.push(`${file}: ${String(error?.message ?? error).split('\n')[0]}`);
        console.log(`✗ ${file} — ${failures.at(-1)}`);
      }
    }
    await context.close();
  }
  console.log(`✓ ${story.id} (${count})`);
}
await browser.close();
await server.close();

const rows = [...new Set(shots.map((s) => s.story))].map((id) => {
  const mine = shots.filter((s) => s.story === id);
  return `<section><h2>${mine[0].title}</h2><div class="row">${mine
    .map(
      (s) =>
        `<figure><img loading="lazy" src="${s.file}" alt="${s.title}, ${s.width} px, ${s.scheme}" /><figcaption>${s.width} px · ${s.scheme}</figcaption></figure>`,
    )
    .join('')}</div></section>`;
});
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>ml-quiz screenshots</title><style>body{font:14px system-ui;margin:1rem}.row{display:flex;gap:12px;overflow-x:auto;align-items:flex-start}figure{margin:0}img{max-width:420px;border:1px solid #ccc}</style><h1>ml-quiz: every story</h1>${rows.join('')}`,
);
console.log(`${shots.length} screenshots of ${stories.length} stories in ${out}/ (open index.html)`);
if (failures.length) {
  console.log(`${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
