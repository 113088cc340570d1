/**
 * The example app's build: `npx vite build --config examples/app/vite.config.ts` (or `npx vite --config …` to serve it).
 *
 * The app imports `ml-quiz` like any dependency. Inside this repository the name resolves to the package itself
 * (Node's package self-reference: the app has no package.json of its own, so the nearest one is ml-quiz's), through the
 * same `exports` map an installed copy uses; run `npm run build` first so lib/ exists. In your own app,
 * `npm install ml-quiz` and drop nothing else in.
 *
 * Built-in banks are JSON files in the package's dist/banks/. A bundled app serves them itself: this config copies them
 * to `banks/` in the output (and serves them there in dev), and the app points the library at that folder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const banks = resolve(here, '../../dist/banks');

function bankFiles(): Plugin {
  const files = () => readdirSync(banks).filter((f) => f.endsWith('.json'));
  return {
    name: 'ml-quiz-banks',
    configureServer(server) {
      server.middlewares.use('/banks/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0];
        if (!files().includes(name)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(join(banks, name)));
      });
    },
    generateBundle() {
      for (const name of files())
        this.emitFile({ type: 'asset', fileName: `banks/${name}`, source: readFileSync(join(banks, name)) });
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  plugins: [bankFiles()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
  },
});
