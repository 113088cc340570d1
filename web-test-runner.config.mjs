import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

/**
 * `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`: the stock
 * emulateMedia command cannot emulate forced colours through the Chrome launcher, so tests reach Puppeteer directly.
 */
function emulateMediaFeatures() {
  // Puppeteer's emulateMediaFeatures() rejects forced-colors; the DevTools protocol accepts it. Emulation lasts as
  // long as the CDP session that set it, so one session is kept per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

/** Browser tests in headless Debian Chromium (no browser download: it comes from apt). */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames, and open-wc fixtures wait for one.
  concurrency: 1,
  // A ceiling, not a speed check: generous so a loaded machine (CI shares it) does not fail a correct test.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), emulateMediaFeatures()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          // Test files run in parallel pages; without these, background pages get no animation frames and
          // throttled timers, and rAF-based waits (fixture, updateComplete) stall.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
  },
};
