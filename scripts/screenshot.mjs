#!/usr/bin/env node
/**
 * Screenshots a page in headless Debian Chromium, for looking at what we build:
 *   node scripts/screenshot.mjs <url> <out.png> [--width 1024] [--dark] [--full] [--wait <selector>] [--click <selector>]...
 *     [--element <selector>]  (only that element)
 */
import { launchChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const [url, out] = args;
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const width = Number(opt('width', '1024'));
const browser = await launchChromium();
const page = await browser.newPage({
  viewport: { width, height: Number(opt('height', '900')) },
  colorScheme: args.includes('--dark') ? 'dark' : 'light',
});
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
const wait = opt('wait');
if (wait) await page.locator(wait).first().waitFor();
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--click')
    await page
      .locator(args[i + 1])
      .first()
      .click();
}
await page.waitForTimeout(300);
const element = opt('element');
if (element) await page.locator(element).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: args.includes('--full') });
await browser.close();
console.log(out);
