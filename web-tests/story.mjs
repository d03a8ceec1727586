// The whole story of the pages in headless Chromium, against a fresh `abtc demo`:
// an applicant registers and applies (home economy AUS), the AUS case officer approves, JPN and NZL
// pre-clear, KOR declines, the virtual card is issued, the wallet shows its QR with a fresh device
// proof, and the border verifier page gives `admit` for JPN and `lane_only` for KOR (also offline).
// Every page visited is screenshotted and checked with axe-core (no serious or critical violation).
//
// Usage: node story.mjs BASE_URL DEMO_LOGINS_JSON SCREENSHOT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const [base, loginsPath, shotDir] = process.argv.slice(2);
if (!base || !loginsPath || !shotDir) {
  console.error('usage: node story.mjs BASE_URL DEMO_LOGINS_JSON SCREENSHOT_DIR');
  process.exit(2);
}
const logins = JSON.parse(fs.readFileSync(loginsPath, 'utf8')).logins;
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const failures = [];
let shot = 0;

function staff(role, economy) {
  const l = logins.find((x) => x.role === role && x.economy === economy);
  if (!l) throw new Error(`no demo login for ${role} ${economy}`);
  return l;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

/** A browser profile of its own (cookies, IndexedDB, service worker) for one person. */
async function person(name, locale = 'en-US') {
  // bypassCSP lets the test inject axe-core; the pages themselves run under their real policy
  // everywhere else (no inline script is needed by any page).
  const context = await browser.newContext({ bypassCSP: true, locale, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => failures.push(`${name}: script error on ${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text())) {
      failures.push(`${name}: console error on ${page.url()}: ${m.text()}`);
    }
  });
  return { context, page, name };
}

/** Screenshot and accessibility check of the page as it is now. */
async function check(p, label) {
  shot += 1;
  const file = path.join(shotDir, `${String(shot).padStart(2, '0')}-${label}.png`);
  await p.page.screenshot({ path: file, fullPage: true });
  const text = await p.page.locator('body').innerText();
  if (text.includes('⟦')) failures.push(`${label}: a message is missing on ${p.page.url()}`);
  if (p.noScript) {
    // The same markup was checked with scripts on; axe itself needs them.
    console.log(`  page ${String(shot).padStart(2, '0')} ${label}: ${p.page.url().replace(base, '')} (scripts off)`);
    return;
  }
  await p.page.addScriptTag({ content: axeSource });
  const result = await p.page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  for (const v of result) {
    if (v.impact === 'serious' || v.impact === 'critical') {
      failures.push(`${label}: axe ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
    }
  }
  console.log(`  page ${String(shot).padStart(2, '0')} ${label}: ${p.page.url().replace(base, '')} axe violations ${result.length} (serious/critical ${result.filter((v) => v.impact === 'serious' || v.impact === 'critical').length})`);
}

async function go(p, url, label) {
  const res = await p.page.goto(base + url, { waitUntil: 'load' });
  if (!res || res.status() >= 400) throw new Error(`${label}: GET ${url} answered ${res && res.status()}`);
  await check(p, label);
}

/** Submits the form around `button` and waits for the next page. */
async function submit(p, button, label) {
  await Promise.all([p.page.waitForNavigation({ waitUntil: 'load' }), p.page.locator(button).first().click()]);
  const status = await p.page.evaluate(() => document.title);
  await check(p, label);
  return status;
}

async function signIn(p, username, password, label) {
  await go(p, '/login', `${label}-sign-in`);
  await p.page.fill('#username', username);
  await p.page.fill('#password', password);
  await Promise.all([p.page.waitForNavigation({ waitUntil: 'load' }), p.page.click('form[action="/login"] button[type=submit]')]);
  if (p.page.url().includes('/login')) throw new Error(`${label}: sign-in failed`);
  await check(p, `${label}-start`);
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

/** The confirmation link mailed to `address` (the demo writes mail to DATA_DIR/mail). */
async function confirmationLink(address) {
  const dir = path.join(path.dirname(loginsPath), 'mail');
  for (let i = 0; i < 50; i += 1) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')) : [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      if (text.includes(`To: ${address}\r\n`)) {
        const line = text.split('\r\n').find((l) => l.includes('/confirm-email?token='));
        if (line) return line.trim();
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no confirmation mail to ${address} in ${dir}`);
}

/** A passport-style portrait drawn by the browser itself, as a JPEG file for the photo step. */
async function portrait(p) {
  const dataUrl = await p.page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 480; c.height = 600;
    const g = c.getContext('2d');
    g.fillStyle = '#dfe6ee'; g.fillRect(0, 0, 480, 600);
    g.fillStyle = '#c99a72'; g.beginPath(); g.ellipse(240, 250, 120, 150, 0, 0, Math.PI * 2); g.fill();
    g.fillStyle = '#2b2b2b'; g.fillRect(90, 480, 300, 120);
    return c.toDataURL('image/jpeg', 0.9);
  });
  const file = path.join(shotDir, 'portrait.jpg');
  fs.writeFileSync(file, Buffer.from(dataUrl.split(',')[1], 'base64'));
  return file;
}

/** Applies to AUS through every step and submits; returns the application's reference. */
async function apply(p) {
  await go(p, '/apply', 'apply');
  await p.page.selectOption('#f-home', 'AUS');
  await submit(p, 'form[action="/apply"] button[type=submit]', 'step-personal');
  await p.page.fill('#f-family_name', 'TANAKA');
  await p.page.fill('#f-given_names', 'HANAKO');
  await p.page.fill('#f-native_name', '田中 花子');
  await p.page.check('#f-sex-F');
  await p.page.fill('#f-date_of_birth', '1984-03-09');
  await p.page.fill('#f-place_of_birth', 'Brisbane');
  await p.page.fill('#f-residential_address', '1 George Street, Brisbane QLD 4000');
  await p.page.fill('#f-phone', '+61 7 3000 0000');
  await p.page.fill('#f-email', email);
  await submit(p, 'main form button[type=submit]', 'step-passport');
  await p.page.fill('#f-passport_number', `PA${n}`);
  await p.page.selectOption('#f-issuing_state', 'AUS');
  await p.page.fill('#f-issued_on', '2022-01-10');
  await p.page.fill('#f-expires_on', '2032-01-09');
  await submit(p, 'main form button[type=submit]', 'step-employment');
  await p.page.fill('#f-employer_name', 'Pacific Rim Trading Pty Ltd');
  await p.page.fill('#f-business_address', '20 Queen Street, Brisbane QLD 4000');
  await p.page.selectOption('#f-business_type', { index: 2 });
  await p.page.check('#f-small_or_medium-yes');
  await p.page.fill('#f-position', 'Export manager');
  await submit(p, 'main form button[type=submit]', 'step-travel');
  await p.page.fill('#f-trips_per_year', '8');
  await p.page.fill('#f-average_trip_days', '6');
  await submit(p, 'main form button[type=submit]', 'step-photo');
  await p.page.setInputFiles('#f-photo', await portrait(p));
  await submit(p, 'main form button[type=submit]', 'step-review');
  await p.page.check('#f-consent');
  await submit(p, 'main form button[type=submit]', 'submitted');
  const reference = await p.page.locator('[data-reference]').first().getAttribute('data-reference');
  const state = await p.page.locator('[data-state]').first().getAttribute('data-state');
  expect(reference && reference.startsWith('ABTC-'), `no reference on ${p.page.url()}`);
  expect(state === 'submitted', `the application is ${state} after submission`);
  return reference;
}

/** The home officer finds the application in the queue, starts the review and approves it. */
async function approveAtHome(p, reference) {
  await go(p, `/work/applications?q=${encodeURIComponent(reference)}`, 'home-queue');
  await Promise.all([p.page.waitForNavigation({ waitUntil: 'load' }), p.page.locator('table a[href^="/work/applications/"]').first().click()]);
  await check(p, 'home-case');
  await submit(p, 'form[action$="/review"] button[type=submit]', 'home-case-in-review');
  await submit(p, 'form[action$="/approve"] button[type=submit]', 'home-case-approved');
}

/** A pre-clearance officer finds the request in the economy's queue and decides it. */
async function decide(p, reference, decision, economy) {
  const label = economy.toLowerCase();
  await go(p, `/work/pre-clearances?q=${encodeURIComponent(reference)}`, `${label}-queue`);
  await Promise.all([p.page.waitForNavigation({ waitUntil: 'load' }), p.page.locator('table a[href^="/work/pre-clearances/"]').first().click()]);
  await check(p, `${label}-request`);
  await p.page.check(`#decision-${decision}`);
  if (decision === 'decline') await p.page.fill('#note', 'Declined in the browser story.');
  await submit(p, 'form[action$="/decision"] button[type=submit]', `${label}-decided`);
}

/** ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, < as 0. */
function checkDigit(text) {
  const weights = [7, 3, 1];
  let total = 0;
  [...text].forEach((c, i) => {
    const v = c === '<' ? 0 : /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    total += v * weights[i % 3];
  });
  return String(total % 10);
}

/** A passport's TD3 zone (two lines of 44) with every check digit, as a passport reader gives it. */
function td3({ number, nationality, birth, sex, expiry, family, given }) {
  const pad = (s, len) => s.padEnd(len, '<');
  const line1 = pad(`P<${nationality}${family}<<${given.replace(/ /g, '<')}`, 44);
  const doc = pad(number, 9);
  const personal = pad('', 14);
  const checked = `${doc}${checkDigit(doc)}`;
  const dob = `${birth}${checkDigit(birth)}`;
  const exp = `${expiry}${checkDigit(expiry)}`;
  const composite = checkDigit(`${checked}${dob}${exp}${personal}<`);
  return `${line1}\n${checked}${nationality}${dob}${sex}${exp}${personal}<${composite}`;
}

const n = Date.now() % 1000000;
const email = `tanaka.${n}@例え.jp`;
const password = 'a long enough password';

try {
  // ---- the applicant registers and applies -------------------------------------------------
  const applicant = await person('applicant', 'ja-JP');
  await go(applicant, '/', 'home');
  await go(applicant, '/register', 'register');
  await applicant.page.fill('#email', email);
  await applicant.page.fill('#display_name', '田中 花子');
  await applicant.page.fill('#password', password);
  await applicant.page.fill('#password_again', password);
  await submit(applicant, 'form[action="/register"] button[type=submit]', 'registered');
  expect(applicant.page.url().includes('/login'), 'registration did not lead to sign-in');
  // The confirmation link, from the mail the demo server wrote to its mail folder.
  const link = await confirmationLink(email);
  await go(applicant, link.replace(/^https?:\/\/[^/]+/, ''), 'email-confirmed');
  expect(await applicant.page.getAttribute('#confirm-result', 'data-confirmed') === 'yes', 'the address was not confirmed');
  await go(applicant, '/login', 'sign-in');
  await applicant.page.fill('#username', email);
  await applicant.page.fill('#password', password);
  await submit(applicant, 'form[action="/login"] button[type=submit]', 'portal');
  expect(applicant.page.url().includes('/portal'), `sign-in led to ${applicant.page.url()}`);

  const reference = await apply(applicant);
  console.log(`  application ${reference} submitted`);

  // ---- the home officer approves ------------------------------------------------------------
  const home = await person('AUS case officer');
  const aus = staff('case_officer', 'AUS');
  await signIn(home, aus.username, aus.password, 'home-officer');
  await approveAtHome(home, reference);

  // ---- two economies pre-clear, one declines ------------------------------------------------
  for (const [economy, decision] of [['JPN', 'approve'], ['NZL', 'approve'], ['KOR', 'decline']]) {
    const officer = await person(`${economy} pre-clearance officer`);
    const login = staff('pre_clearance_officer', economy);
    await signIn(officer, login.username, login.password, `${economy.toLowerCase()}-officer`);
    await decide(officer, reference, decision, economy);
    await officer.context.close();
  }

  // ---- the card is issued; the wallet shows the QR -----------------------------------------
  await go(applicant, '/portal', 'portal-with-card');
  const cardNumber = await applicant.page.locator('[data-card-number]').first().getAttribute('data-card-number');
  expect(cardNumber, 'the portal shows no card');
  await go(applicant, `/cards/${cardNumber}`, 'card');
  await go(applicant, `/wallet?card=${cardNumber}`, 'wallet-loading');
  await applicant.page.waitForFunction(() => document.getElementById('wallet-qr-text')?.value.startsWith('ABTC1:'), null, { timeout: 30000 });
  await applicant.page.waitForSelector('#wallet-qr svg');
  await check(applicant, 'wallet');
  const qr = await applicant.page.inputValue('#wallet-qr-text');
  console.log(`  wallet shows a QR of ${qr.length} characters`);

  // ---- the border verifier page ------------------------------------------------------------
  const border = await person('JPN border officer');
  await go(border, '/verify', 'verify');
  await border.page.waitForFunction(() => document.getElementById('verify-form')?.dataset.offline === 'ready', null, { timeout: 30000 });
  for (const [economy, want] of [['JPN', 'admit'], ['KOR', 'lane_only']]) {
    await border.page.selectOption('#verify-economy', economy);
    await border.page.fill('#verify-qr', qr);
    await border.page.click('#verify-form button[type=submit]');
    await border.page.waitForSelector('#verify-result [data-verdict]');
    const got = await border.page.getAttribute('#verify-result [data-verdict]', 'data-verdict');
    const source = await border.page.getAttribute('#verify-result', 'data-source');
    expect(got === want, `verifier for ${economy}: ${got}, expected ${want}`);
    expect(source === 'offline', `verifier for ${economy} did not run in the browser (${source})`);
    await check(border, `verdict-${economy.toLowerCase()}`);
    console.log(`  verifier ${economy}: ${got}`);
  }
  // Offline: once the service worker controls the page, the network is cut; the page still loads
  // and verifies from its stored lists.
  await border.page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await border.page.reload({ waitUntil: 'load' });
  await border.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  await border.page.waitForFunction(() => document.getElementById('verify-form')?.dataset.offline === 'ready', null, { timeout: 30000 });
  await border.context.setOffline(true);
  await border.page.reload({ waitUntil: 'load' });
  await border.page.waitForFunction(() => document.getElementById('verify-form')?.dataset.offline === 'ready', null, { timeout: 30000 });
  await border.page.selectOption('#verify-economy', 'JPN');
  await border.page.fill('#verify-qr', qr);
  await border.page.click('#verify-form button[type=submit]');
  await border.page.waitForSelector('#verify-result [data-verdict]');
  const offline = await border.page.getAttribute('#verify-result [data-verdict]', 'data-verdict');
  expect(offline === 'admit', `offline verifier for JPN: ${offline}`);
  await check(border, 'verdict-offline');
  console.log(`  verifier JPN offline: ${offline}`);
  await border.context.setOffline(false);

  // The server-side fallback gives the same verdict (the form without JavaScript).
  const nojs = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
  const plain = { context: nojs, page: await nojs.newPage(), name: 'no-js verifier', noScript: true };
  await go(plain, '/verify?economy=KOR', 'verify-no-js');
  await plain.page.fill('#verify-qr', qr);
  await submit(plain, '#verify-form button[type=submit]', 'verdict-no-js');
  const serverVerdict = await plain.page.getAttribute('#verify-result [data-verdict]', 'data-verdict');
  expect(serverVerdict === 'lane_only', `server-side verifier for KOR: ${serverVerdict}`);

  // ---- the e-gate kiosk: the holder's passport zone and the wallet's current QR ---------------
  const desk = await person('JPN border officer at the kiosk');
  const jpnBorder = staff('border_officer', 'JPN');
  await signIn(desk, jpnBorder.username, jpnBorder.password, 'kiosk-officer');
  await go(desk, '/kiosk', 'kiosk');
  const zone = td3({
    number: `PA${n}`, nationality: 'AUS', birth: '840309', sex: 'F', expiry: '320109',
    family: 'TANAKA', given: 'HANAKO',
  });
  await desk.page.fill('#kiosk-mrz', zone);
  await desk.page.fill('#kiosk-qr', await applicant.page.inputValue('#wallet-qr-text'));
  await submit(desk, 'form[action="/kiosk"] button[type=submit]', 'kiosk-decision');
  const gate = await desk.page.getAttribute('[data-outcome]', 'data-outcome');
  expect(gate === 'open', `the JPN e-gate: ${gate}`);
  console.log(`  e-gate JPN: ${gate}`);

  // ---- escalations: JPN's administrator sees its overdue requests and who is told -----------
  const jpnAdminPerson = await person('JPN economy administrator');
  const jpnAdmin = staff('economy_admin', 'JPN');
  await signIn(jpnAdminPerson, jpnAdmin.username, jpnAdmin.password, 'jpn-admin');
  await go(jpnAdminPerson, '/escalations', 'escalations');
  expect(await jpnAdminPerson.page.locator('#contacts').count() === 1, 'no contacts form for the administrator');
} catch (e) {
  failures.push(`story stopped: ${e.stack || e}`);
}
await browser.close();

if (failures.length) {
  console.error(`browser story FAILED (${failures.length}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`browser story passed: ${shot} pages, screenshots in ${shotDir}`);
