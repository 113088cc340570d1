/**
 * The example app's build: `npx vite build --config examples/app/vite.config.ts` (or `npx vite --config …` to serve it).
 *
 * The app imports `ml-quiz` like any dependency. Inside this repository the name resolves to the package itself
 * (Node's package self-reference: the app has no package.json of its own, so the nearest one is ml-quiz's), through the
 * same `exports` map an installed copy uses; run `npm run build` first so lib/ exists. In your own app,
 * `npm install ml-quiz` and drop nothing else in.
 *
 * Built-in content needs no set-up: the package refers to each file of it with `new URL('…json', import.meta.url)`, so
 * Vite emits the files this app uses as assets of its build and serves them in dev (no copying, no base URL).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
  },
});
