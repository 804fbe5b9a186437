// The explorer with private reads: the page must ask for a credential before it can read anything, keep it in the
// tab's sessionStorage only, send it with its requests, and then work as usual.
// Usage: node explore-private.mjs <service base url> <api key> <screenshot path> [chromium path]
// Prints "EXPLORE-PRIVATE-RESULT <json>" at the end (also on failure, with "failed").
import { openBrowser } from './browser.mjs';

const [baseArg, apiKey, screenshot, chromiumPath] = process.argv.slice(2);
if (!baseArg || !apiKey || !screenshot) {
  console.error('usage: node explore-private.mjs <service base url> <api key> <screenshot path> [chromium path]');
  process.exit(2);
}
const origin = new URL(baseArg).origin;
const browser = await openBrowser({ origin, chromiumPath });
const { page } = browser;
const result = {};
const sentKeys = [];
page.on('request', (request) => {
  if (request.url().startsWith(`${origin}/graphql`)) sentKeys.push(request.headers()['x-api-key'] ?? null);
});

try {
  await page.goto(`${origin}/explore`, { waitUntil: 'load' });
  const dialog = page.getByRole('dialog', { name: 'Sign in to read the graph' });
  await dialog.waitFor({ timeout: 15_000 });
  result.reason = await page.locator('#credentials-reason').textContent();
  await dialog.getByLabel('API key').check();
  await dialog.getByLabel('Token or key').fill(apiKey);
  await page.screenshot({ path: screenshot });
  await dialog.getByRole('button', { name: 'Use it' }).click();
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
  await page.locator('#search-input').pressSequentially('Altynkol', { delay: 30 });
  await page.locator('#search-suggestions [data-key="altynkol"]').waitFor({ timeout: 15_000 });
  result.searched = true;
  result.storage = await page.evaluate(() => ({
    session: Object.values(sessionStorage).some((value) => value.includes('"apiKey"')),
    localKeys: Object.keys(localStorage).length,
    cookies: document.cookie,
  }));
  result.anonymousRequests = sentKeys.filter((key) => key === null).length;
  result.keyedRequests = sentKeys.filter((key) => key === apiKey).length;
  result.credentialButton = await page.locator('#credentials-button').textContent();
} catch (error) {
  result.failed = error.message;
  await page.screenshot({ path: screenshot }).catch(() => {});
  process.exitCode = 1;
} finally {
  result.external = browser.external;
  // The first, anonymous request is refused with 401 by design; the browser logs that refusal as a console error.
  result.consoleErrors = browser.consoleErrors.filter((text) => !text.includes('401'));
  await browser.close();
  console.log(`EXPLORE-PRIVATE-RESULT ${JSON.stringify(result)}`);
}
