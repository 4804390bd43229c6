// Opens a page of `plan serve` in Debian's Chromium (playwright-core drives it; it never downloads
// a browser) and, for each step, saves the plan file as an editor does (a temporary file renamed
// over it) and waits, without navigating, until the page shows the step's text. Prints one JSON
// report: per step, the milliseconds from the save to the text being visible, when the page
// asked for itself again, and how many times it updated itself (`updates`: whole reloads, counted
// apart in `reloads`, and swaps of its body in place). Each --watch URL is open in a tab of its
// own: for each step, how many times it updated within a moment after the page showed the step
// (a tab on another plan must not). The Java test (BrowserServeTest) and the bench judge it.
//
//   node live-edit.mjs URL PLAN_FILE STEPS.json [SCREENSHOT_DIR] [--watch URL]...
//   STEPS.json: [{"text": "the file's new content", "expect": "text the page then shows"}, ...]
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const watched = [];
for (let i = args.indexOf('--watch'); i >= 0; i = args.indexOf('--watch')) watched.push(...args.splice(i, 2).slice(1));
const [url, file, stepsFile, shots] = args;
/** How long a watched tab is given to update after the page showed the step. */
const SETTLE_MS = 1000;
const isEvents = (u) => new URL(u).pathname === '/events';
const steps = JSON.parse(readFileSync(stepsFile, 'utf8'));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromiumSandbox: false,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const report = { steps: [], errors: [] };
try {
  // Counts the swaps of a page's body ("plan:updated" events of the served page's script).
  const countSwaps = async (p, count) => {
    await p.exposeFunction('__planSwapped', count);
    await p.addInitScript(() => addEventListener('plan:updated', () => window.__planSwapped()));
  };
  const page = await browser.newPage();
  let streams = 0; // event streams the page opened: one per load of the page
  let loads = 0;
  let swaps = 0;
  await countSwaps(page, () => { swaps++; });
  page.on('response', (r) => { if (isEvents(r.url())) streams++; });
  page.on('load', () => { loads++; });
  let asked = null; // when the page last asked for its document again (the start of an update)
  page.on('request', (r) => {
    if (r.isNavigationRequest() || (r.resourceType() === 'fetch' && r.url() === url)) asked = performance.now();
  });
  page.on('pageerror', (e) => report.errors.push(String(e)));
  const waitFor = async (test, what) => {
    const end = Date.now() + 30000;
    while (!test()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((ok) => setTimeout(ok, 5));
    }
  };
  const tabs = [];
  for (const other of watched) {
    const tab = { page: await browser.newPage(), loads: 0, streams: 0, swaps: 0 };
    await countSwaps(tab.page, () => { tab.swaps++; });
    tab.page.on('response', (r) => { if (isEvents(r.url())) tab.streams++; });
    tab.page.on('load', () => { tab.loads++; });
    await tab.page.goto(other); // navigations the script makes: once per tab
    await waitFor(() => tab.streams >= 1, `the event stream of ${other}`);
    tabs.push(tab);
  }
  await page.goto(url);
  await waitFor(() => streams >= 1, 'the event stream');
  for (const [i, step] of steps.entries()) {
    const loadsBefore = loads;
    const swapsBefore = swaps;
    const tabUpdatesBefore = tabs.map((t) => t.loads + t.swaps);
    const temp = join(dirname(file), `.${basename(file)}.tmp`);
    writeFileSync(temp, step.text);
    const saved = performance.now();
    asked = null;
    renameSync(temp, file);
    await page.waitForFunction((text) => document.body && document.body.innerText.includes(text),
      step.expect, { polling: 5, timeout: 30000 });
    const ms = Math.round(performance.now() - saved);
    if (shots) await page.screenshot({ path: join(shots, `serve-step-${i}.png`), fullPage: true });
    const reloadMs = asked === null ? null : Math.round(asked - saved);
    let watchedUpdates;
    if (tabs.length) {
      await new Promise((ok) => setTimeout(ok, SETTLE_MS));
      watchedUpdates = tabs.map((t, k) => t.loads + t.swaps - tabUpdatesBefore[k]);
      // A reloaded tab must be listening again before the next save.
      for (const t of tabs) await waitFor(() => t.streams >= t.loads, 'a watched tab to listen again');
    }
    report.steps.push({ expect: step.expect, ms, reloadMs, updates: loads - loadsBefore + swaps - swapsBefore,
      reloads: loads - loadsBefore, url: page.url(), watchedUpdates });
    // The next save must find a reloaded page listening again (a swapped one never stopped).
    await waitFor(() => streams >= loads, 'the reloaded page to listen again');
  }
} catch (e) {
  report.errors.push(String(e));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report));
