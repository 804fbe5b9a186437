// How long the link explorer takes to load and draw the neighbourhood of one entity: opens
// <base>/explore?entity=<key> in headless Chromium, each time in a fresh browser profile (nothing cached), and reads
// from the page's own clock the time from navigation start until the status line reports the drawn entities.
// Usage: node explore-load.mjs <service base url> [entity key, default khorgos] [runs, default 7] [chromium path]
// Prints one line per run and the median; a benchmark, not a test: it asserts nothing.
import { openBrowser } from './browser.mjs';

const [baseArg, key = 'khorgos', runsArg = '7', chromiumPath] = process.argv.slice(2);
if (!baseArg) {
  console.error('usage: node explore-load.mjs <service base url> [entity key] [runs] [chromium path]');
  process.exit(2);
}
const origin = new URL(baseArg).origin;
const times = [];
for (let run = 1; run <= Number(runsArg); run++) {
  const browser = await openBrowser({ origin, chromiumPath });
  try {
    await browser.page.goto(`${origin}/explore?entity=${encodeURIComponent(key)}`, { waitUntil: 'commit' });
    const drawn = await browser.page.waitForFunction(() => {
      const match = /(\d+) entities/.exec(document.getElementById('status')?.textContent ?? '');
      return match ? { entities: Number(match[1]), ms: performance.now() } : null;
    }, null, { timeout: 30_000, polling: 'raf' });
    const { entities, ms } = await drawn.jsonValue();
    times.push(ms);
    console.log(`run ${run}: ${ms.toFixed(0)} ms to draw ${entities} entities around '${key}'`);
  } finally {
    await browser.close();
  }
}
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)].toFixed(0)} ms over ${times.length} runs (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`);
