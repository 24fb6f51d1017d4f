// Opens the public dashboard of a running stats-service in headless Chromium as a 390 px wide phone and as a 1280 px
// desktop, and fails on
// what a reader would notice: console errors (a CSP violation included), missing charts, horizontal scrolling, text
// under 12 px as rendered (SVG text scaled by its viewBox included), chart text running out of its chart or over a bar.
//
//   node dashboard-check.mjs BASE_URL CAMPAIGN [ORGANISER]     (browser-check.sh finds Chromium and installs this)
//
// Pages: the list (/public/dashboard), the campaign's page, and an unknown campaign (an HTML 404 page). Exit 0 when
// all pass, 1 when any check fails (each failure printed), 2 when the check itself cannot run.
import { chromium } from 'playwright-core';

const SIZES = [
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  { name: 'desktop', width: 1280, height: 900, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];
const MIN_FONT_PX = 12;
const MIN_CHARTS = 4;

const [base, campaign, organiser] = process.argv.slice(2);
if (!base || !campaign) {
  console.error('usage: node dashboard-check.mjs BASE_URL CAMPAIGN [ORGANISER]');
  process.exit(2);
}
const query = (code) => '?campaign=' + encodeURIComponent(code)
  + (organiser && code === campaign ? '&organiser=' + encodeURIComponent(organiser) : '');
const pages = [
  { name: 'list', url: `${base}/public/dashboard`, status: 200, charts: 0 },
  { name: 'campaign', url: `${base}/public/dashboard${query(campaign)}`, status: 200, charts: MIN_CHARTS },
  { name: 'unknown campaign', url: `${base}/public/dashboard${query('无此专项行动-' + Date.now())}`, status: 404,
    charts: 0, text: '未找到专项行动' },
];

/** Runs in the page: what the checks need, measured as Chromium lays the page out. */
function measure() {
  const out = { scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth, charts: [],
    smallText: [], outside: [] };
  for (const svg of document.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')];
    const bars = svg.querySelectorAll('rect.bar, rect.done').length;
    let smallest = Infinity;
    for (const t of texts) {
      // Rendered size: the computed font size in user units times the scale of the viewBox on screen.
      const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
      smallest = Math.min(smallest, px);
      if (px < 12) out.smallText.push(`svg "${t.textContent.slice(0, 40)}" ${px.toFixed(1)}px`);
      const r = t.getBoundingClientRect();
      for (const shape of svg.querySelectorAll('rect.bar, rect.track, rect.done')) {
        const b = shape.getBoundingClientRect();
        if (b.width > 0 && r.left < b.right - 1 && b.left < r.right - 1 && r.top < b.bottom - 1 && b.top < r.bottom - 1) {
          out.outside.push(`"${t.textContent.slice(0, 40)}" overlaps a bar`);
          break;
        }
      }
      if (r.left < box.left - 1 || r.right > box.right + 1) {
        out.outside.push(`"${t.textContent.slice(0, 40)}" runs out of its chart (${r.left.toFixed(0)}..`
          + `${r.right.toFixed(0)} in ${box.left.toFixed(0)}..${box.right.toFixed(0)})`);
      }
    }
    out.charts.push({ title: svg.querySelector('title')?.textContent ?? '', width: Math.round(box.width),
      viewBox: svg.getAttribute('viewBox'), texts: texts.length, bars, smallestPx: +smallest.toFixed(1),
      noData: !!svg.querySelector('text.no-data') });
  }
  // Every HTML element that shows text of its own.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let smallestHtml = Infinity;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || el.closest('svg')) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    smallestHtml = Math.min(smallestHtml, px);
    if (px < 12) out.smallText.push(`<${el.tagName.toLowerCase()}> "${node.textContent.trim().slice(0, 40)}" ${px}px`);
  }
  out.smallestHtmlPx = smallestHtml;
  out.bodyText = document.body.innerText;
  return out;
}

let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
} catch (e) {
  console.error('cannot start Chromium: ' + e.message);
  process.exit(2);
}
const failures = [];
try {
  for (const size of SIZES) for (const page of pages) {
    const WIDTH = size.width;
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.deviceScaleFactor, isMobile: size.isMobile, hasTouch: size.hasTouch, locale: 'zh-CN' });
    const tab = await context.newPage();
    const errors = [];
    tab.on('console', (m) => {
      // Chromium logs the 404 of the page itself, which is what that page is meant to answer.
      if (m.type() === 'error' && !(page.status === 404 && /status of 404/.test(m.text()))) errors.push(m.text());
    });
    tab.on('pageerror', (e) => errors.push('page error: ' + e.message));
    tab.on('requestfailed', (r) => errors.push('request failed: ' + r.url() + ' ' + r.failure()?.errorText));
    tab.on('response', (r) => {
      if (r.status() >= 400 && r.url() !== page.url) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const response = await tab.goto(page.url, { waitUntil: 'load' });
    const m = await tab.evaluate(measure);
    const fail = (what) => failures.push(`${size.name} ${page.name}: ${what}`);
    if (response.status() !== page.status) fail(`status ${response.status()}, expected ${page.status}`);
    if (!/text\/html/.test(response.headers()['content-type'] ?? '')) fail('not text/html');
    errors.forEach((e) => fail('console: ' + e));
    if (m.scrollWidth > WIDTH) fail(`scrolls sideways: scrollWidth ${m.scrollWidth} > ${WIDTH}`);
    const drawn = m.charts.filter((c) => c.bars > 0);
    if (drawn.length < page.charts) fail(`${drawn.length} charts with bars, expected at least ${page.charts}`);
    m.smallText.forEach((t) => fail(`text under ${MIN_FONT_PX}px: ${t}`));
    m.outside.forEach((t) => fail(t));
    if (page.text && !m.bodyText.includes(page.text)) fail(`does not say ${page.text}`);
    if (process.env.SCREENSHOTS) {
      const file = `${process.env.SCREENSHOTS}/${size.name}-${page.name.replace(/ /g, '-')}`;
      await tab.screenshot({ path: `${file}.png`, fullPage: true });
      for (let i = 0; i < m.charts.length; i++) {
        await tab.locator('svg').nth(i).screenshot({ path: `${file}-chart-${i + 1}.png` });
      }
    }
    console.log(`${size.name} ${page.name}: HTTP ${response.status()}, scrollWidth ${m.scrollWidth}/${WIDTH}, `
      + `smallest HTML text ${m.smallestHtmlPx}px, ${m.charts.length} charts`
      + m.charts.map((c) => `\n  - ${c.title}: ${c.width}px wide (viewBox ${c.viewBox}), ${c.bars} bars,`
        + ` ${c.texts} texts, smallest ${c.smallestPx}px`).join(''));
    await context.close();
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(`FAILED: ${failures.length} problem(s)`);
  failures.forEach((f) => console.log('  ' + f));
  process.exit(1);
}
console.log(`OK: ${pages.length} pages at ${SIZES.map((s) => s.width + 'px').join(' and ')}, no console errors, no sideways`
  + ` scrolling, all text >= ${MIN_FONT_PX}px`);
