import { fileURLToPath } from 'node:url';

// Nothing for ml-quiz here: webpack 5 emits each `new URL('…json', import.meta.url)` the package holds as an asset.
export default {
  mode: 'production',
  entry: './src/main.js',
  output: { path: fileURLToPath(new URL('./dist/', import.meta.url)), clean: true },
};
