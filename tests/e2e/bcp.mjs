// Drives Banana Cake Pop the way a person would: opens the GraphQL endpoint in headless Chromium, waits until the
// IDE has loaded the schema, checks that a new document starts with the starter questions, types a query over them,
// runs it and waits for the result.
// Usage: node bcp.mjs <endpoint url> <screenshot path> [chromium path]
// Chromium: third argument, else $CHROMIUM_PATH, else /usr/bin/chromium. Prints "BCP-RESULT <json>" on success.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [url, screenshot, chromiumArg] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node bcp.mjs <endpoint url> <screenshot path> [chromium path]');
  process.exit(2);
}

const executablePath = chromiumArg || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const query = '{ projects(first: 50, where: { name: { contains: "Khorgos" } }) { totalCount nodes { key name } } }';
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bcp-profile-'));
const external = [];

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

try {
  const page = context.pages()[0] ?? (await context.newPage());
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      external.push(request.url());
    }
  });

  const schemaLoaded = page.waitForResponse(async (response) => {
    const body = response.request().postData() ?? '';
    if (response.request().method() !== 'POST' || !body.includes('__schema')) return false;
    const text = await response.text();
    return response.status() === 200 && text.includes('"queryType"');
  }, { timeout: 90_000 });

  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Create Document' }).first().click({ timeout: 90_000 });
  await schemaLoaded;
  console.log('schema loaded by the IDE');

  // A new document starts with the README's journalist questions (graphQLDocument in bcp-config.json); replace them.
  await page.locator('.view-lines', { hasText: 'query WhoOwnsTheDryPort' }).first().waitFor({ timeout: 30_000 });
  console.log('BCP-STARTER shown in the new document');
  const request = page.locator('.monaco-editor').first();
  await request.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(query);
  // The editor closes brackets as you type; drop what it added after the cursor.
  await page.keyboard.press('Shift+Control+End');
  await page.keyboard.press('Delete');

  // The IDE syncs the editor into its document model asynchronously: run until the request carries the query.
  let response;
  for (let attempt = 1; attempt <= 10 && !response; attempt++) {
    const sent = page.waitForResponse((r) => r.request().method() === 'POST' && !(r.request().postData() ?? '').includes('__schema'), { timeout: 30_000 });
    await page.getByRole('button', { name: /^Run/ }).first().click();
    const candidate = await sent;
    if ((candidate.request().postData() ?? '').includes('Khorgos')) response = candidate;
    else await page.waitForTimeout(500);
  }
  if (!response) throw new Error('the IDE never sent the typed query');
  const body = await response.json();

  // What the server answered must be what the person sees in the response pane.
  const firstKey = body?.data?.projects?.nodes?.[0]?.key;
  if (!firstKey) throw new Error(`the query returned no project: ${JSON.stringify(body)}`);
  await page.locator('.view-lines', { hasText: firstKey }).first().waitFor({ timeout: 30_000 });
  console.log(`result shown in the IDE: ${firstKey}`);
  await page.screenshot({ path: screenshot });
  console.log(`screenshot: ${screenshot}`);
  if (external.length > 0) {
    console.log(`requests to other hosts (allowed to fail offline): ${[...new Set(external)].join(', ')}`);
  }
  console.log(`BCP-RESULT ${JSON.stringify(body)}`);
} catch (error) {
  const pages = context.pages();
  if (pages.length > 0) await pages[0].screenshot({ path: screenshot }).catch(() => {});
  console.error(`Banana Cake Pop check failed: ${error.message} (screenshot: ${screenshot})`);
  process.exitCode = 1;
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
