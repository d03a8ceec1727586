// The holder's wallet. The card's credential is bound to a device key that this browser makes and
// never lets out (a non-extractable WebCrypto key): every 30 seconds the wallet signs the current
// time step with it and shows the credential with that proof, so a screenshot or a copied
// credential stops verifying within a minute. The credential and the key live in IndexedDB, so the
// wallet keeps showing fresh proofs without network; it fetches a new credential whenever online.

import { messages } from './messages.js';

const WASM_URL = '/static/wasm/abtc_wasm.js';
const WASM_MODULE_URL = '/static/wasm/abtc_wasm_bg.wasm';
const DB_NAME = 'abtc-wallet';
const KEYS = 'keys';
const CREDENTIALS = 'credentials';
const STEP_SECONDS = 30;
const REFRESH_MS = 10 * 60 * 1000;
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN = { name: 'ECDSA', hash: 'SHA-256' };

const ENGLISH = {
  'wallet-registering': 'Setting up this device for your card\u2026',
  'wallet-refreshing': 'Fetching your card\u2026',
  'wallet-offline': 'Offline: showing your card from this device.',
  'wallet-next-in': 'New code in {seconds} s',
  'wallet-no-card': 'No virtual card is available for this device yet.',
  'wallet-error': 'The wallet cannot show your card right now.',
  'wallet-expired': 'This card must go online to be renewed before borders accept it.',
  'wallet-qr-label': 'ABTC QR code',
};

const nowUnix = () => Date.now() / 1000;

function base64urlEncode(bytes) {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64urlDecode(text) {
  const standard = String(text).replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// ---- IndexedDB -----------------------------------------------------------------------------------

function openDb() {
  return new Promise((resolve, reject) => {
    if (!('indexedDB' in self)) {
      reject(new Error('no IndexedDB'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of [KEYS, CREDENTIALS]) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

function dbGet(db, store, key) {
  return new Promise((resolve) => {
    if (!db) {
      resolve(undefined);
      return;
    }
    try {
      const request = db.transaction(store, 'readonly').objectStore(store).get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
    } catch (_) {
      resolve(undefined);
    }
  });
}

function dbPut(db, store, key, value) {
  return new Promise((resolve) => {
    if (!db) {
      resolve(false);
      return;
    }
    try {
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).put(value, key);
      tx.oncomplete = () => resolve(true);
      tx.onerror = () => resolve(false);
      tx.onabort = () => resolve(false);
    } catch (_) {
      resolve(false);
    }
  });
}

function dbDelete(db, store, key) {
  return new Promise((resolve) => {
    if (!db) {
      resolve(false);
      return;
    }
    try {
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).delete(key);
      tx.oncomplete = () => resolve(true);
      tx.onerror = () => resolve(false);
      tx.onabort = () => resolve(false);
    } catch (_) {
      resolve(false);
    }
  });
}

// ---- The server ----------------------------------------------------------------------------------

/** Thrown when the network cannot be reached (as opposed to an answer the server gave). */
class Offline extends Error {}

async function request(url, init) {
  try {
    return await fetch(url, { credentials: 'same-origin', cache: 'no-store', ...init });
  } catch (_) {
    throw new Offline('offline');
  }
}

async function registerKey(api, card, publicKey) {
  const response = await request(`${api}/cards/${encodeURIComponent(card)}/device-key`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ public_key: publicKey }),
  });
  if (!response.ok) throw new Error(`device key: HTTP ${response.status}`);
}

/** The server's answer when it holds no device key for the card. */
const CONFLICT = Symbol('conflict');
/** What a proof attempt says when the credential is bound to another device's key. */
const REBIND = Symbol('rebind');

/** The card's current credential as the server gives it; null if it has none (no virtual card,
 * or the card is no longer valid); CONFLICT if the server wants a device key first. */
async function fetchCredential(api, card) {
  const response = await request(`${api}/cards/${encodeURIComponent(card)}/credential`, {
    headers: { accept: 'application/json' },
  });
  if (response.status === 409) return CONFLICT;
  if (response.status === 404 || response.status === 410) return null;
  if (!response.ok) throw new Error(`credential: HTTP ${response.status}`);
  const body = await response.json();
  if (!body || typeof body.credential !== 'string') throw new Error('credential: no credential');
  return body;
}

// ---- The page ------------------------------------------------------------------------------------

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Without it the wallet still works while the page stays open.
  });
}

async function main(root) {
  const t = messages(ENGLISH);
  const card = root.dataset.card || '';
  const api = root.dataset.api || '/api/v1';
  const qrBox = document.getElementById('wallet-qr');
  const qrText = document.getElementById('wallet-qr-text');
  const countdown = document.getElementById('wallet-countdown');
  const status = document.getElementById('wallet-status');

  const state = (name, message) => {
    root.dataset.state = name;
    if (status) status.textContent = message ?? '';
  };

  registerServiceWorker();
  if (!card) {
    state('no-card', t('wallet-no-card'));
    return;
  }
  if (!globalThis.crypto?.subtle) {
    state('error', t('wallet-error'));
    return;
  }

  let wasm;
  try {
    wasm = await import(WASM_URL);
    // The module's URL is given: the bindings are generated without a default path.
    await wasm.default({ module_or_path: WASM_MODULE_URL });
  } catch (_) {
    state('error', t('wallet-error'));
    return;
  }
  let db = null;
  try {
    db = await openDb();
  } catch (_) {
    db = null; // Works while this page is open, but not offline later.
  }

  /** { keyPair, publicKey (base64url raw), registered } */
  let key = await dbGet(db, KEYS, card);
  /** { credential: Uint8Array, expiresAt (unix s), fetchedAt } */
  let held = await dbGet(db, CREDENTIALS, card);
  if (held && !(held.credential instanceof Uint8Array)) held = undefined;
  let offline = false;
  let failed = false;
  let shownStep = null;
  let proving = false;

  const describe = () => {
    if (failed) state('error', t('wallet-error'));
    else if (!held) state(offline ? 'offline' : 'no-card', t('wallet-no-card'));
    else if (held.expiresAt && nowUnix() > held.expiresAt) state('expired', t('wallet-expired'));
    else if (offline) state('offline', t('wallet-offline'));
    else state('ready', '');
  };

  const clearCode = () => {
    if (qrBox) qrBox.replaceChildren();
    if (qrText) qrText.value = '';
    if (countdown) countdown.textContent = '';
    shownStep = null;
  };

  const showCode = (text) => {
    if (qrText) qrText.value = text;
    if (!qrBox) return;
    // The SVG comes from the credential crate (our own code), never from the network.
    const svg = wasm.qrSvg(text);
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const node = parsed.documentElement;
    if (!node || node.nodeName.toLowerCase() !== 'svg') return;
    const imported = document.importNode(node, true);
    imported.setAttribute('role', 'img');
    imported.setAttribute('aria-label', t('wallet-qr-label'));
    qrBox.replaceChildren(imported);
  };

  async function newKey() {
    state('registering', t('wallet-registering'));
    const keyPair = await crypto.subtle.generateKey(ECDSA, false, ['sign']);
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keyPair.publicKey));
    key = { keyPair, publicKey: base64urlEncode(raw), registered: false, createdAt: Date.now() };
    await dbPut(db, KEYS, card, key);
  }

  async function ensureRegistered() {
    if (!key) await newKey();
    if (!key.registered) {
      state('registering', t('wallet-registering'));
      await registerKey(api, card, key.publicKey);
      key = { ...key, registered: true };
      await dbPut(db, KEYS, card, key);
    }
  }

  /** Online: make sure the server knows our key, and fetch the newest credential. */
  async function refreshOnce() {
    await ensureRegistered();
    if (!held) state('refreshing', t('wallet-refreshing'));
    let body = await fetchCredential(api, card);
    if (body === CONFLICT) {
      // The server holds no key of ours (it was replaced or lost): register it again, once.
      key = { ...key, registered: false };
      await ensureRegistered();
      body = await fetchCredential(api, card);
    }
    offline = false;
    if (body === null || body === CONFLICT) {
      held = undefined;
      clearCode();
      await dbDelete(db, CREDENTIALS, card);
      return;
    }
    const credential = base64urlDecode(body.credential);
    let expiresAt = null;
    try {
      expiresAt = Number(JSON.parse(wasm.cardClaims(credential)).exp) || null;
    } catch (_) {
      throw new Error('credential: unreadable');
    }
    held = { credential, expiresAt, fetchedAt: Date.now() };
    await dbPut(db, CREDENTIALS, card, held);
  }

  async function refreshQuietly(rebind) {
    try {
      if (rebind && key) key = { ...key, registered: false };
      await refreshOnce();
      failed = false;
    } catch (error) {
      if (error instanceof Offline) offline = true;
      else failed = true;
    }
    shownStep = null;
    describe();
  }

  let syncing = null;
  let reboundOnce = false;
  /** Refreshes when online, then shows a fresh code. `rebind` registers the key again first:
   * the credential names another device's key (the card was set up elsewhere since). */
  const sync = (rebind = false) => {
    syncing ??= (async () => {
      await refreshQuietly(rebind);
      if ((await prove()) === REBIND && !reboundOnce && !offline) {
        reboundOnce = true;
        await refreshQuietly(true);
        if ((await prove()) === REBIND) {
          failed = true;
          describe();
        }
      }
    })().finally(() => {
      syncing = null;
    });
    return syncing;
  };

  /** A fresh proof for the current step, shown as the QR code. Returns REBIND if the credential
   * is bound to another device's key. */
  async function prove() {
    if (proving || !held || !key) return undefined;
    proving = true;
    try {
      const now = nowUnix();
      const step = Math.floor(now / STEP_SECONDS);
      const message = wasm.proofMessage(held.credential, now);
      const signature = new Uint8Array(
        await crypto.subtle.sign(SIGN, key.keyPair.privateKey, message),
      );
      let text;
      try {
        text = wasm.present(held.credential, now, signature);
      } catch (_) {
        clearCode();
        return REBIND;
      }
      showCode(text);
      shownStep = step;
      root.dataset.step = String(step);
      return undefined;
    } catch (_) {
      failed = true;
      clearCode();
      describe();
      return undefined;
    } finally {
      proving = false;
    }
  }

  const tick = () => {
    const now = nowUnix();
    const step = Math.floor(now / STEP_SECONDS);
    if (held && key && step !== shownStep && !syncing) {
      prove().then((outcome) => {
        if (outcome !== REBIND) return;
        if (offline || reboundOnce) {
          failed = true;
          describe();
        } else {
          sync();
        }
      });
    }
    if (countdown) {
      if (shownStep === null) {
        countdown.textContent = '';
      } else {
        const seconds = STEP_SECONDS - (Math.floor(now) % STEP_SECONDS);
        countdown.textContent = t('wallet-next-in', { seconds });
      }
    }
    setTimeout(tick, 1000 - (Date.now() % 1000));
  };

  // Show what this device holds at once, then bring it up to date.
  if (held && key) {
    offline = navigator.onLine === false;
    describe();
    if ((await prove()) === REBIND && offline) {
      failed = true;
      describe();
    }
  }
  tick();
  await sync();
  addEventListener('online', () => {
    reboundOnce = false;
    sync();
  });
  addEventListener('offline', () => {
    offline = true;
    describe();
  });
  setInterval(() => {
    if (navigator.onLine !== false) sync();
  }, REFRESH_MS);
}

const walletRoot = document.getElementById('wallet');
if (walletRoot) {
  main(walletRoot).catch(() => {
    walletRoot.dataset.state = 'error';
    const status = document.getElementById('wallet-status');
    if (status) status.textContent = messages(ENGLISH)('wallet-error');
  });
}
