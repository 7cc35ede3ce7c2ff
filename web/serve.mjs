// A tiny static server for the built web app (no dependencies): `node web/serve.mjs [PORT] [HOST]`.
// Serves $LOUPE_DIST (default web/dist), files only below it. Used by `make start` and the
// browser tests. Every response except the file:// build (which must inline its scripts)
// carries a strict Content-Security-Policy: no inline script, no eval ('wasm-unsafe-eval' only
// lets WebAssembly compile), nothing fetched from another origin. The worker scripts get it
// too, so the engine and pdf.js are held to it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname, dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
export const defaultRoot = resolve(process.env.LOUPE_DIST || join(web, 'dist'));
export const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

// withSamples: `/` redirects to `/?samples=1`, so the app opens with the sample corpus
// preloaded into an empty browser (what `make start` wants).
export function serve(port = 8080, host = '127.0.0.1', root = defaultRoot, { withSamples = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (withSamples && url.pathname === '/' && !url.search) {
      res.writeHead(302, { location: '/?samples=1' }).end();
      return;
    }
    const path = decodeURIComponent(url.pathname);
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    const headers = { 'x-content-type-options': 'nosniff' };
    if (!path.startsWith('/file/')) headers['content-security-policy'] = csp;
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': types[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2).filter((a) => a !== '--samples');
  const port = Number(args[0] || 8080);
  const host = args[1] || '127.0.0.1';
  const server = await serve(port, host, defaultRoot, { withSamples: process.argv.includes('--samples') });
  console.log(`Loupe is served on http://${host}:${server.address().port}/ from ${defaultRoot} (Ctrl+C stops it)`);
  console.log(`  with the sample documents: http://${host}:${server.address().port}/?samples=1`);
}
