#!/usr/bin/env node
/**
 * End-to-end check of the SCORM packages: builds a 1.2 and a 2004 package with `npm run scorm`, checks each manifest,
 * serves the unpacked package under a parent "LMS" page that runs scorm-again's real runtime, and sits the exam in
 * the launch page's iframe like a learner. Then asserts what the LMS recorded (score, status, session time,
 * interactions), and that a relaunch mid-exam resumes from suspend_data.
 *
 *   npm run build && node scripts/e2e-scorm.mjs
 *
 * One line per case, then `N passed, N failed`; exits non-zero when a case failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BANK = 'databricks-ml-professional';
const STEP = 10_000;
let passed = 0;
let failed = 0;

async function check(name, run) {
  try {
    await run();
    passed += 1;
    console.log(`✓ ${name}`);
  } catch (error) {
    failed += 1;
    // eslint-disable-next-line no-control-regex -- strip terminal colours from Playwright's messages
    const colours = /\x1b\[[0-9;]*m/g;
    const message = String(error instanceof Error ? error.message : error).replace(colours, '');
    console.log(`✗ ${name}\n    ${message.split('\n').slice(0, 6).join('\n    ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

if (!existsSync(join(root, 'dist', 'ml-quiz.js'))) {
  console.error('dist/ml-quiz.js is missing: run `npm run build` first');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'ml-quiz-scorm-'));
const versions = [
  { version: '1.2', dir: 'scorm12', api: 'API', ctor: 'Scorm12API' },
  { version: '2004', dir: 'scorm2004', api: 'API_1484_11', ctor: 'Scorm2004API' },
];

// The parent "LMS" page: scorm-again's runtime on window, the package's launch page in an iframe. A saved record
// from an earlier session (for relaunch) comes through sessionStorage.
mkdirSync(join(work, 'lms'));
for (const v of versions) {
  writeFileSync(
    join(work, 'lms', `${v.dir}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS ${v.version}</title>
<script src="/scorm-again/scorm-again.min.js"></script>
<script>
  window.${v.api} = new ${v.ctor}({ autocommit: false, logLevel: 5 });
  const saved = sessionStorage.getItem('lms-saved');
  if (saved) window.${v.api}.loadFromJSON(JSON.parse(saved), 'cmi');
  window.record = () => window.${v.api}.renderCMIToJSONObject().cmi;
</script></head>
<body><iframe title="course" src="/pkg/${v.dir}/index.html" style="width:1000px;height:900px;border:0"></iframe></body></html>`,
  );
}

for (const v of versions) {
  const zip = join(work, `${v.dir}.zip`);
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'scripts/scorm.ts'),
      '--bank',
      BANK,
      '--version',
      v.version,
      '--out',
      zip,
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  await check(`scorm ${v.version}: npm run scorm writes a package`, async () => {
    assert(result.status === 0, `scorm exited ${result.status}: ${result.stderr || result.stdout}`);
    const files = unzipSync(readFileSync(zip));
    const out = join(work, 'pkg', v.dir);
    for (const [name, data] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(out, name)), { recursive: true });
      writeFileSync(join(out, name), data);
    }
  });
  await check(`scorm ${v.version}: the manifest has one organization and one SCO whose files all exist`, async () => {
    const manifest = readFileSync(join(work, 'pkg', v.dir, 'imsmanifest.xml'), 'utf8');
    const schemaVersion = /<schemaversion>([^<]+)<\/schemaversion>/.exec(manifest)?.[1];
    assert(schemaVersion === (v.version === '1.2' ? '1.2' : '2004 4th Edition'), `schemaversion ${schemaVersion}`);
    assert((manifest.match(/<organization\b/g) ?? []).length === 1, 'expected one organization');
    const sco =
      /<resource\b[^>]*scorm[tT]ype="sco"[^>]*href="([^"]+)"|<resource\b[^>]*href="([^"]+)"[^>]*scorm[tT]ype="sco"/.exec(
        manifest,
      );
    assert(sco, 'no SCO resource');
    const href = sco[1] ?? sco[2];
    assert(href === 'index.html', `SCO href ${href}`);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    assert(
      listed.includes('index.html') && listed.some((f) => f.startsWith('banks/')),
      'manifest lists the launch page and the bank',
    );
    for (const file of listed) assert(existsSync(join(work, 'pkg', v.dir, file)), `listed file missing: ${file}`);
  });
}

const server = await serveStatic({
  port: 0,
  mounts: {
    '/lms/': join(work, 'lms'),
    '/pkg/': join(work, 'pkg'),
    '/scorm-again/': join(root, 'node_modules/scorm-again/dist'),
  },
  headers: {},
});
const browser = await launchChromium();

async function lmsPage(v, saved) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1000 } });
  if (saved)
    await context.addInitScript((record) => sessionStorage.setItem('lms-saved', record), JSON.stringify(saved));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`${server.url}/lms/${v.dir}.html`);
  const exam = page.frameLocator('iframe').locator('ml-exam');
  await exam.locator('.start, .bar').first().waitFor({ timeout: STEP });
  return { page, exam, problems, context };
}

for (const v of versions) {
  await check(
    `scorm ${v.version}: an exam sat in the package leaves score, status, session time and 59 interactions`,
    async () => {
      const { page, exam, problems, context } = await lmsPage(v);
      await exam.getByRole('button', { name: 'Start exam' }).click();
      for (let i = 0; i < 5; i += 1) {
        await exam.locator('fieldset input').first().check({ timeout: STEP });
        await exam.getByRole('button', { name: 'Next', exact: true }).click();
      }
      await exam.getByRole('button', { name: 'Submit exam' }).first().click();
      await exam.locator('dialog').getByRole('button', { name: 'Submit exam' }).click();
      const verdict = (await exam.locator('[part~="verdict"]').first().textContent({ timeout: STEP })).trim();
      const cmi = await page.evaluate(() => window.record());
      const percentText = (await exam.locator('.percent').textContent()).trim();
      const percent = Number(percentText.replace('%', ''));
      if (v.version === '1.2') {
        assert(
          Math.abs(Number(cmi.core.score.raw) - percent) < 0.06,
          `score.raw ${cmi.core.score.raw} vs shown ${percentText}`,
        );
        assert(cmi.core.score.min === '0' && cmi.core.score.max === '100', 'score range 0–100');
        assert(
          cmi.core.lesson_status === (verdict === 'Passed' ? 'passed' : 'failed'),
          `lesson_status ${cmi.core.lesson_status} for ${verdict}`,
        );
        assert(
          /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(cmi.core.session_time),
          `session_time ${cmi.core.session_time}`,
        );
      } else {
        assert(
          Math.abs(Number(cmi.score.scaled) - percent / 100) < 0.0006,
          `score.scaled ${cmi.score.scaled} vs ${percentText}`,
        );
        assert(
          cmi.success_status === (verdict === 'Passed' ? 'passed' : 'failed'),
          `success_status ${cmi.success_status}`,
        );
        assert(cmi.completion_status === 'completed', `completion_status ${cmi.completion_status}`);
        assert(
          /^P(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(cmi.session_time) || cmi.session_time === 'PT0S',
          `session_time ${cmi.session_time}`,
        );
      }
      const interactions = Object.values(cmi.interactions?.childArray ?? cmi.interactions ?? {});
      assert(interactions.length === 59, `expected 59 interactions, found ${interactions.length}`);
      const results = new Set(interactions.map((i) => i.result));
      const allowed = v.version === '1.2' ? ['correct', 'wrong'] : ['correct', 'incorrect'];
      assert(
        [...results].every((r) => allowed.includes(r)),
        `results ${[...results]}`,
      );
      assert(
        interactions.every((i) => i.type === 'choice'),
        'every interaction is a choice',
      );
      assert(problems.length === 0, problems.join('; '));
      await context.close();
    },
  );

  await check(`scorm ${v.version}: a relaunch mid-exam resumes from suspend_data`, async () => {
    const first = await lmsPage(v);
    await first.exam.getByRole('button', { name: 'Start exam' }).click();
    await first.exam.locator('fieldset input').first().check({ timeout: STEP });
    await first.exam.getByRole('button', { name: 'Next', exact: true }).click();
    await first.exam.getByRole('button', { name: 'Next', exact: true }).click();
    // Leaving the launch page fires pagehide: exit suspend, commit, terminate.
    await first.page.evaluate(() => (document.querySelector('iframe').src = 'about:blank'));
    await first.page.waitForTimeout(300);
    const cmi = await first.page.evaluate(() => window.record());
    const exit = v.version === '1.2' ? cmi.core.exit : cmi.exit;
    assert(exit === 'suspend', `exit ${exit}`);
    assert(typeof cmi.suspend_data === 'string' && cmi.suspend_data.length > 0, 'suspend_data saved');
    assert(
      cmi.suspend_data.length <= (v.version === '1.2' ? 4096 : 64000),
      `suspend_data ${cmi.suspend_data.length} characters`,
    );
    await first.context.close();
    // A new browser profile (no localStorage): only the LMS remembers.
    const saved =
      v.version === '1.2'
        ? { suspend_data: cmi.suspend_data, core: { lesson_status: 'incomplete', entry: 'resume' } }
        : { suspend_data: cmi.suspend_data, completion_status: 'incomplete', entry: 'resume' };
    const second = await lmsPage(v, saved);
    const progress = (await second.exam.locator('[part~="progress"]').textContent({ timeout: STEP }))
      .replace(/\s+/g, ' ')
      .trim();
    assert(progress === 'Question 3 of 59', `resumed at "${progress}"`);
    assert((await second.exam.locator('.navigator button.answered').count()) === 1, 'one answer kept');
    await second.context.close();
  });
}

await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
