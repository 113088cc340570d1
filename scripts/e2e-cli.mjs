/**
 * End-to-end check of the package's CLI as an author gets it: packs the package (`npm pack`), installs the tarball in
 * an empty project, and runs `npx ml-quiz validate` and `npx ml-quiz scorm` there on bank folders of test/fixtures/cli.
 * Prints "N passed, N failed".
 *
 *   npm run build && node scripts/e2e-cli.mjs
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let passed = 0;
let failed = 0;

async function check(name, body) {
  try {
    await body();
    passed += 1;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(
      `  ✗ ${name}\n      ${String(error?.message ?? error)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const work = mkdtempSync(join(tmpdir(), 'ml-quiz-cli-'));
try {
  for (const built of ['lib/cli/index.js', 'dist/ml-quiz.js', 'dist/banks/databricks-ml-professional.json']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  console.log(`packing and installing into ${work}`);
  const pack = run('npm', ['pack', '--silent', '--pack-destination', work], root);
  const tarball = pack.out.trim().split('\n').pop();
  const project = join(work, 'author');
  cpSync(join(root, 'test/fixtures/cli'), project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'author', private: true, type: 'module' }));
  const install =
    pack.status === 0
      ? run(
          'npm',
          ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', join(work, tarball)],
          project,
        )
      : pack;
  const npx = (...args) => run('npx', ['--no-install', 'ml-quiz', ...args], project);

  await check('npm pack, then npm install of the tarball in an empty project', async () => {
    assert(pack.status === 0, `npm pack exited ${pack.status}: ${pack.out}`);
    assert(install.status === 0, `npm install exited ${install.status}: ${install.out}`);
    assert(
      existsSync(join(project, 'node_modules/.bin/ml-quiz')),
      'no node_modules/.bin/ml-quiz: the package has no bin',
    );
  });

  await check('validate: a good folder exits 0 and prints its counts', async () => {
    const { status, out } = npx('validate', 'good-bank');
    assert(status === 0, `exit ${status}:\n${out}`);
    assert(out.includes('good-bank (3 files)'), `no file count:\n${out}`);
    assert(/✓ valid: 9 questions, \d+ warnings?/.test(out), `no question count:\n${out}`);
  });

  await check('validate --strict: lint warnings fail, each with its path', async () => {
    const { status, out } = npx('validate', '--strict', 'good-bank');
    assert(status === 1, `exit ${status}, expected 1:\n${out}`);
    assert(
      out.includes('warning objectives[id=dep.t.1]: has 2 questions, fewer than 3'),
      `no objective warning:\n${out}`,
    );
  });

  await check('validate: a broken folder exits 1 and names the file and the path', async () => {
    const { status, out } = npx('validate', 'broken-bank');
    assert(status === 1, `exit ${status}, expected 1:\n${out}`);
    const line =
      'error broken-bank/questions.json: questions[id=dev-q1].answer[0]: expected one of the question\'s option ids (a, b, c, d), found "f"';
    assert(out.includes(line), `expected the line\n  ${line}\nin:\n${out}`);
  });

  await check('validate: one bank file, and a folder whose name is not its bank id', async () => {
    const file = npx('validate', 'good-bank/questions.json');
    assert(
      file.status === 1 && /error .*questions\.json: id: expected a string, found nothing/.test(file.out),
      `a lone questions file should lack id:\n${file.out}`,
    );
    cpSync(join(project, 'good-bank'), join(project, 'renamed'), { recursive: true });
    const renamed = npx('validate', 'renamed');
    assert(renamed.status === 1, `exit ${renamed.status}, expected 1:\n${renamed.out}`);
    assert(
      renamed.out.includes(
        'error renamed/bank.json: id: expected the folder\'s name "renamed" as the bank id, found "good-bank"',
      ),
      renamed.out,
    );
  });

  await check('validate --stats: counts and shape-cue figures for the bank, each domain and each file', async () => {
    const { status, out } = npx('validate', '--stats', 'good-bank');
    assert(status === 0, `exit ${status}:\n${out}`);
    for (const row of [
      'shape cues',
      'whole bank',
      'domain dev',
      'domain dep',
      'file questions.json',
      'by objective:',
    ]) {
      assert(out.includes(row), `no "${row}" in:\n${out}`);
    }
  });

  await check('scorm: packages a built-in bank from the installed package’s dist/', async () => {
    const { status, out } = npx(
      'scorm',
      '--bank',
      'databricks-ml-professional',
      '--version',
      '1.2',
      '--out',
      'builtin.zip',
    );
    assert(status === 0, `exit ${status}:\n${out}`);
    const zip = unzipSync(readFileSync(join(project, 'builtin.zip')));
    for (const name of ['imsmanifest.xml', 'index.html', 'ml-quiz.js', 'banks/databricks-ml-professional.json'])
      assert(zip[name], `${name} missing from the zip`);
  });

  await check('scorm: packages an author’s own folder (validated first), and refuses a broken one', async () => {
    const good = npx('scorm', '--bank', 'good-bank', '--version', '2004', '--out', 'own.zip');
    assert(good.status === 0, `exit ${good.status}:\n${good.out}`);
    const zip = unzipSync(readFileSync(join(project, 'own.zip')));
    assert(zip['banks/good-bank.json'], 'banks/good-bank.json missing from the zip');
    assert(
      new TextDecoder().decode(zip['index.html']).includes('./banks/good-bank.json'),
      'the launch page does not load the packaged bank',
    );
    const broken = npx('scorm', '--bank', 'broken-bank', '--version', '2004', '--out', 'broken.zip');
    assert(
      broken.status === 1 && broken.out.includes('questions[id=dev-q1].answer[0]'),
      `exit ${broken.status}:\n${broken.out}`,
    );
    assert(!existsSync(join(project, 'broken.zip')), 'a zip was written for a broken bank');
  });

  await check('an unknown command exits 2 with the usage', async () => {
    const { status, out } = npx('frobnicate');
    assert(status === 2 && out.includes('Usage: ml-quiz validate'), `exit ${status}:\n${out}`);
  });
} catch (error) {
  failed += 1;
  console.log(`  ✗ ${error.message}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
