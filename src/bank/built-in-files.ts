/**
 * Where the files of the built-in banks are, when a bundler must know. This stub is what the standalone build and the
 * dev server use: no table, so the registry computes each file's URL from the banks folder (`setBanksBaseUrl`).
 *
 * The npm build replaces it: `npm run build` writes lib/bank/built-in-files.js, whose table points at one module per
 * bank (lib/bank/built-in/<id>.js) holding a static `new URL('…/q/<id>.json?no-inline', import.meta.url)` per file.
 * Static strings are what Vite and webpack 5 emit as assets (esbuild with a plugin; Rollup copies, see the README);
 * `?no-inline` keeps Vite from inlining the small files as `data:` URLs (its 4 KiB limit), and the module per bank
 * loads only when an element asks for that bank.
 */
export type BuiltInFileTable = Record<string, () => Promise<{ default: Record<string, { href: string } | string> }>>;

export const builtInFiles: BuiltInFileTable | undefined = undefined;
