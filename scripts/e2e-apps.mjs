#!/usr/bin/env node
/**
 * The example apps (examples/vite-app, react-app, vue-app, webpack-app, esbuild-app, rollup-app) installed as a user would: from the packed
 * tarball (`npm pack`), with their own dependencies from the registry (cached: --prefer-offline), into a temporary
 * folder. For each app: its type check if it has one (tsc / vue-tsc, whose `@ts-expect-error` lines prove wrong props
 * and wrong detail fields fail), its production build (no JSON inlined as `data:` URLs, no webpack "Critical
 * dependency"), then Chromium on the built files: the question shows, an answer fires a typed `ml-answer` the app
 * prints, the card's own question file was fetched as a file and the whole bank never was. The Vite app is also
 * checked under `vite` (dev server). esbuild and plain Rollup emit no `new URL('…', import.meta.url)` assets on their own
 * (evanw/esbuild#795; Rollup needs a plugin): their apps prove the README's recipes, esbuild with one plugin (the
 * question's file emitted as an asset), Rollup with the content folder copied and setBanksBaseUrl().
 *
 *   npm run build && node scripts/e2e-apps.mjs [--no-browser] [--keep] [vite-app react-app vue-app webpack-app …]
 *
 * One line per case (✓ / ✗), then `N passed, N failed`; exits non-zero when a case failed.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BANK_ID = 'databricks-ml-professional';
const QUESTION = 'dev-scale-005';
// --no-browser: install, type-check and build only (a quicker local check).
const noBrowser = process.argv.includes('--no-browser');
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const apps = named.length ? named : ['vite-app', 'react-app', 'vue-app', 'webpack-app', 'esbuild-app', 'rollup-app'];
let passed = 0;
let failed = 0;

/** Counts a case and writes its line to `out` (an app's block, printed when the app is done) or the console. */
function report(name, error, out = { push: (line) => console.log(line) }) {
  if (error) {
    failed += 1;
    out.push(
      `✗ ${name}\n    ${String(error instanceof Error ? error.message : error)
        .split('\n')
        .slice(0, 12)
        .join('\n    ')}`,
    );
  } else {
    passed += 1;
    out.push(`✓ ${name}`);
  }
}
/** Runs one case; its line says how long it took (for whoever tunes CI; nothing asserts it). */
async function check(name, body, out) {
  const started = Date.now();
  const took = () => ` (${((Date.now() - started) / 1000).toFixed(0)} s)`;
  try {
    await body();
    report(name + took(), undefined, out);
    return true;
  } catch (error) {
    report(name + took(), error, out);
    return false;
  }
}
/** Runs a command without blocking the other apps' work; resolves to its output, rejects with its tail. */
function run(cmd, args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else
        reject(
          new Error(`${cmd} ${args.join(' ')} exited ${code}\n${output.trim().split('\n').slice(-15).join('\n')}`),
        );
    });
  });
}

const wholeBank = join(root, 'dist', 'banks', `${BANK_ID}.json`);
if (!existsSync(join(root, 'lib', 'index.js')) || !existsSync(wholeBank)) {
  report('built files present', 'lib/ or dist/ missing: run `npm run build` first');
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}
const wholeBankBytes = statSync(wholeBank).size;
const work = mkdtempSync(join(tmpdir(), 'ml-quiz-apps-'));
const packed = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', work], root))[0];
const tarball = join(work, packed.filename);
console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB`);

const browser = await launchChromium();

/** Opens the app, answers the question, returns what it saw; throws with the page's complaints. */
async function exercise(url) {
  const page = await browser.newPage();
  const problems = [];
  const responses = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // The browser asks for /favicon.ico on its own; the Vite dev server answers 404 (the apps have no icon): not ours.
  const ours = (m) => !new URL(m.location().url || 'about:blank').pathname.endsWith('/favicon.ico');
  page.on(
    'console',
    (m) => m.type() === 'error' && ours(m) && problems.push(`console.error: ${m.text()} (${m.location().url})`),
  );
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', async (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
    const type = r.headers()['content-type'] ?? '';
    if (!/\.json$/.test(new URL(r.url()).pathname) && !type.includes('json')) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    let id;
    try {
      id = JSON.parse(body.toString('utf8'))?.id;
    } catch {
      /* not JSON: counted by size only */
    }
    responses.push({ url: r.url(), bytes: body.length, id });
  });
  page.on(
    'request',
    (r) =>
      r.url().startsWith('data:') &&
      r.url().includes('json') &&
      problems.push(`content as a data: URL (${r.url().slice(0, 60)}…)`),
  );
  try {
    await page.goto(url, { waitUntil: 'load' });
    const quiz = page.locator('ml-quiz:not([hidden])').first();
    const legend = quiz.locator('legend');
    await legend
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .catch(() => {
        throw new Error(`the question never showed${problems.length ? `:\n${problems.join('\n')}` : ''}`);
      });
    await quiz.getByRole('radio').first().check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await quiz.locator('[part~="verdict"]').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelector('#events')?.textContent?.startsWith('ml-answer'), null, {
      timeout: 5_000,
    });
    const line = (await page.locator('#events').textContent()).trim();
    if (!new RegExp(`^ml-answer ${QUESTION} \\[[a-f]\\] (correct|incorrect)$`).test(line))
      throw new Error(`the app printed "${line}"`);
    if (problems.length) throw new Error(problems.join('\n'));
    const whole = responses.filter((r) => r.bytes >= wholeBankBytes / 2);
    if (whole.length)
      throw new Error(`fetched the whole bank for one card: ${whole.map((r) => `${r.url} (${r.bytes} B)`).join(', ')}`);
    if (!responses.length) throw new Error('no content file was fetched (inlined into JavaScript?)');
    // The card's own question file, whatever the bundler named it (Vite: dev-scale-005-<hash>.json, webpack: <hash>.json).
    if (!responses.some((r) => r.id === QUESTION))
      throw new Error(
        `the question's own file was not fetched; fetched: ${responses.map((r) => `${r.url} (id ${r.id})`).join(', ')}`,
      );
    return responses;
  } finally {
    await page.close();
  }
}

function freePortServer(dir) {
  return (async () => {
    for (let port = 8341; port < 8360; port += 1) {
      try {
        return await serveStatic({ port, mounts: { '/': dir } });
      } catch (error) {
        if (error?.code !== 'EADDRINUSE') throw error;
      }
    }
    throw new Error('no free port from 8341 to 8359');
  })();
}

/** One app, start to end; its lines go to `out`. */
async function pipeline(app, out) {
  const dir = join(work, app);
  cpSync(join(root, 'examples', app), dir, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|dist)$/.test(src),
  });
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.dependencies['ml-quiz'] = `file:${tarball}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  const installed = await check(
    `${app}: npm install (tarball + registry)`,
    () => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir),
    out,
  );
  if (!installed) return;
  if (pkg.scripts.typecheck)
    await check(
      `${app}: type check (strict; @ts-expect-error lines must error)`,
      () => run('npm', ['run', '--silent', 'typecheck'], dir),
      out,
    );
  const bundler = ['webpack', 'esbuild', 'rollup'].find((name) => pkg.devDependencies[name]) ?? 'vite';
  const built = await check(
    `${app}: ${bundler} build`,
    async () => {
      const output = await run('npm', ['run', '--silent', 'build'], dir);
      // webpack's "Critical dependency" marks a `new URL(<expression>, import.meta.url)` it compiled into a module
      // context that throws "Cannot find module" when run.
      const critical = output.split('\n').filter((l) => /Critical dependency/.test(l));
      if (critical.length)
        throw new Error(
          `the build warns of code that fails at run time:\n${output
            .trim()
            .split('\n')
            .filter((l) => /WARNING in .*ml-quiz|Critical dependency/.test(l))
            .join('\n')}`,
        );
      // Warnings about the package's own files (Rollup's "(!)" blocks, esbuild's "[WARNING]"): a user's build should
      // say nothing about ml-quiz (tsc's inline __decorate helper made Rollup warn "this has been rewritten").
      // eslint-disable-next-line no-control-regex -- colour codes some bundlers print even into a pipe
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
      const aboutUs = plain
        .split(/(?=\(!\)|▲ \[WARNING\])/)
        .filter((block) => /^(\(!\)|▲ \[WARNING\])/.test(block) && block.includes('node_modules/ml-quiz/'));
      if (aboutUs.length)
        throw new Error(
          `the build warns about ml-quiz's files:\n${aboutUs.join('\n').split('\n').slice(0, 10).join('\n')}`,
        );
      for (const f of readdirSync(join(dir, 'dist'), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.js'))) {
        if (readFileSync(join(dir, 'dist', f), 'utf8').includes('data:application/json'))
          throw new Error(`${f} inlines JSON as a data: URL`);
      }
    },
    out,
  );
  if (noBrowser) out.push(`- ${app}: in Chromium (skipped: --no-browser)`);
  if (built && !noBrowser) {
    // Vite writes index.html into dist/; the other apps' index.html sits beside dist/ and loads dist/main.js.
    const server = await freePortServer(existsSync(join(dir, 'dist', 'index.html')) ? join(dir, 'dist') : dir);
    await check(
      `${app}: built app in Chromium (question shows, typed ml-answer, content as files)`,
      async () => {
        const seen = await exercise(`${server.url}/`);
        out.push(`    content fetched: ${seen.map((r) => `${r.url.split('/').pop()} ${r.bytes} B`).join(', ')}`);
      },
      out,
    );
    await server.close();
  }
  if (app === 'vite-app' && !noBrowser) {
    await check(
      `${app}: under the Vite dev server`,
      async () => {
        const port = 8361 + Math.floor(Math.random() * 30);
        const child = spawn('npx', ['vite', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
          // Plain output: with colours (CI sets FORCE_COLOR for some runners) the port sits between escape codes.
          env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        try {
          const started = Date.now();
          // eslint-disable-next-line no-control-regex -- terminal colour codes, in case a runner forces them anyway
          const plain = () => output.replace(/\x1b\[[0-9;]*m/g, '');
          while (!plain().includes(`127.0.0.1:${port}`)) {
            if (Date.now() - started > 30_000 || child.exitCode !== null)
              throw new Error(`vite did not start:\n${output}`);
            await new Promise((r) => setTimeout(r, 200));
          }
          await exercise(`http://127.0.0.1:${port}/`);
        } finally {
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            /* already gone */
          }
        }
      },
      out,
    );
  }
}

// The apps run side by side: most of each one's time is spent waiting on npm and the bundlers' I/O. Each app's lines
// print together when it is done.
await Promise.all(
  apps.map(async (app) => {
    const out = [];
    try {
      await pipeline(app, out);
    } catch (error) {
      report(`${app}: the check itself`, error, out);
    }
    console.log(out.join('\n'));
  }),
);

await browser.close();
// The installed apps take a few hundred MB; --keep leaves them for a look at what failed.
if (process.argv.includes('--keep')) console.log(`apps kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
