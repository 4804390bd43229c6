// Opens each page given on the command line in Debian's Chromium over the DevTools protocol
// (playwright-core drives it; it never downloads a browser), served from a loopback HTTP server
// as a web host would (axe-core reads stylesheets with XHR, which file:// forbids), and prints
// one JSON report:
// what failed to load, which fonts the page got, axe-core's accessibility violations, and
// whether the page fits a phone's width. The Java test (BrowserAuditTest) judges the report.
//
//   node check-pages.mjs SCREENSHOT_DIR PAGE.html...
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [shots, ...pages] = process.argv.slice(2);

// Page i is served at /i/NAME.html from its own folder, so its relative asset links resolve there.
// A page given as SITE::PAGE is served from the site's folder at /i/PATH (PATH relative to SITE):
// a page one folder down (frameworks/ID.html) then loads ../assets from the site, as it will.
const split = pages.map((p) => (p.includes('::') ? p.split('::') : [dirname(resolve(p)), p]));
const roots = split.map(([root]) => resolve(root));
const paths = split.map(([root, p]) => relative(resolve(root), resolve(p)).split(sep).join('/'));
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.ttf': 'font/ttf', '.png': 'image/png' };
const server = createServer(async (req, res) => {
  if (req.url === '/favicon.ico') { // Chromium asks every origin for one; the site has none by design.
    res.writeHead(204).end();
    return;
  }
  const [, index, ...rest] = decodeURIComponent(new URL(req.url, 'http://x').pathname).split('/');
  const root = roots[Number(index)];
  const file = root && resolve(root, rest.join('/'));
  if (!file || !file.startsWith(root + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromiumSandbox: false,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

// Loads a page and records everything it asked for and every error it met on the way.
async function open(context, url) {
  const page = await context.newPage();
  const seen = { requests: [], failed: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('requestfailed', (r) => seen.failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) seen.failed.push(`${r.url()}: HTTP ${r.status()}`); });
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return { page, seen };
}

const reports = [];
for (const [i, file] of pages.entries()) {
  const name = basename(file, '.html');
  const url = `${origin}/${i}/${paths[i]}`;
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, seen } = await open(desktop, url);
  const fonts = await page.evaluate(() => [...document.fonts].map((f) =>
    ({ family: f.family.replace(/"/g, ''), weight: f.weight, style: f.style, status: f.status })));
  // Is the Thai body text set in Sarabun? The font of the first paragraph, as computed.
  const bodyFont = await page.evaluate(() => getComputedStyle(document.querySelector('main')).fontFamily);
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  await page.screenshot({ path: `${shots}/${name}-desktop.png` });
  await desktop.close();

  // A phone in portrait: 360 CSS pixels wide, with the page's own viewport meta honoured.
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  const opened = await open(phone, url);
  const width = await opened.page.evaluate(() => {
    const inner = window.innerWidth;
    // What sticks out on the right, for the failure message (scrolling boxes contain their own).
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > inner + 1)
      .filter((e) => !e.parentElement.closest('table, .table-scroll'))
      .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className} right=${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: inner, wide };
  });
  await opened.page.screenshot({ path: `${shots}/${name}-phone.png` });
  await phone.close();

  reports.push({
    page: basename(file),
    // Anything not asked of our loopback server would have gone to the network.
    foreign: [...seen.requests, ...opened.seen.requests].filter((u) => !u.startsWith(`${origin}/${i}/`)),
    failed: [...seen.failed, ...opened.seen.failed],
    errors: [...seen.errors, ...opened.seen.errors],
    fonts,
    bodyFont,
    violations: axe.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    })),
    phone: width,
  });
}
await browser.close();
server.close();
process.stdout.write(JSON.stringify(reports, null, 1));
