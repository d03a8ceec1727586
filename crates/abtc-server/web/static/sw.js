// The service worker that lets the wallet and the border verifier open without network. It keeps
// the two pages, their scripts and the WebAssembly build, and the public verification data (trust
// list, anchor, status lists). Credentials and everything else under /api/ are never put in its
// cache: the wallet keeps its credential in IndexedDB, and other answers are personal or live.

const VERSION = 'abtc-offline-v2';
const CACHE_PREFIX = 'abtc-offline-';

const PRECACHE = [
  '/wallet',
  '/verify',
  '/static/app.css',
  '/static/js/wallet.js',
  '/static/js/verifier.js',
  '/static/js/messages.js',
  '/static/wasm/abtc_wasm.js',
  '/static/wasm/abtc_wasm_bg.wasm',
];

/** Pages kept for offline use. Other pages are fetched from the network only: they show personal
 * or changing data that is of no use offline and should not linger on a shared device. */
const OFFLINE_PAGES = new Set(['/wallet', '/verify']);

/** The WebAssembly build is two files that must match: they are refreshed together. */
const WASM_PAIR = ['/static/wasm/abtc_wasm.js', '/static/wasm/abtc_wasm_bg.wasm'];

const isVerificationData = (path) =>
  path === '/api/v1/trust-list' ||
  path === '/api/v1/trust-anchor' ||
  path.startsWith('/api/v1/status-lists/');

/** Whether a response may be kept: a complete, same-origin, successful answer that was not a
 * redirect (a redirected answer cannot be replayed for a navigation). */
const keepable = (response) =>
  response && response.ok && response.status === 200 && response.type === 'basic' && !response.redirected;

async function fetchAndKeep(cache, url) {
  const response = await fetch(url, { credentials: 'same-origin', cache: 'reload' });
  if (!keepable(response)) throw new Error(`${url}: not kept`);
  await cache.put(url, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(VERSION);
      // One file failing (a page behind a login, a build without WebAssembly) must not stop the
      // others from being kept.
      await Promise.allSettled(PRECACHE.map((url) => fetchAndKeep(cache, url)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== VERSION)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

/** The network's answer (kept for later if `keep`), or the last kept answer when the network
 * cannot be reached. */
async function networkFirst(request, keep) {
  const cache = await caches.open(VERSION);
  try {
    const response = await fetch(request);
    if (keep && keepable(response)) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const kept =
      (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
    if (kept) return kept;
    throw error;
  }
}

let refreshingWasm = null;

/** Fetches both WebAssembly files and replaces the kept pair only if both arrived. */
function refreshWasmPair() {
  refreshingWasm ??= (async () => {
    try {
      const responses = await Promise.all(
        WASM_PAIR.map((url) => fetch(url, { credentials: 'same-origin', cache: 'no-cache' })),
      );
      if (!responses.every(keepable)) return;
      const cache = await caches.open(VERSION);
      await Promise.all(WASM_PAIR.map((url, i) => cache.put(url, responses[i])));
    } catch (_) {
      // Offline: the kept pair stays.
    } finally {
      refreshingWasm = null;
    }
  })();
  return refreshingWasm;
}

/** The kept copy at once; the network when there is none. Kept copies are refreshed in the
 * background, so a new release reaches the device on the next visit even though this worker's
 * own file (and so its cache name) did not change. */
async function cacheFirst(event, path) {
  const request = event.request;
  const cache = await caches.open(VERSION);
  const isWasm = WASM_PAIR.includes(path);
  const kept = await cache.match(request, { ignoreSearch: true });
  if (kept) {
    if (!isWasm) {
      event.waitUntil(
        fetch(request)
          .then((response) => (keepable(response) ? cache.put(request, response) : undefined))
          .catch(() => undefined),
      );
    } else if (path.endsWith('.wasm')) {
      // The module is asked for after its JavaScript half has loaded: refreshing the pair now
      // cannot hand this page a new half beside an old one.
      event.waitUntil(refreshWasmPair());
    }
    return kept;
  }
  if (isWasm) {
    // Never pair a new half with an old one: fetch both, then answer from the pair.
    await refreshWasmPair();
    const fresh = await cache.match(request, { ignoreSearch: true });
    if (fresh) return fresh;
    return fetch(request);
  }
  const response = await fetch(request);
  if (keepable(response)) {
    event.waitUntil(cache.put(request, response.clone()));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;

  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, OFFLINE_PAGES.has(path)));
    return;
  }
  if (isVerificationData(path)) {
    event.respondWith(networkFirst(request, true));
    return;
  }
  if (path.startsWith('/api/')) {
    return; // Never from or into the cache.
  }
  if (path.startsWith('/static/')) {
    event.respondWith(cacheFirst(event, path));
  }
});
