// The border's offline verifier. Without this script (or without WebAssembly) the form posts to
// the server, which verifies and renders the same result markup. With it, the credential crate
// runs in the page (compiled to WebAssembly): the trust list, its anchor and the issuers' status
// lists are fetched when online and kept in IndexedDB, so a border post without network keeps
// verifying with its last copies. Nothing about the card checked ever leaves the page.

import { messages } from './messages.js';

const WASM_URL = '/static/wasm/abtc_wasm.js';
const WASM_MODULE_URL = '/static/wasm/abtc_wasm_bg.wasm';
const DB_NAME = 'abtc-verifier';
const STORE = 'files';
const SCAN_INTERVAL_MS = 200;
/** Camera frames are scaled down to this width before decoding: enough for a phone screen held
 * up to the camera, and quick enough to run five times a second. */
const SCAN_MAX_WIDTH = 960;
/** Pictures are tried at these widths (largest first) until a code is found. */
const IMAGE_WIDTHS = [2048, 1024, 600];
/** While the page stays open (a kiosk), the data is refreshed this often. */
const REFRESH_MS = 30 * 60 * 1000;

const ENGLISH = {
  'verdict-admit': 'Admit',
  'verdict-lane_only': 'APEC lane only',
  'verdict-refer': 'Refer to an officer',
  'stay-days': 'Stay of up to {days} days',
  'reason-malformed': 'The code is not a readable ABTC credential.',
  'reason-unknown_issuer': 'The issuer is not in the trust list.',
  'reason-bad_signature': 'The signature does not verify.',
  'reason-expired': 'The credential or the card has expired.',
  'reason-revoked': 'The card has been revoked.',
  'reason-stale_proof': 'The device proof is old or was not made by the card holder\u2019s device.',
  'reason-missing_proof': 'The code has no device proof, and this border requires one.',
  'reason-not_accepted': 'This economy does not accept the virtual card.',
  'reason-status_unavailable': 'No current revocation list for the issuer.',
  'offline-ready': 'Offline verifier ready: trust list version {version}.',
  'offline-unavailable': 'Offline verification is unavailable: results are checked by the server.',
  'no-qr-found': 'No QR code was found in the picture.',
  'scan-failed': 'The camera could not be started.',
  'field-card_number': 'Card number',
  'field-family_name': 'Family name',
  'field-given_names': 'Given names',
  'field-native_name': 'Name in native script',
  'field-sex': 'Sex',
  'field-date_of_birth': 'Date of birth',
  'field-nationality': 'Nationality',
  'field-passport_number': 'Passport number',
  'field-passport_expires_on': 'Passport expires on',
  'field-card_expires_on': 'Card expires on',
};

/** The holder's details shown under the verdict, in this order. */
const HOLDER_FIELDS = [
  'card_number',
  'family_name',
  'given_names',
  'native_name',
  'sex',
  'date_of_birth',
  'nationality',
  'passport_number',
  'passport_expires_on',
  'card_expires_on',
];

/** Names in the machine-readable zone's form (`TA<WEN`) are shown with spaces. */
const MRZ_NAME_FIELDS = new Set(['family_name', 'given_names']);

const nowUnix = () => Date.now() / 1000;

// ---- IndexedDB: the last good copy of each file ------------------------------------------------

function openDb() {
  return new Promise((resolve, reject) => {
    if (!('indexedDB' in self)) {
      reject(new Error('no IndexedDB'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) {
        request.result.createObjectStore(STORE);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

function dbGet(db, key) {
  return new Promise((resolve) => {
    if (!db) {
      resolve(undefined);
      return;
    }
    try {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
    } catch (_) {
      resolve(undefined);
    }
  });
}

function dbPut(db, key, value) {
  return new Promise((resolve) => {
    if (!db) {
      resolve(false);
      return;
    }
    try {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(value, key);
      tx.oncomplete = () => resolve(true);
      tx.onerror = () => resolve(false);
      tx.onabort = () => resolve(false);
    } catch (_) {
      resolve(false);
    }
  });
}

async function storedBytes(db, key) {
  const record = await dbGet(db, key);
  if (record && record.bytes instanceof ArrayBuffer) return new Uint8Array(record.bytes);
  if (record && record.bytes instanceof Uint8Array) return record.bytes;
  return null;
}

function store(db, key, bytes) {
  const copy = bytes.slice().buffer;
  return dbPut(db, key, { bytes: copy, savedAt: Date.now() });
}

/** The body of a successful GET, or null (offline, 404 for an issuer without a list, 409, ...). */
async function fetchBytes(url) {
  try {
    const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
    if (!response.ok) return null;
    return new Uint8Array(await response.arrayBuffer());
  } catch (_) {
    return null;
  }
}

// ---- Pictures and the camera -------------------------------------------------------------------

function canvasWith(width, height) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return { canvas, context };
}

/** The QR text in `source` drawn at `width` (aspect kept), or undefined. */
function decodeDrawn(wasm, source, sourceWidth, sourceHeight, width) {
  const scale = Math.min(1, width / sourceWidth);
  const w = Math.max(1, Math.round(sourceWidth * scale));
  const h = Math.max(1, Math.round(sourceHeight * scale));
  const { context } = canvasWith(w, h);
  if (!context) return undefined;
  // A transparent picture reads as dark on a transparent canvas: paint white first.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, w, h);
  context.drawImage(source, 0, 0, w, h);
  const image = context.getImageData(0, 0, w, h);
  return wasm.decodeRgba(w, h, new Uint8Array(image.data.buffer));
}

/** The QR text in an image file of any format the browser decodes, or undefined. */
async function decodeFile(wasm, file) {
  let bitmap = null;
  try {
    bitmap = await createImageBitmap(file);
  } catch (_) {
    bitmap = null;
  }
  if (!bitmap) {
    // No decoder for it here (or no createImageBitmap): the credential crate reads PNG itself.
    try {
      return wasm.decodePng(new Uint8Array(await file.arrayBuffer()));
    } catch (_) {
      return undefined;
    }
  }
  try {
    const tried = new Set();
    for (const width of IMAGE_WIDTHS) {
      const w = Math.min(width, bitmap.width);
      if (tried.has(w)) continue;
      tried.add(w);
      const found = decodeDrawn(wasm, bitmap, bitmap.width, bitmap.height, w);
      if (found) return found;
    }
    return undefined;
  } finally {
    if (typeof bitmap.close === 'function') bitmap.close();
  }
}

// ---- The result, built as the server renders it ------------------------------------------------

function displayValue(field, value) {
  if (Array.isArray(value)) return value.join(' ');
  const text = String(value);
  if (MRZ_NAME_FIELDS.has(field)) {
    return text
      .split('<')
      .filter((part) => part !== '')
      .join(' ');
  }
  return text;
}

function renderResult(section, report, t) {
  const verdict = String(report.verdict);
  const box = document.createElement('div');
  box.className = `verdict verdict-${verdict}`;
  box.setAttribute('role', 'status');
  box.dataset.verdict = verdict;
  const word = document.createElement('p');
  word.className = 'verdict-word';
  word.textContent = t(`verdict-${verdict}`);
  const detail = document.createElement('p');
  detail.className = 'verdict-detail';
  if (report.reason) {
    detail.textContent = t(`reason-${report.reason}`);
    detail.dataset.reason = report.reason;
  } else if (report.stay_days !== null && report.stay_days !== undefined) {
    detail.textContent = t('stay-days', { days: report.stay_days });
  }
  box.append(word, detail);

  const nodes = [box];
  if (report.card_number) {
    const list = document.createElement('dl');
    list.className = 'holder';
    for (const field of HOLDER_FIELDS) {
      const value = report[field];
      if (value === null || value === undefined || value === '') continue;
      const term = document.createElement('dt');
      term.textContent = t(`field-${field}`);
      const description = document.createElement('dd');
      description.dataset.field = field;
      description.textContent = displayValue(field, value);
      list.append(term, description);
    }
    nodes.push(list);
  }
  section.replaceChildren(...nodes);
  section.dataset.source = 'offline';
}

function renderNote(section, text) {
  const note = document.createElement('p');
  note.className = 'verify-note';
  note.textContent = text;
  section.replaceChildren(note);
  section.dataset.source = 'offline';
}

// ---- The page ----------------------------------------------------------------------------------

async function loadWasm() {
  const wasm = await import(WASM_URL);
  // The module's URL is given: the bindings are generated without a default path.
  await wasm.default({ module_or_path: WASM_MODULE_URL });
  return wasm;
}

/**
 * A verifier from the freshest trust list that verifies: the one just fetched, unless the stored
 * one verifies and is newer (a server or cache handing out an older list is not a downgrade).
 * Returns null if neither verifies.
 */
async function buildVerifier(wasm, db, api) {
  const now = nowUnix();
  const [fetchedList, fetchedAnchor] = await Promise.all([
    fetchBytes(`${api}/trust-list`),
    fetchBytes(`${api}/trust-anchor`),
  ]);
  const [storedList, storedAnchor] = await Promise.all([
    storedBytes(db, 'trust-list'),
    storedBytes(db, 'trust-anchor'),
  ]);
  const attempt = (list, anchor) => {
    if (!list || !anchor) return null;
    try {
      return new wasm.Verifier(list, anchor, now);
    } catch (_) {
      return null;
    }
  };
  const fresh = attempt(fetchedList, fetchedAnchor ?? storedAnchor);
  const stored = attempt(storedList, storedAnchor);
  if (fresh && (!stored || fresh.trustVersion() >= stored.trustVersion())) {
    if (stored) stored.free();
    await store(db, 'trust-list', fetchedList);
    await store(db, 'trust-anchor', fetchedAnchor ?? storedAnchor);
    return fresh;
  }
  if (fresh) fresh.free();
  return stored;
}

/** Issuers are economies: every code the form offers may have a list. */
async function addStatusLists(verifier, db, api, codes) {
  await Promise.all(
    codes.map(async (code) => {
      const key = `status/${code}`;
      const fetched = await fetchBytes(`${api}/status-lists/${encodeURIComponent(code)}`);
      const now = nowUnix();
      let saved = false;
      if (fetched) {
        try {
          verifier.addStatusList(fetched, now);
          saved = await store(db, key, fetched);
        } catch (_) {
          // Not verifiable (or stale): the stored copy may still do.
        }
      }
      if (!saved) {
        const stored = await storedBytes(db, key);
        if (stored) {
          try {
            verifier.addStatusList(stored, now);
          } catch (_) {
            // Too old now: this issuer's cards are checked without revocation.
          }
        }
      }
    }),
  );
}

async function main(form) {
  const t = messages(ENGLISH);
  const status = document.getElementById('verify-offline-status');
  const result = document.getElementById('verify-result');
  const economy = document.getElementById('verify-economy');
  const qrField = document.getElementById('verify-qr');
  const image = document.getElementById('verify-image');
  const scanButton = document.getElementById('verify-scan');
  const video = document.getElementById('verify-video');
  const api = form.dataset.api || '/api/v1';
  const say = (text) => {
    if (status) status.textContent = text;
  };
  const codes = economy
    ? Array.from(economy.options)
        .map((option) => option.value.trim())
        .filter((code) => /^[A-Za-z]{3}$/.test(code))
    : [];

  let wasm;
  let db = null;
  let verifier = null;
  try {
    wasm = await loadWasm();
  } catch (_) {
    say(t('offline-unavailable'));
    form.dataset.offline = 'unavailable';
    return;
  }
  try {
    db = await openDb();
  } catch (_) {
    db = null; // Private browsing and the like: works while online, without the offline copy.
  }

  let refreshing = null;
  const refresh = () => {
    refreshing ??= (async () => {
      const next = await buildVerifier(wasm, db, api);
      if (next) {
        await addStatusLists(next, db, api, codes);
        if (verifier && verifier !== next) verifier.free();
        verifier = next;
        say(t('offline-ready', { version: next.trustVersion() }));
        form.dataset.offline = 'ready';
        form.dataset.trustVersion = String(next.trustVersion());
      } else if (!verifier) {
        say(t('offline-unavailable'));
        form.dataset.offline = 'unavailable';
      }
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  };
  await refresh();
  const quietly = () => refresh().catch(() => {});
  addEventListener('online', quietly);
  setInterval(() => {
    if (navigator.onLine !== false) quietly();
  }, REFRESH_MS);

  const verifyText = (text) => {
    if (!verifier) return false;
    let report;
    try {
      report = JSON.parse(
        verifier.verify(text, economy ? economy.value : '', nowUnix(), false),
      );
    } catch (_) {
      return false; // An economy this build does not know: the server decides.
    }
    renderResult(result, report, t);
    return true;
  };

  form.addEventListener('submit', async (event) => {
    if (!verifier) return; // The server verifies.
    event.preventDefault();
    stopScan();
    let text = qrField ? qrField.value.trim() : '';
    const file = image && image.files && image.files[0];
    if (!text && file) {
      const found = await decodeFile(wasm, file);
      if (!found) {
        renderNote(result, t('no-qr-found'));
        return;
      }
      text = found;
      if (qrField) qrField.value = found;
    }
    if (!text) {
      if (qrField) qrField.focus();
      return;
    }
    if (!verifyText(text)) form.submit();
  });

  // A newly chosen picture replaces whatever text was there: the picture is what gets checked.
  if (image && qrField) {
    image.addEventListener('change', () => {
      if (image.files && image.files.length > 0) qrField.value = '';
    });
  }

  // ---- Camera scanning ----
  let stream = null;
  let timer = null;
  function stopScan() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    if (stream) {
      for (const track of stream.getTracks()) track.stop();
    }
    stream = null;
    if (video) {
      video.pause();
      video.srcObject = null;
      video.hidden = true;
    }
    if (scanButton) scanButton.setAttribute('aria-pressed', 'false');
  }

  async function startScan() {
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
    } catch (_) {
      stream = null;
      renderNote(result, t('scan-failed'));
      return;
    }
    scanButton.setAttribute('aria-pressed', 'true');
    video.srcObject = stream;
    video.hidden = false;
    try {
      await video.play();
    } catch (_) {
      // Muted inline video plays without a gesture; if not, frames still arrive once it does.
    }
    let busy = false;
    timer = setInterval(() => {
      if (busy || !stream || video.readyState < 2 || !video.videoWidth) return;
      busy = true;
      try {
        const found = decodeDrawn(
          wasm,
          video,
          video.videoWidth,
          video.videoHeight,
          SCAN_MAX_WIDTH,
        );
        if (found) {
          stopScan();
          if (qrField) qrField.value = found;
          if (image) image.value = '';
          if (!verifyText(found)) form.submit();
        }
      } catch (_) {
        // A frame that cannot be read: try the next one.
      } finally {
        busy = false;
      }
    }, SCAN_INTERVAL_MS);
  }

  if (scanButton && video && navigator.mediaDevices?.getUserMedia) {
    scanButton.hidden = false;
    scanButton.setAttribute('aria-pressed', 'false');
    scanButton.addEventListener('click', () => {
      if (stream) stopScan();
      else startScan();
    });
  }
  addEventListener('pagehide', stopScan);
}

// The page itself must load with no network at the border: the service worker keeps it.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Without it the verifier still works while the page stays open.
  });
}

const verifyForm = document.getElementById('verify-form');
if (verifyForm) {
  main(verifyForm).catch(() => {
    const status = document.getElementById('verify-offline-status');
    if (status) status.textContent = messages(ENGLISH)('offline-unavailable');
    verifyForm.dataset.offline = 'unavailable';
  });
}
