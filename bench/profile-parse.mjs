#!/usr/bin/env node
/**
 * Where parseBank's time goes on the first call in a fresh page (cold), and on later calls (warm): a CPU profile from
 * Chromium (CDP Profiler, 50 µs samples) of parseBank on the bench's generated 1,000-question bank, summed by function
 * (self time), over several fresh pages. The validator is bundled unminified from src/ with esbuild, so the names are
 * the source's.
 *
 *   node bench/profile-parse.mjs [--pages 5] [--top 25]
 *
 * Nothing is asserted; it prints the functions that took the most time, cold and warm, beside JSON.parse's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';
import { generateBank } from './generate-bank.mjs';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const PAGES = opt('pages', 5);
const TOP = opt('top', 25);

const work = mkdtempSync(join(tmpdir(), 'ml-quiz-profile-'));
writeFileSync(join(work, 'bank.json'), JSON.stringify(generateBank(1000)));
writeFileSync(join(work, 'index.html'), '<!doctype html><meta charset="utf-8"><title>profile parseBank</title>');
await build({
  entryPoints: [join(repo, 'src/bank/parse.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: false,
  keepNames: true,
  outfile: join(work, 'parse.js'),
  logLevel: 'silent',
});

const server = await serveStatic({ port: 0, mounts: { '/': work } });
const browser = await launchChromium();

/** Self time per function name (ms) from a CDP profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const name =
      `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`.trim();
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return totals;
}

const sum = { cold: new Map(), warm: new Map() };
const walls = { cold: [], warm: [], json: [] };
try {
  for (let p = 0; p < PAGES; p += 1) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.evaluate(async () => {
      window.parser = await import('./parse.js');
      window.text = await (await fetch('./bank.json')).text();
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    for (const phase of ['cold', 'warm']) {
      for (let k = 0; k < (phase === 'cold' ? 1 : 5); k += 1) {
        const input = await page.evaluateHandle(() => JSON.parse(window.text));
        await cdp.send('Profiler.start');
        const wall = await page.evaluate((bank) => {
          const t = performance.now();
          const r = window.parser.parseBank(bank);
          if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
          return performance.now() - t;
        }, input);
        const { profile } = await cdp.send('Profiler.stop');
        walls[phase].push(wall);
        for (const [name, t] of selfTimes(profile)) sum[phase].set(name, (sum[phase].get(name) ?? 0) + t);
        await input.dispose();
      }
    }
    walls.json.push(
      await page.evaluate(() => {
        const t = performance.now();
        JSON.parse(window.text);
        return performance.now() - t;
      }),
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const phase of ['cold', 'warm']) {
  const calls = walls[phase].length;
  console.log(
    `\n${phase}: parseBank median ${median(walls[phase]).toFixed(1)} ms over ${calls} calls (JSON.parse, warm, median ${median(walls.json).toFixed(1)} ms); self time per call:`,
  );
  const rows = [...sum[phase]].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [name, t] of rows) console.log(`  ${(t / calls).toFixed(2).padStart(7)} ms  ${name}`);
}
