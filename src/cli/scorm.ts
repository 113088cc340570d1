/// <reference types="node" />
/**
 * Packages one exam of a bank as a SCORM 1.2 or SCORM 2004 (4th Edition) zip for an LMS:
 *
 *   ml-quiz scorm --bank <bank id | bank folder | bank file> [--exam <exam id>] --version 1.2|2004 [--out <file.zip>] [--dist <dir>]
 *
 * The zip holds imsmanifest.xml (one organization, one item, one SCO resource listing every file), a launch page
 * (index.html + launch.css) with `<ml-exam lms="auto">`, and the built files the page needs: ml-quiz.js, its chunks
 * and banks/<id>.json. The built files come from the installed package's dist/ (or --dist, e.g. the repository's
 * dist/ after `npm run build`). A bank is a built-in id, or an author's bank folder or file, merged and validated
 * first.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { builtInBankIds } from '../bank/registry.js';
import { readBankFolder } from './bank-folder.js';

type Version = '1.2' | '2004';

export const scormUsage = `Usage: ml-quiz scorm --bank <bank id | folder | file> [--exam <exam id>] --version 1.2|2004 [--out <file.zip>] [--dist <dir>]

  --bank     a built-in bank id (e.g. databricks-ml-professional, from <dist>/banks/<id>.json), or the path of a
             bank folder or bank file of your own (merged and validated as \`ml-quiz validate\` does)
  --exam     an exam id of that bank (default: the bank's first exam)
  --version  SCORM version: 1.2 or 2004 (2004 4th Edition)
  --out      the zip to write (default: <bank>-<exam>-scorm<version>.zip)
  --dist     the built files to package (default: the installed package's dist/)`;

/** The package's own built files: dist/ beside lib/ (lib/cli/scorm.js) or src/ (src/cli/scorm.ts). */
const packageDist = fileURLToPath(new URL('../../dist/', import.meta.url));

class UsageError extends Error {}

interface BankInfo {
  id: string;
  title: string;
  version?: string;
  exams: { id: string; title: string; questionCount?: number; durationMinutes?: number; passPercent?: number }[];
}

/** Runs `ml-quiz scorm`; returns the exit code (0 written, 1 failed, 2 wrong usage). */
export function runScorm(argv: readonly string[]): number {
  try {
    writePackage(argv);
    return 0;
  } catch (error) {
    console.error(`scorm: ${(error as Error).message}`);
    if (error instanceof UsageError) console.error(`\n${scormUsage}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function writePackage(argv: readonly string[]): void {
  let args;
  try {
    args = parseArgs({
      options: {
        bank: { type: 'string' },
        exam: { type: 'string' },
        version: { type: 'string' },
        out: { type: 'string' },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      args: [...argv],
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (args.help) {
    console.log(scormUsage);
    return;
  }
  if (!args.bank) throw new UsageError('missing --bank <bank id>');
  const version = parseVersion(args.version);
  const dist = resolve(args.dist ?? packageDist);
  const distShown = shown(dist);

  const entry = join(dist, 'ml-quiz.js');
  if (!existsSync(entry)) {
    throw new Error(
      `${join(distShown, 'ml-quiz.js')} not found: run \`npm run build\` first, or point --dist at the built files.`,
    );
  }

  const own = isBankPath(args.bank) ? readOwnBank(args.bank) : undefined;
  const bank = own?.info ?? readBank(dist, distShown, args.bank);
  const exam = args.exam ? bank.exams.find((e) => e.id === args.exam) : bank.exams[0];
  if (!exam) {
    const known = bank.exams.map((e) => `"${e.id}"`).join(', ') || 'none';
    throw new Error(
      args.exam
        ? `bank "${bank.id}" has no exam "${args.exam}" (its exams: ${known})`
        : `bank "${bank.id}" has no exams to package`,
    );
  }

  // The page's files, in the order the manifest lists them.
  const files = new Map<string, Uint8Array>();
  // A built-in id is found beside ml-quiz.js; another bank is loaded by its relative URL (and validated on load).
  const bankAttr = builtInBankIds().includes(bank.id) && !own ? bank.id : `./banks/${bank.id}.json`;
  files.set('index.html', utf8(launchPage(bank, exam, bankAttr)));
  files.set('launch.css', utf8(LAUNCH_CSS));
  files.set('ml-quiz.js', readFileSync(entry));
  for (const file of listFiles(join(dist, 'chunks'))) {
    if (file.endsWith('.map')) continue;
    files.set(posix.join('chunks', file), readFileSync(join(dist, 'chunks', file)));
  }
  files.set(`banks/${bank.id}.json`, own ? utf8(own.json) : readFileSync(join(dist, 'banks', `${bank.id}.json`)));
  // A built-in bank's split (index and a file per question): what the elements fetch instead of the whole file.
  if (!own) {
    for (const file of listFiles(join(dist, 'banks', bank.id))) {
      files.set(posix.join('banks', bank.id, file), readFileSync(join(dist, 'banks', bank.id, file)));
    }
  }
  warnAboutMissingImports(files);

  const manifest =
    version === '1.2' ? manifest12(bank, exam, [...files.keys()]) : manifest2004(bank, exam, [...files.keys()]);
  const zip: Zippable = { 'imsmanifest.xml': [utf8(manifest), { level: 9 }] };
  for (const [name, data] of files) zip[name] = [data, { level: 9 }];
  const archive = zipSync(zip);

  const out = resolve(args.out ?? `${bank.id}-${exam.id}-scorm${version === '1.2' ? '12' : '2004'}.zip`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, archive);

  const rows: [string, number][] = [
    ['imsmanifest.xml', utf8(manifest).length],
    ...[...files].map(([n, d]): [string, number] => [n, d.length]),
  ];
  const width = Math.max(...rows.map(([n]) => n.length));
  console.log(
    `Wrote ${shown(out)}: SCORM ${version === '1.2' ? '1.2' : '2004 4th Edition'}, exam "${exam.id}" of bank "${bank.id}"`,
  );
  for (const [name, size] of rows) console.log(`  ${name.padEnd(width)}  ${formatSize(size).padStart(9)}`);
  console.log(
    `  ${rows.length} files, ${formatSize(rows.reduce((s, [, n]) => s + n, 0))} → ${formatSize(archive.length)} zipped`,
  );
}

function parseVersion(value: string | undefined): Version {
  switch ((value ?? '').trim().toLowerCase()) {
    case '1.2':
    case '12':
    case 'scorm12':
      return '1.2';
    case '2004':
    case 'scorm2004':
      return '2004';
    case '':
      throw new UsageError('missing --version 1.2|2004');
    default:
      throw new UsageError(`--version must be 1.2 or 2004, found "${value}"`);
  }
}

/** A path to a bank folder or a .json file (rather than a built-in id). */
function isBankPath(value: string): boolean {
  return existsSync(value) && (statSync(value).isDirectory() || value.endsWith('.json'));
}

/** An author's bank folder or file, merged and validated as `ml-quiz validate` does; errors stop the packaging. */
function readOwnBank(path: string): { info: BankInfo; json: string } {
  const { bank, errors } = readBankFolder(path);
  if (!bank) {
    const shownErrors = errors
      .slice(0, 20)
      .map((e) => `\n  error ${e.file}: ${e.path}: ${e.message}`)
      .join('');
    throw new Error(
      `${path} is not a valid bank (${errors.length} error${errors.length === 1 ? '' : 's'}; see \`ml-quiz validate ${path}\`):${shownErrors}`,
    );
  }
  const { $schema: _schema, ...clean } = bank;
  return {
    info: { id: bank.id, title: bank.title, version: bank.version, exams: bank.exams },
    json: JSON.stringify(clean),
  };
}

function readBank(dist: string, distShown: string, id: string): BankInfo {
  const folder = join(dist, 'banks');
  const available = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
    : [];
  const list = available.length ? available.map((b) => `"${b}"`).join(', ') : 'none';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) || !available.includes(id)) {
    throw new Error(
      `no bank "${id}" in ${join(distShown, 'banks')} (built banks: ${list}); give a built-in id, or the path of your bank folder or file`,
    );
  }
  const file = join(folder, `${id}.json`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${join(distShown, 'banks', `${id}.json`)} is not JSON (${(error as Error).message}); run \`npm run build\` again`,
    );
  }
  const bank = data as Partial<BankInfo> | null;
  if (!bank || typeof bank !== 'object' || bank.id !== id || !Array.isArray(bank.exams)) {
    throw new Error(
      `${join(distShown, 'banks', `${id}.json`)} is not the built bank "${id}" (expected an object with id "${id}" and exams)`,
    );
  }
  return { id, title: String(bank.title ?? id), version: bank.version, exams: bank.exams };
}

/** Files under a folder, as relative POSIX paths, sorted. */
function listFiles(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  const out: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, posix.join(prefix, name)));
    else out.push(posix.join(prefix, name));
  }
  return out;
}

/** A light check that the relative imports in the packaged scripts point at packaged files. */
function warnAboutMissingImports(files: Map<string, Uint8Array>): void {
  for (const [name, data] of files) {
    if (!name.endsWith('.js')) continue;
    const text = Buffer.from(data).toString('utf8');
    for (const match of text.matchAll(/(?:import\s*\(\s*|from\s*|import\s*)["'](\.{1,2}\/[^"'\s]+\.js)["']/g)) {
      const target = posix.normalize(posix.join(posix.dirname(name), match[1]!));
      if (!files.has(target)) console.warn(`warning: ${name} imports ${match[1]}, which is not in the package`);
    }
  }
}

function launchPage(bank: BankInfo, exam: BankInfo['exams'][number], bankAttr: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>${html(exam.title)} · ${html(bank.title)}</title>
  <link rel="stylesheet" href="launch.css">
  <script type="module" src="ml-quiz.js"></script>
</head>
<body>
  <main>
    <ml-exam bank="${html(bankAttr)}" exam="${html(exam.id)}" lms="auto"></ml-exam>
    <noscript><p>This exam needs JavaScript. Turn it on and launch the exam again.</p></noscript>
  </main>
</body>
</html>
`;
}

const LAUNCH_CSS = `/* The launch page of an ml-quiz SCORM package: a calm, centred column; the exam brings its own styles. */
:root {
  color-scheme: light dark;
  background: Canvas;
  color: CanvasText;
  font: 100%/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
  -webkit-text-size-adjust: 100%;
}
body {
  margin: 0;
  min-height: 100vh;
}
main {
  box-sizing: border-box;
  max-width: 54rem;
  margin: 0 auto;
  padding: clamp(0.75rem, 4vw, 2.5rem) clamp(0.5rem, 4vw, 2rem);
}
ml-exam {
  display: block;
}
ml-exam:not(:defined) {
  min-height: 24rem;
}
noscript p {
  padding: 1rem;
  border: 1px solid currentColor;
  border-radius: 0.5rem;
}
`;

function manifest12(bank: BankInfo, exam: BankInfo['exams'][number], files: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(`ml-quiz.${bank.id}.${exam.id}`)}" version="${xml(manifestVersion(bank))}"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
${organizations(bank, exam, '')}
${resources('scormtype', files)}
</manifest>
`;
}

function manifest2004(bank: BankInfo, exam: BankInfo['exams'][number], files: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(`ml-quiz.${bank.id}.${exam.id}`)}" version="${xml(manifestVersion(bank))}"
          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
          xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
          xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
${organizations(
  bank,
  exam,
  // The exam reports completion and success itself: the LMS must not assume them when the learner leaves early.
  `
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>`,
)}
${resources('scormType', files)}
</manifest>
`;
}

/** The one organization with its one item (the exam); `extra` goes inside the item (2004's sequencing). */
function organizations(bank: BankInfo, exam: BankInfo['exams'][number], extra: string): string {
  return `  <organizations default="org">
    <organization identifier="org">
      <title>${xml(title(bank.title))}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xml(title(exam.title))}</title>${extra}
      </item>
    </organization>
  </organizations>`;
}

/** The one SCO and its files; the attribute's case differs between 1.2 (`scormtype`) and 2004 (`scormType`). */
function resources(typeAttribute: 'scormtype' | 'scormType', files: string[]): string {
  return `  <resources>
    <resource identifier="sco" type="webcontent" adlcp:${typeAttribute}="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>`;
}

/** Manifest titles hold at most 200 characters (the smallest permitted maximum of both versions). */
function title(text: string): string {
  return text.length <= 200 ? text : `${text.slice(0, 199)}…`;
}

function manifestVersion(bank: BankInfo): string {
  const v = typeof bank.version === 'string' ? bank.version.trim() : '';
  return v && v.length <= 20 ? v : '1';
}

/** An XML ID (xs:ID): starts with a letter or _, then letters, digits, . - _. */
function xmlId(value: string): string {
  const clean = value.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(clean) ? clean : `_${clean}`;
}

function xml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A path relative to the working directory when it is inside it, otherwise absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return !rel ? '.' : rel.startsWith('..') ? path : rel;
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}
