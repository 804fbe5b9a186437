// Headless Chromium for the explorer checks: Debian's chromium through playwright-core, a throw-away profile, and a
// record of every request that left the page's origin and every console error or uncaught exception.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export async function openBrowser({ origin, chromiumPath, viewport = { width: 1366, height: 768 } }) {
  const executablePath = chromiumPath || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-explore-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport,
    acceptDownloads: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const external = [];
  const consoleErrors = [];
  const watched = new WeakSet();
  const watch = (page) => {
    if (watched.has(page)) return page;
    watched.add(page);
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
    });
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    return page;
  };
  context.on('page', watch);
  const page = watch(context.pages()[0] ?? (await context.newPage()));
  return {
    context,
    page,
    external,
    consoleErrors,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
