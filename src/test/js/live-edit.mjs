// Opens a page of `plan serve` in Debian's Chromium (playwright-core drives it; it never downloads
// a browser) and, for each step, saves the plan file as an editor does (a temporary file renamed
// over it) and waits, without navigating, until the page shows the step's text. Prints one JSON
// report: per step, the milliseconds from the save to the text being visible, and how many
// times the page reloaded itself. The Java test (BrowserServeTest) and the bench judge it.
//
//   node live-edit.mjs URL PLAN_FILE STEPS.json [SCREENSHOT_DIR]
//   STEPS.json: [{"text": "the file's new content", "expect": "text the page then shows"}, ...]
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, file, stepsFile, shots] = process.argv.slice(2);
const steps = JSON.parse(readFileSync(stepsFile, 'utf8'));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromiumSandbox: false,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const report = { steps: [], errors: [] };
try {
  const page = await browser.newPage();
  let streams = 0; // event streams the page opened: one per load of the page
  let loads = 0;
  page.on('response', (r) => { if (r.url().endsWith('/events')) streams++; });
  page.on('load', () => { loads++; });
  page.on('pageerror', (e) => report.errors.push(String(e)));
  const waitFor = async (test, what) => {
    const end = Date.now() + 30000;
    while (!test()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((ok) => setTimeout(ok, 5));
    }
  };
  await page.goto(url); // the only navigation this script makes
  await waitFor(() => streams >= 1, 'the event stream');
  for (const [i, step] of steps.entries()) {
    const loadsBefore = loads;
    const streamsBefore = streams;
    const temp = join(dirname(file), `.${basename(file)}.tmp`);
    writeFileSync(temp, step.text);
    const saved = performance.now();
    renameSync(temp, file);
    await page.waitForFunction((text) => document.body && document.body.innerText.includes(text),
      step.expect, { polling: 5, timeout: 30000 });
    const ms = Math.round(performance.now() - saved);
    if (shots) await page.screenshot({ path: join(shots, `serve-step-${i}.png`), fullPage: true });
    report.steps.push({ expect: step.expect, ms, reloads: loads - loadsBefore, url: page.url() });
    // The next save must find the reloaded page listening again.
    await waitFor(() => streams > streamsBefore, 'the reloaded page to listen again');
  }
} catch (e) {
  report.errors.push(String(e));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report));
