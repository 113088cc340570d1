#!/usr/bin/env node
/**
 * A tiny static file server (node:http, no dependencies) for the examples and the end-to-end checks. It serves a site
 * as a host page would: the examples at `/`, and `dist/` as if a site had copied it to `/vendor/ml-quiz/` (and a second
 * copy at `/mirror/ml-quiz/`, for pages that load the library twice). Response headers are configurable per path
 * prefix: `/strict-csp/` is served with a strict Content-Security-Policy header.
 *
 *   node scripts/serve-static.mjs [--port 8300]       then open http://127.0.0.1:8300/blog/
 *
 * From code: `const server = await serveStatic({ port, mounts, headers, onRequest })`; `server.url`, `server.close()`.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The policy the strict-CSP example is served with: no inline scripts or styles, no eval, same-origin only. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** URL prefix → folder. Longest prefix wins. */
export const defaultMounts = {
  '/': join(root, 'examples'),
  '/vendor/ml-quiz/': join(root, 'dist'),
  '/mirror/ml-quiz/': join(root, 'dist'),
};

/** URL prefix → extra response headers (merged, shorter prefixes first). */
export const defaultHeaders = {
  '/': { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  '/strict-csp/': { 'Content-Security-Policy': STRICT_CSP },
};

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function byPrefixLength(table) {
  return Object.entries(table).sort(([a], [b]) => a.length - b.length);
}

/**
 * Starts the server. Resolves once it listens; rejects on EADDRINUSE and other listen errors.
 * @param {{ port?: number, host?: string, mounts?: Record<string, string>, headers?: Record<string, Record<string, string>>, onRequest?: (info: { method: string, path: string, status: number }) => void }} options
 */
export function serveStatic(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const mounts = byPrefixLength(options.mounts ?? defaultMounts).reverse();
  const headerRules = byPrefixLength(options.headers ?? defaultHeaders);

  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const headers = {};
    for (const [prefix, extra] of headerRules) if (path.startsWith(prefix)) Object.assign(headers, extra);
    const finish = (status, body = '', type = 'text/plain; charset=utf-8') => {
      options.onRequest?.({ method: req.method ?? 'GET', path, status });
      res.writeHead(status, { ...headers, 'Content-Type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return finish(405, 'method not allowed');

    const file = locate(mounts, path);
    if (file === REDIRECT) {
      res.setHeader('Location', `${path}/`);
      return finish(301, 'moved');
    }
    if (!file) {
      // Browsers ask for a favicon on their own; answer quietly so pages show no console error for it.
      if (path === '/favicon.ico') return finish(204);
      return finish(404, `not found: ${path}`);
    }
    options.onRequest?.({ method: req.method, path, status: 200 });
    res.writeHead(200, {
      ...headers,
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8300, host, () => {
      server.off('error', reject);
      const { port } = server.address();
      resolvePromise({
        url: `http://${host}:${port}`,
        port,
        close: () => new Promise((done) => server.close(() => done())),
        server,
      });
    });
  });
}

const REDIRECT = Symbol('redirect');

/** The file a URL path maps to, or undefined (missing, or outside its mount). Folders serve their index.html. */
function locate(mounts, path) {
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const base = resolve(dir);
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    try {
      let stat = statSync(file);
      if (stat.isDirectory()) {
        if (!path.endsWith('/')) return REDIRECT;
        file = join(file, 'index.html');
        stat = statSync(file);
      }
      if (stat.isFile()) return file;
    } catch {
      // not in this mount; a shorter prefix may still have it
    }
  }
  return undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args[at + 1]) : 8300;
  const server = await serveStatic({ port });
  console.log(
    `serving examples at ${server.url}/ (dist/ at /vendor/ml-quiz/): ${server.url}/blog/ ${server.url}/course/ ${server.url}/strict-csp/ ${server.url}/hostile/`,
  );
}
