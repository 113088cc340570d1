import { resolve } from 'node:path';
import MagicString from 'magic-string';
import { type Plugin, defineConfig } from 'vite';

/**
 * Minifies the CSS inside Lit `css` tagged templates (the bundler leaves template text alone): comments and
 * whitespace go, spaces next to `{ } ; , :` go where that cannot change a selector's meaning.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'ml-quiz:minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      // Edits in place (not a string replace) so the source map still points at the right lines of the source.
      const out = new MagicString(code);
      for (const match of code.matchAll(/css`([^`]*)`/g)) {
        const body = match[1]!;
        const start = match.index! + 4;
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        if (body) out.overwrite(start, start + body.length, min || ' ');
      }
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}

/**
 * `vite` serves the demo (index.html) and `vite build` writes the standalone `dist/ml-quiz.js`: one minified ES module
 * with Lit bundled and no bare imports. What it loads lazily (the validator for foreign content) lands beside it in
 * `dist/chunks/`, found relative to the entry's own URL; built-in banks are fetched from `dist/banks/`.
 */
/** Where shared modules go, filled by splitByElement() once the module graph is known: core, or a shared chunk. */
const chunkPlan = { core: new Set<string>(), shared: new Map<string, string>() };

/**
 * Walks each element module's static imports (src/elements/ml-*.ts) once the graph is built, before chunks are made:
 * a module the card (ml-quiz) imports and some other element imports too goes to core; a module two or more other
 * elements import goes to the shared chunk of exactly those elements (`shared-exam-progress-review` holds the exam
 * rules the exam, progress and review elements use; `shared` what all of them use), so no element downloads code only
 * others use. Dynamic imports (the validator, the record writer, the confirmation, the LMS layer) are not followed, so
 * they stay off every element's first download.
 */
function splitByElement(): Plugin {
  return {
    name: 'ml-quiz:split-by-element',
    apply: 'build',
    buildEnd() {
      chunkPlan.core.clear();
      chunkPlan.shared.clear();
      const closures = new Map<string, Set<string>>();
      for (const id of this.getModuleIds()) {
        const tag = /[\\/]src[\\/]elements[\\/](ml-[a-z]+)\.ts$/.exec(id)?.[1];
        if (!tag) continue;
        const seen = new Set<string>();
        const stack = [id];
        while (stack.length) {
          const next = stack.pop()!;
          if (seen.has(next)) continue;
          seen.add(next);
          stack.push(...(this.getModuleInfo(next)?.importedIds ?? []));
        }
        closures.set(tag, seen);
      }
      const card = closures.get('ml-quiz');
      if (!card) throw new Error('split-by-element: src/elements/ml-quiz.ts is not in the module graph');
      const others = [...closures.keys()].filter((tag) => tag !== 'ml-quiz').sort();
      const users = new Map<string, string[]>();
      for (const tag of others) for (const id of closures.get(tag)!) users.set(id, [...(users.get(id) ?? []), tag]);
      for (const [id, tags] of users) {
        if (card.has(id)) chunkPlan.core.add(id);
        else if (tags.length === others.length) chunkPlan.shared.set(id, 'shared');
        else if (tags.length >= 2) chunkPlan.shared.set(id, `shared-${tags.map((t) => t.slice(3)).join('-')}`);
      }
    },
  };
}

export default defineConfig(({ command }) => ({
  // In the standalone build the bank registry lives in dist/chunks/core-*.js, one folder below dist/banks/; the dev
  // server serves src/ and finds dist/banks/ by the default. The e2e test serves dist/ from another path to prove it.
  define: command === 'build' ? { __ML_BANKS_BASE__: JSON.stringify('../banks/') } : {},
  server: { fs: { strict: false } },
  // Only the demo page is scanned for dependencies: the example apps under examples/ import the built package (or
  // their own frameworks), which a fresh clone has not got, and scanning them made `npm start` warn.
  optimizeDeps: { entries: ['index.html'] },
  plugins: [minifyLitCss(), splitByElement()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    // Stale chunks must not linger (the SCORM packager copies dist/); build:banks runs after this.
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/standalone.ts'),
      formats: ['es'],
      fileName: () => 'ml-quiz.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Shared chunks, decided from the import graph (see splitByElement): "core" holds what the quiz card imports
        // and at least one other element imports too (Lit, the base element, content delivery); a "shared…" chunk
        // what a set of other elements share beyond it. The card's path is then the entry, core and its own chunk,
        // and a page never downloads code only other elements use. Code loaded on demand keeps its own chunks.
        codeSplitting: {
          groups: [
            { name: 'core', test: (id: string) => chunkPlan.core.has(id) },
            { name: (id: string) => chunkPlan.shared.get(id) ?? null },
          ],
        },
      },
    },
  },
}));
