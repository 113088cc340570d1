import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * `vite` serves the demo (index.html) and `vite build` writes the standalone `dist/ml-quiz.js`: one minified ES module
 * with Lit bundled and no bare imports. What it loads lazily (the validator for foreign content) lands beside it in
 * `dist/chunks/`, found relative to the entry's own URL; built-in banks are fetched from `dist/banks/`.
 */
export default defineConfig(({ command }) => ({
  // Only the standalone bundle sits beside banks/; the dev server serves src/ and finds dist/banks/ by the default.
  define: command === 'build' ? { __ML_BANKS_BASE__: JSON.stringify('./banks/') } : {},
  server: { fs: { strict: false } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
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
      },
    },
  },
}));
