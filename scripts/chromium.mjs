/**
 * The one way the scripts start headless Chromium here: Debian's /usr/bin/chromium (CHROME_PATH or CHROMIUM_PATH
 * overrides), as root without the sandbox, with the background services that would add requests or noise turned off.
 */
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
