/**
 * scripts/defer-scripts.mjs: Next's chunk scripts leave the page and come back through one
 * loader that runs them on the first interaction (or at once for a URL with a query).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { deferScripts } from '../../scripts/defer-scripts.mjs';

const page = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script></head><body><main>text</main>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  '<script>self.__next_f.push([1,"x"])</script>',
  '<script src="/_next/static/chunks/b.js" async=""></script></body></html>',
].join('');

describe('deferScripts', () => {
  const out: string = deferScripts(page);

  it('takes every async chunk script out of the page and drops their low-priority preloads (nothing is fetched before an interaction)', () => {
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/(?:a|b)\.js"/);
    expect(out).not.toContain('fetchPriority="low"');
    expect(out).not.toContain('/_next/static/chunks/a.js"/>');
  });

  it('keeps the inline payload, the nomodule polyfills and the content', () => {
    expect(out).toContain('<script>self.__next_f.push([1,"x"])</script>');
    expect(out).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
    expect(out).toContain('<main>text</main>');
  });

  it('adds one loader, last in the body, that loads the chunks in their order on the first interaction', () => {
    const loader = /<script>(\(function\(\)\{var s=(\[[^\]]*\]).*?)<\/script><\/body>/.exec(out);
    expect(loader).not.toBeNull();
    expect(JSON.parse(loader?.[2] ?? '[]')).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
    for (const event of ['pointerdown', 'keydown', 'touchstart', 'focusin', 'wheel']) expect(loader?.[1]).toContain(`"${event}"`);
    // Synthetic mouse moves (sent by Chrome after layout changes) must not start it.
    expect(loader?.[1]).not.toContain('"pointermove"');
    expect(loader?.[1]).toContain('location.search');
  });

  it('runs the chunks when the loader fires, once', () => {
    const loader = /<script>(\(function\(\)\{var s=.*?)<\/script><\/body>/.exec(out)?.[1] ?? '';
    const listeners = new Map<string, () => void>();
    const added: string[] = [];
    const env = {
      location: { search: '' },
      document: { activeElement: null, body: {}, head: { appendChild: (t: { src: string }) => added.push(t.src) }, createElement: () => ({ src: '', async: false }) },
      addEventListener: (n: string, f: () => void) => listeners.set(n, f),
      removeEventListener: (n: string) => listeners.delete(n),
    };
    new Function('location', 'document', 'addEventListener', 'removeEventListener', loader)(env.location, env.document, env.addEventListener, env.removeEventListener);
    expect(added).toEqual([]);
    listeners.get('wheel')?.();
    expect(added).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
    expect(listeners.size).toBe(0);
  });

  it('leaves a page without chunk scripts as it is', () => {
    const plain = '<html><head></head><body><p>x</p></body></html>';
    expect(deferScripts(plain)).toBe(plain);
  });
});
