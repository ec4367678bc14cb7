#!/usr/bin/env node
/**
 * A small static server for the exported site in out/ (no dependencies): serves files,
 * directory index.html, and out/404.html with status 404 for anything else.
 * Usage: node scripts/serve.mjs [--port 3000] [--dir out]
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT ?? '3000'));
const root = path.resolve(opt('dir', 'out'));

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found: run "npm run build" first`);
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.map': 'application/json',
};

/** The decoded path, or null when the percent-encoding is malformed. */
function decodePath(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function resolveFile(urlPath) {
  const p = decodePath(urlPath.split('?')[0] ?? '/');
  if (p === null) return null;
  const full = path.join(root, path.normalize(p));
  if (!full.startsWith(root)) return null;
  for (const candidate of [full, path.join(full, 'index.html'), `${full}.html`]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next form */
    }
  }
  return null;
}

const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  const pathOnly = url.split('?')[0] ?? '/';
  // A directory without its trailing slash: redirect, as static hosts do.
  const decoded = decodePath(pathOnly);
  if (decoded !== null && !pathOnly.endsWith('/') && !path.extname(pathOnly) && fs.existsSync(path.join(root, decoded, 'index.html'))) {
    res.writeHead(308, { Location: `${pathOnly}/${url.slice(pathOnly.length)}` });
    return res.end();
  }
  const file = resolveFile(url);
  const status = file ? 200 : 404;
  const target = file ?? path.join(root, '404.html');
  res.writeHead(status, {
    'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(target).pipe(res);
});

server.listen(port, () => {
  console.log(`bouncekb is up: http://localhost:${port}/ (serving ${path.relative(process.cwd(), root) || root})`);
});
