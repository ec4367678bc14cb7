/**
 * Next's runtime on interaction (used by scripts/postbuild.mjs). Every exported page is complete
 * HTML, so React and the router (about 140 KB gzip, most of a phone's main-thread time at load)
 * need not run before the reader does something: the chunks are fetched and run on the first
 * click or tap, touch, key, focus or wheel event, or at once when the URL has a query (`?q=`,
 * `?reason=`: the page has work to do) or something already has the focus. They are not
 * prefetched: on a phone that competes with the page itself, and once fetched they are cached
 * (immutable) for every later page.
 */
const NEXT_CHUNK = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;
const LOW_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="(\/_next\/static\/chunks\/[^"]+\.js)"\/>/g;
// Not pointermove: Chrome sends synthetic mouse moves after layout changes, which would start the
// runtime with nobody there.
const EVENTS = ['pointerdown', 'keydown', 'touchstart', 'focusin', 'wheel'];

/**
 * Moves Next's chunk scripts behind the first interaction (see the header). Returns the page
 * unchanged when it has none.
 */
export function deferScripts(html) {
  const srcs = [];
  let out = html.replace(NEXT_CHUNK, (_, src) => {
    srcs.push(src);
    return '';
  });
  if (!srcs.length) return html;
  out = out.replace(LOW_PRELOAD, (_, src) => (srcs.includes(src) ? '' : _));
  const loader =
    `(function(){var s=${JSON.stringify(srcs)},d=0,e=${JSON.stringify(EVENTS)},o={capture:true,passive:true};` +
    'function go(){if(d)return;d=1;e.forEach(function(n){removeEventListener(n,go,o)});' +
    's.forEach(function(u){var t=document.createElement("script");t.src=u;t.async=true;document.head.appendChild(t)})}' +
    'var a=document.activeElement;if(location.search||(a&&a!==document.body))go();else e.forEach(function(n){addEventListener(n,go,o)})})()';
  return out.replace('</body>', `<script>${loader}</script></body>`);
}

