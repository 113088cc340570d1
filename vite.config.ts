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
export default defineConfig(({ command }) => ({
  // In the standalone build the bank registry lives in dist/chunks/core-*.js, one folder below dist/banks/; the dev
  // server serves src/ and finds dist/banks/ by the default. The e2e test serves dist/ from another path to prove it.
  define: command === 'build' ? { __ML_BANKS_BASE__: JSON.stringify('../banks/') } : {},
  server: { fs: { strict: false } },
  // Only the demo page is scanned for dependencies: the example apps under examples/ import the built package (or
  // their own frameworks), which a fresh clone has not got, and scanning them made `npm start` warn.
  optimizeDeps: { entries: ['index.html'] },
  plugins: [minifyLitCss()],
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
        // One shared "core" chunk (Lit, the base element, the bank controller, text markup, storage) instead of many
        // small ones: every element needs it, and each extra file costs a request and its own compression overhead.
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|src[\\/](elements[\\/]shared|controllers[\\/](bank|persistence)|bank[\\/](load|registry|issues)|engine[\\/](score|random|select|blueprint)|styles|labels|events)/,
            },
          ],
        },
      },
    },
  },
}));
