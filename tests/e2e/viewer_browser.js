// The viewer in a real browser: Debian's chromium, headless, driven by playwright-core
// (installed at the source root by scripts/install-deps.sh). Run by
// tests/e2e/test_viewer_browser.cpp against a running `attn serve`:
//   node viewer_browser.js URL SCREENSHOT.png [NMT_MODEL_NAME]
// Checks that the page loads with nothing fetched from anywhere but the viewer; that a
// submitted text brings back the output and a heatmap; that hovering a token changes
// what is highlighted (the token strip and the heatmap) and that leaving clears it;
// that the rollout switch redraws. With an NMT model name, the same for a translation.
// Prints one line a check; exits 1 with the reason on the first failure.
'use strict';
const path = require('path');

const playwrightDir = process.env.ATTN_PLAYWRIGHT_DIR || path.join(__dirname, '..', '..', 'node_modules', 'playwright-core');
const { chromium } = require(playwrightDir);

const [url, screenshot, nmtModel] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node viewer_browser.js URL SCREENSHOT.png [NMT_MODEL_NAME]');
  process.exit(2);
}
const origin = new URL(url).origin;

function check(condition, what) {
  if (!condition) throw new Error(`failed: ${what}`);
  console.log(`ok: ${what}`);
}

// The heatmap as a data URL: equal strings mean equal pixels.
const heatmapPixels = (page) => page.$eval('#heatmap', (c) => c.toDataURL());

// Fraction of the heatmap's pixels that are not white.
const inkedFraction = (page) => page.$eval('#heatmap', (c) => {
  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) ++inked;
  return inked / (data.length / 4);
});

async function submit(page, model, text) {
  await page.selectOption('#model', model);
  await page.fill('#text', text);
  await page.click('#submit');
  await page.waitForSelector('body[data-state=ready], body[data-state=error]', { timeout: 30000 });
  const state = await page.getAttribute('body', 'data-state');
  if (state !== 'ready') throw new Error(`failed: the viewer answered an error: ${await page.textContent('#error')}`);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.ATTN_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
           '--disable-background-networking', '--disable-component-update', '--disable-default-apps',
           '--disable-extensions', '--disable-sync', '--no-first-run', '--no-default-browser-check',
           '--metrics-recording-only', '--mute-audio'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    const foreign = [], problems = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin)) foreign.push(r.url()); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });

    await page.goto(url);
    await page.waitForSelector('body[data-state=idle]', { timeout: 15000 });
    const models = await page.$$eval('#model option', (os) => os.map((o) => o.value));
    check(models.length >= 1, `the page loads and lists the models (${models.join(', ')})`);
    const gpt = await page.evaluate(() => fetch('/api/models').then((r) => r.json())
      .then((b) => b.models.find((m) => m.kind === 'gpt')));
    check(gpt !== undefined, 'a GPT model is served');

    await page.fill('#new-tokens', '8');
    await submit(page, gpt.name, 'In the beginning God');
    const output = await page.textContent('#output');
    check(output.length > 0, `the continuation is shown ("${output}")`);
    const tokens = await page.$$('#tokens .token');
    check(tokens.length >= 20, `the token strip shows the ${tokens.length} tokens`);
    const inked = await inkedFraction(page);
    check(inked > 0.05, `the heatmap is drawn (${(100 * inked).toFixed(1)}% of its pixels coloured)`);

    // Hover token 10: it is marked, the tokens it attends to turn blue, the heatmap redraws.
    const before = await heatmapPixels(page);
    await tokens[10].hover();
    check(await tokens[10].evaluate((e) => e.classList.contains('focus')), 'hovering a token marks it');
    check(await page.getAttribute('#heatmap', 'data-focus-row') === '10', 'the heatmap highlights its row');
    const tinted = await page.$$eval('#tokens .token', (ts) => ts.map((t, i) => (t.style.backgroundColor !== '' ? i : -1))
      .filter((i) => i >= 0));
    check(tinted.length > 0 && Math.max(...tinted) <= 10,
          `the tokens it attends to are tinted, none after it (causal): ${tinted.join(' ')}`);
    const underlined = await page.$$eval('#tokens .token', (ts) => ts.map((t, i) => (t.style.borderBottomColor !== '' ? i : -1))
      .filter((i) => i >= 0));
    check(underlined.length > 0 && Math.min(...underlined) >= 10,
          `the tokens attending to it are underlined, none before it: ${underlined.join(' ')}`);
    const hovered = await heatmapPixels(page);
    check(hovered !== before, 'the heatmap changes under the hover');
    await tokens[14].hover();
    check(await page.getAttribute('#heatmap', 'data-focus-row') === '14', 'hovering another token moves the highlight');
    check(await heatmapPixels(page) !== hovered, 'and redraws the heatmap');
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.mouse.move(1, 1);
    check(await page.getAttribute('#heatmap', 'data-focus-row') === '', 'leaving the token clears the highlight');
    check(await heatmapPixels(page) === before, 'and restores the heatmap');

    // Rollout and a head of another layer redraw it.
    await page.check('input[name=mode][value=rollout]');
    check(await heatmapPixels(page) !== before, 'attention rollout redraws the heatmap');
    await page.check('input[name=mode][value=raw]');
    await page.selectOption('#layer', '0');
    await page.selectOption('#head', '1');
    check(await heatmapPixels(page) !== before, 'layer 0, head 1 redraws the heatmap');

    check(problems.length === 0, `no script errors${problems.length ? ': ' + problems.join('; ') : ''}`);

    // A bad request shows the viewer's error in the page (its 422 is logged: expected).
    await page.selectOption('#model', gpt.name);
    await page.fill('#text', 'x'.repeat(gpt.max_tokens + 1));
    await page.click('#submit');
    await page.waitForSelector('body[data-state=error]', { timeout: 15000 });
    const error = await page.textContent('#error');
    check(/reads at most/.test(error), `a text over the limit shows the error ("${error}")`);

    problems.length = 0;

    if (nmtModel) {
      await submit(page, nmtModel, 'En el principio creó Dios los cielos y la tierra.');
      check((await page.textContent('#output')).length > 0, `the translation is shown ("${await page.textContent('#output')}")`);
      const source = await page.$$('#source-tokens .token');
      const target = await page.$$('#tokens .token');
      check(source.length > 2 && target.length > 1, `source (${source.length}) and target (${target.length}) tokens are shown`);
      check(await page.$eval('#source-tokens', (s) => s.textContent.includes('</s>')), 'the source ends with </s>');
      const nmtBefore = await heatmapPixels(page);
      await source[1].hover();
      check(await page.getAttribute('#heatmap', 'data-focus-col') === '1', 'hovering a source token highlights its column');
      check(await heatmapPixels(page) !== nmtBefore, 'and redraws the alignment');
      await page.check('input[name=unit][value=words]');
      check(await heatmapPixels(page) !== nmtBefore, 'words instead of pieces redraw the alignment');
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-nmt.png'), fullPage: true });
    }

    check(foreign.length === 0, `nothing is fetched from outside the viewer${foreign.length ? ': ' + foreign.join(' ') : ''}`);
    check(problems.length === 0, `no script errors${problems.length ? ': ' + problems.join('; ') : ''}`);
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
