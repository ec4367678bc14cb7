/**
 * The local server (`npm start`, `npm run serve`) against hostile clients: it serves only out/,
 * refuses what a static site never needs, and survives clients that hang up mid-transfer.
 * Runs scripts/serve.mjs on a small site written to a temporary folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVE = path.join(process.cwd(), 'scripts', 'serve.mjs');
let tmp = '';
let server: ChildProcess;
let port = 0;

/** One raw HTTP exchange: the request target is sent exactly as given. */
function raw(request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

const get = (target: string, extra = '') => raw(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${extra}\r\n`);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

function openFds(pid: number): number {
  return fs.readdirSync(`/proc/${pid}/fd`).length;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-serve-'));
  const out = path.join(tmp, 'out');
  const page = (title: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>${title}</title></head><body>${title}</body></html>`;
  fs.mkdirSync(path.join(out, 'ko', 'codes', '5.7.1'), { recursive: true });
  fs.mkdirSync(path.join(out, 'en'), { recursive: true });
  fs.mkdirSync(path.join(out, '_next', 'static', 'chunks'), { recursive: true });
  fs.writeFileSync(path.join(out, 'index.html'), page('home'));
  fs.writeFileSync(path.join(out, '404.html'), page('not found'));
  fs.writeFileSync(path.join(out, 'en', 'index.html'), page('english'));
  fs.writeFileSync(path.join(out, 'ko', 'codes', '5.7.1', 'index.html'), page('hub 5.7.1'));
  const big = 'x'.repeat(4 * 1024 * 1024);
  fs.writeFileSync(path.join(out, 'big.txt'), big);
  const js = `console.log(${JSON.stringify('y'.repeat(4000))});`;
  fs.writeFileSync(path.join(out, '_next', 'static', 'chunks', 'app.js'), js);
  fs.writeFileSync(path.join(out, '_next', 'static', 'chunks', 'app.js.br'), zlib.brotliCompressSync(js));
  fs.writeFileSync(path.join(out, '.csp.json'), JSON.stringify({ pages: { '/index.html': "default-src 'self'; script-src 'self' 'sha256-test'" }, fallback: "default-src 'self'" }));
  // A sibling folder whose name starts with "out", and a symlink that leaves out/.
  fs.mkdirSync(path.join(tmp, 'out-private'));
  fs.writeFileSync(path.join(tmp, 'out-private', 'secret.txt'), 'SECRET');
  fs.symlinkSync(path.join(tmp, 'out-private'), path.join(out, 'linked'));
  port = await freePort();
  server = spawn(process.execPath, [SERVE, '--port', String(port), '--dir', out, '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (d: Buffer) => (String(d).includes('is up') ? resolve() : undefined));
    server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}, 30_000);

afterAll(() => {
  server?.kill();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the local server', () => {
  it('serves pages with security headers, the page CSP and frame-ancestors none', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('home');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['content-security-policy']).toBe("default-src 'self'; script-src 'self' 'sha256-test'; frame-ancestors 'none'");
    expect(r.headers.etag).toBeTruthy();
    expect(r.headers['last-modified']).toBeTruthy();
  });

  it('answers a matching ETag with 304', async () => {
    const first = await get('/en/');
    const again = await get('/en/', `If-None-Match: ${first.headers.etag}\r\n`);
    expect(again.status).toBe(304);
  });

  it('sends the precompressed file to a browser that accepts brotli, with a year of cache under /_next/static/', async () => {
    const r = await get('/_next/static/chunks/app.js', 'Accept-Encoding: gzip, br\r\n');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('redirects every directory URL without its slash, keeping the query', async () => {
    const r = await get('/ko/codes/5.7.1?q=x');
    expect(r.status).toBe(308);
    expect(r.headers.location).toBe('/ko/codes/5.7.1/?q=x');
  });

  it('answers /404/ and unknown paths with status 404 and the 404 page', async () => {
    for (const p of ['/404/', '/nope/', '/ko/nope']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body).toContain('not found');
    }
  });

  it('refuses absolute-form traversal into a sibling folder', async () => {
    for (const target of ['http://h/../../../out-private/secret.txt', 'http://h/../out-private/secret.txt', '/../out-private/secret.txt', '/%2e%2e/out-private/secret.txt', '/%2e%2e%2fout-private/secret.txt']) {
      const r = await get(target);
      expect(r.status, target).toBe(400);
      expect(r.body).not.toContain('SECRET');
    }
  });

  it('does not follow a symlink out of the served folder', async () => {
    const r = await get('/linked/secret.txt');
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('SECRET');
  });

  it('never redirects to another origin', async () => {
    for (const target of [`//127.0.0.2:${port}/%2e%2e%2fen`, '//evil.example/en', '/\\evil.example/en', '/%2F%2Fevil.example/en']) {
      const r = await get(target);
      expect(r.status, target).toBe(400);
      expect(r.headers.location, target).toBeUndefined();
    }
  });

  it('allows GET and HEAD only', async () => {
    for (const m of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const r = await raw(`${m} /en/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      expect(r.status, m).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
    const head = await raw('HEAD /en/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('survives 400 requests aborted mid-transfer and keeps no file open for them', async () => {
    const before = openFds(server.pid as number);
    for (let i = 0; i < 400; i++) {
      await new Promise<void>((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => s.write('GET /big.txt HTTP/1.1\r\nHost: localhost\r\n\r\n'));
        s.once('data', () => {
          s.destroy();
          resolve();
        });
        s.on('error', () => resolve());
      });
    }
    await new Promise((r) => setTimeout(r, 500));
    const r = await get('/en/');
    expect(r.status).toBe(200);
    expect(openFds(server.pid as number)).toBeLessThan(before + 20);
  }, 60_000);
});

describe('the server command line', () => {
  it('--help prints the usage and starts nothing', () => {
    const r = spawnSync(process.execPath, [SERVE, '--help'], { encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: node scripts\/serve.mjs/);
  });

  it('a port in use gives one line and exit code 2', () => {
    const r = spawnSync(process.execPath, [SERVE, '--check', '--port', String(port), '--host', '127.0.0.1'], { encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`serve: port ${port} is already in use; stop what holds it or choose another with --port N (or PORT=N)`]);
  });

  it('an unknown option gives one line and exit code 2', () => {
    const r = spawnSync(process.execPath, [SERVE, '--prot', '80'], { encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('serve: unknown option "--prot" (see --help)');
  });
});
