import * as esbuild from 'esbuild';
import metaUrl from '@chialab/esbuild-plugin-meta-url';

// The one line ml-quiz needs: esbuild has no asset support for `new URL('…', import.meta.url)` (evanw/esbuild#795), so
// without this plugin the content files are neither copied nor found. With it, each question file the package
// references is emitted beside the bundle as a hashed file, as Vite and webpack do on their own. `splitting` keeps each
// element's code and each bank's table of files in their own chunks, fetched only when a page uses them.
await esbuild.build({
  entryPoints: ['src/main.js'],
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  outdir: 'dist',
  plugins: [metaUrl()],
  logLevel: 'warning',
});
