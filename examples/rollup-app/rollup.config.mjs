import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';

// ml-quiz's content: JSON under the package's dist/banks/ (a whole file per bank plus one per question).
const banks = join(dirname(fileURLToPath(import.meta.resolve('ml-quiz/package.json'))), 'dist', 'banks');

export default {
  input: 'src/main.js',
  output: { dir: 'dist', format: 'es' },
  plugins: [
    nodeResolve({ browser: true }),
    // Rollup does not emit `new URL('…', import.meta.url)` assets on its own: copy the content folder beside the
    // bundle; src/main.js tells ml-quiz where it is with setBanksBaseUrl().
    {
      name: 'copy-ml-quiz-banks',
      writeBundle: (options) => cpSync(banks, join(options.dir ?? 'dist', 'banks'), { recursive: true }),
    },
  ],
};
