#!/usr/bin/env node
/**
 * Serves the exported site in out/ the way a careful static host does, on sirv (the server of
 * Vite's preview): only files inside out/ (sirv indexes the folder at start; symlinks that leave
 * it are refused), GET and HEAD only, precompressed brotli/gzip (written by scripts/postbuild.mjs),
 * ETag and Last-Modified, a year's cache for /_next/static/, security headers and the page's own
 * Content-Security-Policy, one trailing-slash redirect for every directory URL, and out/404.html
 * with status 404 for anything else. Run with --help for the options.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { policyFor } from './csp.mjs';

const HELP = `Usage: node scripts/serve.mjs [--port N] [--host H] [--dir out] [--check]

Serves the built site (npm run build writes out/) on http://localhost:3000/.
  --port N   port to listen on (default: $PORT or 3000)
  --host H   address to bind (default: all; use 127.0.0.1 to stay local)
  --dir D    folder to serve (default: out)
  --check    only check that the port is free, then exit (npm start runs it before the build)
  --help     this text`;

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { port: process.env.PORT ?? '3000', host: undefined, dir: 'out', check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    } else if (a === '--check') opts.check = true;
    else if (a === '--port' || a === '--host' || a === '--dir') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${a} needs a value (see --help)`);
      opts[a.slice(2)] = v;
    } else fail(`unknown option "${a}" (see --help)`);
  }
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`"${opts.port}" is not a port number (0-65535)`);
  return { ...opts, port };
}

const opts = parseArgs(process.argv.slice(2));

/** Listens on the port, or exits with one line saying why not. */
function listen(server, onUp) {
  server.once('error', (e) => {
    if (e.code === 'EADDRINUSE') fail(`port ${opts.port} is already in use; stop what holds it or choose another with --port N (or PORT=N)`);
    if (e.code === 'EACCES') fail(`no permission to listen on port ${opts.port}; choose a port above 1023 with --port N`);
    fail(`cannot listen on port ${opts.port}: ${e.message}`);
  });
  server.listen(opts.port, opts.host, onUp);
}

if (opts.check) {
  const probe = http.createServer();
  listen(probe, () => probe.close(() => process.exit(0)));
} else {
  serve();
}

function serve() {
  const root = path.resolve(opts.dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) fail(`${path.relative(process.cwd(), root) || root}/index.html not found: run "npm run build" first`);
  const realRoot = fs.realpathSync(root);

  // Files whose real path leaves out/ (a symlink to elsewhere): never served.
  const outside = new Set();
  (function walk(dir, rel) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      const url = `${rel}/${e.name}`;
      if (e.isSymbolicLink()) {
        let real = null;
        try {
          real = fs.realpathSync(abs);
        } catch {
          /* a dangling link: sirv skips it */
        }
        if (!real || (real !== realRoot && !real.startsWith(realRoot + path.sep))) outside.add(url);
      } else if (e.isDirectory()) walk(abs, url);
    }
  })(root, '');
  const leavesRoot = (p) => [...outside].some((o) => p === o || p.startsWith(`${o}/`));

  // Per-page policies written by scripts/postbuild.mjs (the hashes of each page's inline scripts).
  const cspFile = path.join(root, '.csp.json');
  const csp = fs.existsSync(cspFile) ? JSON.parse(fs.readFileSync(cspFile, 'utf8')) : { pages: {}, fallback: null };
  const policyOf = (file) => `${csp.pages[file] ?? csp.fallback ?? policyFor([])}; frame-ancestors 'none'`;

  const SECURITY = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };

  const files = sirv(root, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    dotfiles: false,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      if (file.endsWith('.html')) res.setHeader('Content-Security-Policy', policyOf(file));
    },
  });

  /** The 404 page: out/{lang}/404.html for a path under /{lang}/ when the build wrote one, else out/404.html. */
  function notFound(req, res, pathname) {
    const lang = /^\/(ko|en)\//.exec(pathname ?? '')?.[1];
    const own = lang && fs.existsSync(path.join(root, lang, '404.html')) ? `/${lang}/404.html` : '/404.html';
    const file = path.join(root, own);
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', policyOf(own));
    if (req.method === 'HEAD' || !fs.existsSync(file)) return res.end();
    res.end(fs.readFileSync(file));
  }

  function refuse(res, status, message, extra = {}) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
    res.end(`${message}\n`);
  }

  const server = http.createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY)) res.setHeader(k, v);
    // An aborted request must not keep its file open: sirv pipes a read stream into the response.
    res.on('pipe', (src) => res.once('close', () => src.destroy()));

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    const target = req.url ?? '';
    // Origin-form only ("/path?query"): an absolute-form target ("http://h/../x") or a
    // protocol-relative one ("//host/x") never reaches the file lookup or the redirect.
    if (!target.startsWith('/') || target.startsWith('//')) return refuse(res, 400, 'Bad Request');
    const q = target.indexOf('?');
    const rawPath = q < 0 ? target : target.slice(0, q);
    const query = q < 0 ? '' : target.slice(q);
    let pathname;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return refuse(res, 400, 'Bad Request');
    }
    if (/(^|\/)\.\.?(\/|$)|\\|\0/.test(pathname) || pathname.includes('//')) return refuse(res, 400, 'Bad Request');
    if (leavesRoot(pathname)) return notFound(req, res, pathname);
    if (pathname === '/404/' || pathname === '/404' || pathname === '/404.html') return notFound(req, res, pathname);

    // A directory without its trailing slash gets the same redirect as every static host gives,
    // to a path built from the checked one (always "/" plus a relative path: no other origin).
    if (!pathname.endsWith('/')) {
      const dir = path.join(root, pathname);
      if (fs.existsSync(path.join(dir, 'index.html')) && fs.statSync(dir).isDirectory()) {
        const location = `/${rawPath.replace(/^\/+/, '')}/${query}`;
        res.writeHead(308, { Location: location, 'Cache-Control': 'no-cache' });
        return res.end();
      }
    }
    return files(req, res, () => notFound(req, res, pathname));
  });

  listen(server, () => {
    const shown = opts.host && opts.host !== '0.0.0.0' ? opts.host : 'localhost';
    console.log(`bouncekb is up: http://${shown}:${server.address().port}/ (serving ${path.relative(process.cwd(), root) || root}; Ctrl+C stops it)`);
  });
}
