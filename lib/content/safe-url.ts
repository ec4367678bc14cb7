/**
 * Which link targets an article may carry: `http:`, `https:`, `mailto:` and relative links.
 * Anything else (`javascript:`, `vbscript:`, `data:`, `file:`) could run script or open local
 * files from a page that renders the link.
 */

/** The scheme a browser would see: it drops control characters and blanks, and ignores case. */
export function urlScheme(url: string): string | null {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return m ? (m[1] as string) : null;
}

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * Whether a link target is allowed in content.
 *
 * @example
 * isSafeUrl('https://support.google.com/a/answer/3726730'); // true
 * isSafeUrl('/ko/errors/reason-blocked/#fix');             // true
 * isSafeUrl(' JaVaScript:alert(1)');                       // false
 */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === null || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}

/** The sentence a refused link gets in the content check. */
export function unsafeUrlMessage(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
  return `link to "${shown}" uses the scheme "${urlScheme(url)}:", which is not allowed (allowed: http:, https:, mailto: and relative links)`;
}
