// Drives the link explorer at /explore the way a journalist would: searches "Altynkol" from the keyboard, opens it,
// expands a neighbour, filters by a relationship type and by confidence, traces Altynkol → Belt and Road Initiative
// and reads a hop's source, copies the citations, downloads PNG, SVG, GraphML, CSV and JSON, links a third entity
// (Khorgos) in, reopens the shared links, and pages through a hub's neighbours with "Show more". What the page shows
// is checked against what the API answers for the same question. A screenshot per step goes to <artifacts dir>.
// Usage: node explore.mjs <service base url> <artifacts dir> [chromium path]
// Prints "EXPLORE-RESULT <json>" at the end (also on failure, with "failed").
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './browser.mjs';

const [baseArg, artifacts, chromiumPath] = process.argv.slice(2);
if (!baseArg || !artifacts) {
  console.error('usage: node explore.mjs <service base url> <artifacts dir> [chromium path]');
  process.exit(2);
}
const origin = new URL(baseArg).origin;
fs.mkdirSync(artifacts, { recursive: true });
const result = { steps: [], screenshots: [] };
const browser = await openBrowser({ origin, chromiumPath });
let { page } = browser;

async function api(query, variables = {}) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`API: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function step(name, action) {
  await action();
  const file = path.join(artifacts, `explore-${String(result.steps.length + 1).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  result.steps.push(name);
  result.screenshots.push(file);
  console.log(`step ${name}: ok (${file})`);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const status = () => page.locator('#status');
const drawnCount = async () => Number(/(\d+) entities/.exec(await status().textContent())?.[1] ?? NaN);
// The drawing's own count of dashed (Reported) edges, read from the cytoscape instance registered on its container.
const drawnReported = () => page.evaluate(() => document.getElementById('graph')._cyreg.cy.edges('.reported').length);
const inView = async () => (await page.locator('#in-view-list li').evaluateAll((items) => items.map((li) => li.dataset.key))).sort();

try {
  await step('search-suggestions', async () => {
    await page.goto(`${origin}/explore`, { waitUntil: 'load' });
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    // Keyboard first: the skip link, then the search box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id) === 'search-input', 'the search box is not the second stop of the Tab key');
    await page.keyboard.type('Altynkol', { delay: 40 });
    await page.locator('#search-suggestions [role=option][data-key="altynkol"]').waitFor({ timeout: 15_000 });
    const first = page.locator('#search-suggestions [role=option]').first();
    expect(await first.getAttribute('data-key') === 'altynkol', 'the exact name is not the first suggestion');
    expect(/region/i.test(await first.locator('.kind').textContent()), 'the suggestion does not name its kind');
  });

  await step('entity-opened', async () => {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#entity-name', { hasText: /^Altynkol$/ }).waitFor({ timeout: 15_000 });
    await status().filter({ hasText: 'entities' }).waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('entity') === 'altynkol', `the URL does not hold the entity: ${page.url()}`);
    const data = await api(`{ entity(key: "altynkol") { relationships(first: 100) { totalCount } } }`);
    const shown = await page.locator('#panel-body .facts-list > li').count();
    expect(shown === Math.min(50, data.entity.relationships.totalCount), `panel lists ${shown} relationships, the API has ${data.entity.relationships.totalCount}`);
    const sentence = await page.locator('#panel-body .fact .sentence').first().textContent();
    expect(/ — .+ → /.test(sentence), `a relationship does not read as a sentence: ${sentence}`);
    result.rootCount = await drawnCount();
  });

  await step('neighbour-expanded', async () => {
    const neighbour = 'Altynkol – Khorgos railway crossing';
    await page.getByRole('button', { name: `Open ${neighbour}`, exact: true }).first().click();
    await page.locator('#entity-name', { hasText: neighbour }).waitFor({ timeout: 15_000 });
    await page.waitForFunction((before) => Number(/(\d+) entities/.exec(document.getElementById('status').textContent)?.[1]) > before,
      result.rootCount, { timeout: 15_000 });
    result.expandedCount = await drawnCount();
    expect((await page.locator('#in-view-list li').count()) === result.expandedCount, 'the list of entities in view disagrees with the drawing');
  });

  await step('filtered-by-type', async () => {
    await page.locator('#type-filter summary').click();
    await page.getByRole('checkbox', { name: /\(CONNECTS\)$/ }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('types') === 'CONNECTS', null, { timeout: 15_000 });
    await status().filter({ hasText: /entities/ }).waitFor();
    await page.waitForFunction((before) => Number(/(\d+) entities/.exec(document.getElementById('status').textContent)?.[1]) < before,
      result.expandedCount, { timeout: 15_000 });
    await page.locator('#type-filter summary').click();
    result.filteredCount = await drawnCount();
    result.filteredUrl = page.url();
    result.filteredView = await inView();
  });

  await step('filtered-by-confidence', async () => {
    await page.locator('#type-filter summary').click();
    await page.getByRole('button', { name: 'Show all' }).first().click();
    await page.locator('#type-filter summary').click();
    await page.waitForFunction((count) => Number(/(\d+) entities/.exec(document.getElementById('status').textContent)?.[1]) === count,
      result.expandedCount, { timeout: 15_000 });
    const neighbourhood = (key) => `neighborhood(id: "${key}", depth: 1, limit: 60) { relationships { key confidence } }`;
    const data = await api(`{ a: ${neighbourhood('altynkol')} b: ${neighbourhood('altynkol-khorgos-railway-crossing')} }`);
    const reported = new Set([...data.a.relationships, ...data.b.relationships].filter((r) => r.confidence === 'REPORTED').map((r) => r.key));
    expect(reported.size > 0, 'the expanded neighbourhood has no Reported relationship to filter out');
    expect(await drawnReported() === reported.size, `the drawing has ${await drawnReported()} Reported edges, the API ${reported.size}`);

    await page.locator('#fact-filter summary').click();
    await page.getByLabel('Confidence', { exact: true }).selectOption('CONFIRMED');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('confidence') === 'CONFIRMED', null, { timeout: 15_000 });
    await status().filter({ hasText: /hidden by confidence or years/ }).waitFor({ timeout: 15_000 });
    expect(await drawnReported() === 0, 'Reported edges are still drawn with the Confirmed-only filter');
    const hidden = Number(/(\d+) relationships? hidden/.exec(await status().textContent())?.[1]);
    expect(hidden >= reported.size, `the status hides ${hidden} relationships, fewer than the ${reported.size} Reported`);
    const listed = await page.locator('#in-view-list li').count();
    expect(listed === await drawnCount() && listed <= result.expandedCount, 'the list of entities in view disagrees with the filtered drawing');
    result.confidenceHidden = hidden;

    await page.getByRole('button', { name: 'Any confidence, any year' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('confidence'), null, { timeout: 15_000 });
    await page.waitForFunction((count) => Number(/(\d+) entities/.exec(document.getElementById('status').textContent)?.[1]) === count,
      result.expandedCount, { timeout: 15_000 });
    expect(await drawnReported() === reported.size, 'clearing the filter did not bring the Reported edges back');
    await page.locator('#fact-filter summary').click();
  });

  await step('paths-traced', async () => {
    await page.locator('#type-filter summary').click();
    await page.getByRole('button', { name: 'Show all' }).first().click();
    await page.locator('#type-filter summary').click();
    await page.getByRole('button', { name: 'How are these linked?' }).click();
    await page.locator('#links-form').waitFor({ state: 'visible' });
    await page.locator('#from-input').fill('');
    await page.locator('#from-input').pressSequentially('Altynkol', { delay: 30 });
    await page.locator('#from-suggestions [data-key="altynkol"]').click({ timeout: 15_000 });
    await page.locator('#to-input').pressSequentially('Belt and Road', { delay: 30 });
    await page.locator('#to-suggestions [data-key="belt-and-road-initiative"]').click({ timeout: 15_000 });
    await page.locator('#path-mode').selectOption('ALL_SHORTEST');
    await page.getByRole('button', { name: 'Trace' }).click();
    await page.locator('#paths-list .path').first().waitFor({ timeout: 15_000 });

    const data = await api(`{ paths(from: "altynkol", to: "belt-and-road-initiative", mode: ALL_SHORTEST, maxLength: 4, first: 10) {
      nodes { name } hops { relationship { sources { title } } } } }`);
    expect(await page.locator('#paths-list .path').count() === data.paths.length, 'the page lists another number of paths than the API answers');
    const hop = page.locator('#paths-list .path').first().locator('.fact').first();
    await hop.locator('details.sources summary').click();
    const titles = await hop.locator('.source a, .source span:first-child').allTextContents();
    const expected = data.paths[0].hops[0].relationship.sources.map((s) => s.title);
    expect(JSON.stringify(titles) === JSON.stringify(expected), `hop sources shown ${JSON.stringify(titles)}, API ${JSON.stringify(expected)}`);
    result.hopSources = titles;
    result.pathCount = data.paths.length;
    result.pathsUrl = page.url();
    result.pathsView = await inView();
  });

  await step('citations-copied', async () => {
    await page.getByRole('button', { name: 'Copy citations' }).click();
    await status().filter({ hasText: 'Citations copied' }).waitFor({ timeout: 10_000 });
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.locator('#citations-text').inputValue();
    expect(clipboard === shown, 'the clipboard does not hold the citations shown');
    for (const title of result.hopSources) expect(clipboard.includes(title), `the citations lack the source "${title}"`);
    expect(clipboard.startsWith('How Altynkol is linked to Belt and Road Initiative'), 'the citations do not start with the question');
    result.citations = clipboard;
  });

  await step('downloads', async () => {
    // Presses a download button and keeps the file, under the name the page gave it, in the artifacts.
    const download = async (button) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      const saved = path.join(artifacts, file.suggestedFilename());
      await file.saveAs(saved);
      return saved;
    };
    const pngFile = await download('Download PNG');
    const signature = fs.readFileSync(pngFile).subarray(0, 8).toString('hex');
    expect(signature === '89504e470d0a1a0a', `the PNG download is not a PNG (${signature})`);
    const graphmlFile = await download('Download GraphML');
    const text = fs.readFileSync(graphmlFile, 'utf8');
    expect(text.includes('<graphml') && text.includes('Belt and Road Initiative') && text.includes('Altynkol'), 'the GraphML does not hold the traced path');
    const svgFile = await download('Download SVG');
    const svgText = fs.readFileSync(svgFile, 'utf8').trimStart();
    expect(/^(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?<svg/.test(svgText), `the SVG download is not an SVG: ${svgText.slice(0, 60)}`);
    // Long names wrap over several <text> lines; these two fit on one.
    expect(svgText.includes('>Altynkol<') && svgText.includes('>Kazakhstan<'), 'the SVG does not draw the traced path\'s labels');
    const csvFile = await download('Download CSV (zip)');
    const zipSignature = fs.readFileSync(csvFile).subarray(0, 4).toString('hex');
    expect(zipSignature === '504b0304', `the CSV download is not a zip (${zipSignature})`);
    const jsonFile = await download('Download JSON');
    const jsonText = fs.readFileSync(jsonFile, 'utf8');
    JSON.parse(jsonText);
    expect(jsonText.includes('belt-and-road-initiative') && jsonText.includes('altynkol'), 'the JSON does not hold the traced path');
    result.downloads = [pngFile, graphmlFile, svgFile, csvFile, jsonFile].map((file) => path.basename(file));
  });

  await step('three-connected', async () => {
    await page.getByRole('button', { name: 'Add an entity' }).click();
    expect(await page.evaluate(() => document.activeElement?.id) === 'and-1-input', 'Add an entity does not move the focus to the new field');
    await page.keyboard.type('Khorgos', { delay: 30 });
    await page.locator('#and-1-suggestions [data-key="khorgos"]').click({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Trace' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('and') === 'khorgos', null, { timeout: 15_000 });
    await page.locator('#paths-list h3', { hasText: /^Linking Altynkol, Belt and Road Initiative and Khorgos/ }).waitFor({ timeout: 15_000 });

    const data = await api(`{ connect(ids: ["altynkol", "belt-and-road-initiative", "khorgos"], maxLength: 4) {
      truncated nodes { key } relationships { key sources { title } } } }`);
    expect(!data.connect.truncated, 'the API could not link the three entities');
    const hops = page.locator('#paths-list .path .fact');
    expect(await hops.count() === data.connect.relationships.length,
      `the page lists ${await hops.count()} hops, the API's connect ${data.connect.relationships.length}`);
    expect(await page.evaluate(() => document.getElementById('graph')._cyreg.cy.edges().length) === data.connect.relationships.length,
      'the drawing has another number of edges than the API\'s connect');
    const view = await inView();
    for (const key of ['altynkol', 'belt-and-road-initiative', 'khorgos']) expect(view.includes(key), `${key} is not in the view`);
    expect(JSON.stringify(view) === JSON.stringify(data.connect.nodes.map((n) => n.key).sort()), 'the view holds other entities than connect');
    const citations = await page.locator('#citations-text').inputValue();
    expect(citations.startsWith('How Altynkol, Belt and Road Initiative and Khorgos are linked'), 'the citations do not start with the question');
    for (const source of data.connect.relationships.flatMap((r) => r.sources)) {
      expect(citations.includes(source.title), `the citations lack the source "${source.title}"`);
    }
    result.connectHops = data.connect.relationships.length;
  });

  await step('shared-paths-reopened', async () => {
    page = await browser.context.newPage();
    await page.goto(result.pathsUrl, { waitUntil: 'load' });
    await page.locator('#paths-list .path').first().waitFor({ timeout: 15_000 });
    expect(JSON.stringify(await inView()) === JSON.stringify(result.pathsView), 'the shared paths link draws other entities');
    expect(await page.locator('#citations-text').inputValue() === result.citations, 'the shared paths link gives other citations');
    expect(await page.locator('#path-mode').inputValue() === 'ALL_SHORTEST', 'the shared link lost the path mode');
  });

  await step('shared-neighbourhood-reopened', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(result.filteredUrl, { waitUntil: 'load' });
    await page.locator('#entity-name', { hasText: 'Altynkol – Khorgos railway crossing' }).waitFor({ timeout: 15_000 });
    await status().filter({ hasText: 'entities' }).waitFor({ timeout: 15_000 });
    expect(JSON.stringify(await inView()) === JSON.stringify(result.filteredView), 'the shared neighbourhood link draws other entities');
    await page.locator('#type-filter summary').click();
    expect(await page.getByRole('checkbox', { name: /\(CONNECTS\)$/ }).isChecked(), 'the shared link lost the relationship-type filter');
    await page.locator('#type-filter summary').click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `at phone width the page scrolls sideways by ${overflow}px`);
  });

  await step('hub-shows-more', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${origin}/explore?entity=kazakhstan`, { waitUntil: 'load' });
    await status().filter({ hasText: 'entities' }).waitFor({ timeout: 15_000 });
    const neighbours = async (limit) => (await api(`{ neighborhood(id: "kazakhstan", depth: 1, limit: ${limit}) { truncated nodes { key } } }`)).neighborhood;
    const all = await neighbours(500);
    const first = await neighbours(13);
    expect(all.nodes.length > 25, `Kazakhstan has ${all.nodes.length - 1} neighbours, too few to page through`);
    expect(await drawnCount() === first.nodes.length && first.nodes.length === 13, `a hub draws ${await drawnCount()} entities, not itself and 12 neighbours`);
    expect(JSON.stringify(await inView()) === JSON.stringify(first.nodes.map((n) => n.key).sort()), 'the first page draws other entities than the API\'s first 12 neighbours');
    const more = page.getByRole('button', { name: 'Show 12 more around Kazakhstan' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('more') === 'kazakhstan:2', null, { timeout: 15_000 });
    await page.waitForFunction(() => Number(/(\d+) entities/.exec(document.getElementById('status').textContent)?.[1]) === 25, null, { timeout: 15_000 });
    const second = await neighbours(25);
    expect(JSON.stringify(await inView()) === JSON.stringify(second.nodes.map((n) => n.key).sort()), 'Show more draws other entities than the API\'s first 24 neighbours');
    result.hubPages = [first.nodes.length, second.nodes.length, all.nodes.length];
  });

  expect(browser.external.length === 0, `requests left the origin: ${[...new Set(browser.external)].join(', ')}`);
  expect(browser.consoleErrors.length === 0, `console errors: ${browser.consoleErrors.join(' | ')}`);
} catch (error) {
  result.failed = error.message;
  await page.screenshot({ path: path.join(artifacts, 'explore-failure.png') }).catch(() => {});
  console.error(`explorer check failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  result.external = browser.external;
  result.consoleErrors = browser.consoleErrors;
  await browser.close();
  console.log(`EXPLORE-RESULT ${JSON.stringify(result)}`);
}
