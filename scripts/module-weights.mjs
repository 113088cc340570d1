#!/usr/bin/env node
/**
 * What each module weighs in the standalone build: builds dist/ again (the repo's vite config) into a temporary folder
 * and lists every chunk (brotli q11 on its own) with the modules inside it, largest first: minified bytes as rendered
 * into the chunk, and an estimate of each module's brotli share (the chunk's brotli split by rendered bytes). The
 * card's path is the entry, the core chunk and the ml-quiz chunk. For the README's size section.
 *
 *   node scripts/module-weights.mjs [--min 200]     (modules under --min rendered bytes are summed as "others")
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const min = Number(args[args.indexOf('--min') + 1] || 200) || 200;
const out = mkdtempSync(join(tmpdir(), 'ml-quiz-weights-'));
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const chunks = [];
try {
  await build({
    root: repo,
    configFile: join(repo, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: out, sourcemap: false, emptyOutDir: true },
    plugins: [
      {
        name: 'module-weights',
        generateBundle(_options, bundle) {
          for (const item of Object.values(bundle)) {
            if (item.type !== 'chunk') continue;
            const modules = Object.entries(item.modules)
              .map(([id, m]) => ({ id: shortName(id), rendered: m.renderedLength }))
              .filter((m) => m.rendered > 0)
              .sort((a, b) => b.rendered - a.rendered);
            chunks.push({
              file: item.fileName,
              brotli: brotli(Buffer.from(item.code)),
              raw: item.code.length,
              modules,
            });
          }
        },
      },
    ],
  });
} finally {
  rmSync(out, { recursive: true, force: true });
}

function shortName(id) {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const nm = clean.lastIndexOf('node_modules/');
  return nm >= 0 ? clean.slice(nm + 'node_modules/'.length) : relative(repo, clean);
}

chunks.sort((a, b) => (a.file === 'ml-quiz.js' ? -1 : b.file === 'ml-quiz.js' ? 1 : b.brotli - a.brotli));
for (const chunk of chunks) {
  const total = chunk.modules.reduce((n, m) => n + m.rendered, 0) || 1;
  console.log(`\n${chunk.file}: ${chunk.brotli} B brotli, ${chunk.raw} B minified`);
  let others = 0;
  let otherCount = 0;
  for (const m of chunk.modules) {
    if (m.rendered < min) {
      others += m.rendered;
      otherCount += 1;
      continue;
    }
    console.log(
      `  ${String(Math.round((chunk.brotli * m.rendered) / total)).padStart(6)} B  ${String(m.rendered).padStart(6)} B  ${m.id}`,
    );
  }
  if (otherCount)
    console.log(
      `  ${String(Math.round((chunk.brotli * others) / total)).padStart(6)} B  ${String(others).padStart(6)} B  (${otherCount} modules under ${min} B)`,
    );
}
console.log('\ncolumns: estimated brotli share, minified bytes rendered into the chunk, module');
