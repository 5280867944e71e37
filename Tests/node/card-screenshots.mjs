#!/usr/bin/env node
// Screenshots of Adaptive Cards as the Agents Playground's web UI renders them, in headless Chromium.
//
//   node card-screenshots.mjs --playground http://127.0.0.1:56150 [--chromium /usr/bin/chromium]
//
// Opens the Playground UI, prints {"ready":true} once the page is connected, then reads one request per line
// on stdin:  {"id":1,"text":"Tôi có thể giúp gì?","out":"/abs/path/help","timeoutMs":15000}
// It waits until the newest card of the open chat contains `text` and writes <out>.desktop.png (the whole UI
// at 1280x900) and <out>.phone.png (the card at a phone's width, 390 px with margins), then answers
// {"id":1,"ok":true,"files":{...},"phone":{"width","height","overflow":[...]},"fonts":[...]}.
// The browser never leaves the machine: every request to a non-loopback host is aborted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium } from 'playwright-core';

const DESKTOP = { width: 1280, height: 900 };
const PHONE_WIDTH = 390;
const PHONE_MARGIN = 16;
const CARD = '.ac-preview-panel > .ac-adaptiveCard'; // a message's card, not a card nested in it

const send = (message) => process.stdout.write(JSON.stringify(message) + '\n');

function options(argv) {
  const result = { chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--playground') result.playground = argv[++i];
    else if (argv[i] === '--chromium') result.chromium = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!result.playground) throw new Error('usage: card-screenshots.mjs --playground URL [--chromium PATH]');
  return result;
}

function isLocal(url) {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
  } catch {
    return false;
  }
}

async function openPlayground(opts, profile) {
  if (!fs.existsSync(opts.chromium)) throw new Error(`no browser at ${opts.chromium}: apt-get install chromium fonts-dejavu-core`);
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: opts.chromium,
    headless: true,
    viewport: DESKTOP,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // The UI asks for fonts and a script from Microsoft's CDN: nothing leaves the machine.
  await browser.route('**/*', (route) => (isLocal(route.request().url()) ? route.fallback() : route.abort('blockedbyclient')));
  // Loading the page installs the app (installationUpdate + conversationUpdate to the bot). Tests install
  // when they mean to, so the page's own install is answered here and never reaches the bot.
  await browser.route('**/_debug/conversation/*/installation', (route) => route.fulfill({ status: 200, body: '' }));

  const page = browser.pages()[0] ?? await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const streams = new Map();
  const connected = new Promise((resolve) => {
    cdp.on('Network.webSocketCreated', (e) => streams.set(e.requestId, e.url));
    // The handshake answer means the Playground has registered the page as a listener of bot messages.
    cdp.on('Network.webSocketHandshakeResponseReceived', (e) => {
      if ((streams.get(e.requestId) ?? '').includes('/_ws_conversation/')) resolve();
    });
  });
  await page.goto(new URL('/', opts.playground).href, { waitUntil: 'domcontentloaded' });
  await Promise.all([
    page.getByRole('textbox').first().waitFor({ state: 'visible', timeout: 60000 }),
    withTimeout(connected, 60000, 'the UI never connected to the Playground websocket'),
  ]);
  return { browser, page, cdp };
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(what)), ms); })])
    .finally(() => clearTimeout(timer));
}

// Elements inside the card whose content does not fit (clipped or overflowing text, buttons cut short).
function overflowInside(card) {
  const describe = (el) => ({ element: `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => c.startsWith('ac-')).join('.')}`, text: (el.innerText || '').slice(0, 60) });
  const right = card.getBoundingClientRect().right;
  const found = [];
  for (const el of [card, ...card.querySelectorAll('*')]) {
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push({ ...describe(el), problem: 'content wider than its box' });
    else if (el.getBoundingClientRect().right > right + 1) found.push({ ...describe(el), problem: 'sticks out of the card' });
  }
  return found;
}

async function renderedFonts(cdp, card) {
  // The first element that holds text itself (a TextBlock's paragraph), so the fonts are those of real text.
  await card.evaluate((el) => [...el.querySelectorAll('*')]
    .find((n) => [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim()))
    ?.setAttribute('data-font-probe', '1'));
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe="1"]' });
  if (!nodeId) return [];
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await card.evaluate((el) => el.querySelector('[data-font-probe]')?.removeAttribute('data-font-probe'));
  return fonts.map((f) => f.familyName);
}

async function shoot(session, request) {
  const { page, cdp } = session;
  // The newest card of the chat, once it contains the text: an older card with the same text never counts.
  await page.waitForFunction(({ text, selector }) => {
    const cards = document.querySelectorAll(selector);
    const newest = cards[cards.length - 1];
    return newest && !newest.hasAttribute('data-shot') && newest.innerText.includes(text);
  }, { text: request.text, selector: CARD }, { timeout: request.timeoutMs ?? 15000 }).catch(async (error) => {
    const newest = await page.locator(CARD).last().innerText().catch(() => '(no card)');
    throw new Error(`no new card containing ${JSON.stringify(request.text)} (${error.message}); the newest card says: ${newest.slice(0, 300)}`);
  });
  const card = page.locator(CARD).last();
  await page.evaluate(() => document.fonts.ready);
  fs.mkdirSync(path.dirname(request.out), { recursive: true });

  await page.setViewportSize(DESKTOP);
  await card.scrollIntoViewIfNeeded();
  const desktopFile = `${request.out}.desktop.png`;
  await page.screenshot({ path: desktopFile });
  const desktopBox = await card.boundingBox();

  // Phone: the card as wide as on a 390 px screen; the Playground UI itself has no phone layout.
  const saved = await card.evaluate((el, width) => {
    const chain = [];
    const bubble = el.closest('.fai-OutputCard') ?? el.parentElement;
    for (let n = el; n && n !== bubble?.parentElement; n = n.parentElement) chain.push([n, n.getAttribute('style')]);
    for (const [n] of chain.slice(1)) Object.assign(n.style, { width: 'fit-content', minWidth: '0', maxWidth: 'none' });
    Object.assign(el.style, { width: `${width}px`, boxSizing: 'border-box' });
    window.__restoreCard = () => chain.forEach(([n, style]) => (style === null ? n.removeAttribute('style') : n.setAttribute('style', style)));
    return chain.length;
  }, PHONE_WIDTH - 2 * PHONE_MARGIN);
  const phoneHeight = Math.ceil((await card.boundingBox()).height);
  await page.setViewportSize({ width: DESKTOP.width, height: Math.max(DESKTOP.height, phoneHeight + 200) });
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  const overflow = await card.evaluate(overflowInside);
  const phoneFile = `${request.out}.phone.png`;
  // Only a few pixels above the card: the message header (bot name, time) sits just over it.
  const top = Math.max(0, box.y - 6);
  await page.screenshot({ path: phoneFile, clip: { x: box.x - PHONE_MARGIN, y: top, width: PHONE_WIDTH, height: box.y - top + box.height + PHONE_MARGIN } });
  const fonts = await renderedFonts(cdp, card);
  await page.evaluate(() => window.__restoreCard?.());
  await page.setViewportSize(DESKTOP);
  await card.evaluate((el) => el.setAttribute('data-shot', '1'));

  return {
    ok: true,
    files: { desktop: desktopFile, phone: phoneFile },
    desktop: { width: Math.round(desktopBox.width), height: Math.round(desktopBox.height) },
    phone: { width: Math.round(box.width), height: Math.round(box.height), overflow, restyled: saved },
    fonts,
  };
}

async function main() {
  const opts = options(process.argv.slice(2));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'emulationbot-chromium-'));
  let session;
  try {
    session = await openPlayground(opts, profile);
    send({ ready: true });
    const lines = readline.createInterface({ input: process.stdin });
    for await (const line of lines) {
      if (!line.trim()) continue;
      let request;
      try {
        request = JSON.parse(line);
        if (request.quit) break;
        if (!request.text || !request.out) throw new Error('a request needs "text" and "out"');
        send({ id: request.id, ...(await shoot(session, request)) });
      } catch (error) {
        send({ id: request?.id, ok: false, error: String(error?.message ?? error) });
      }
    }
  } finally {
    await session?.browser.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  send({ ready: false, error: String(error?.message ?? error) });
  process.exitCode = 2;
});
