import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/ml-quiz.js';
import type { MlQuiz } from '../../src/elements/ml-quiz.js';
import { setBanksBaseUrl } from '../../src/bank/registry.js';
import { clearSourceCache } from '../../src/bank/source.js';
import { q, text } from '../elements/dom-helpers.js';

/**
 * The BankController's delivery rules (DESIGN "Delivery"), acted out through a card on the built-in bank: content is
 * fetched one task after the element connects, so a page's own module can still move the banks folder; a folder moved
 * while content was on its way is fetched again from the new place.
 */
const QUESTION = 'dev-scale-005';
// Where the dev server serves the built banks (the registry's own default, as an absolute URL).
const realBase = new URL('/dist/banks/', location.href).href;

describe('BankController: where built-in content comes from', () => {
  const realFetch = window.fetch;
  let seen: string[] = [];
  beforeEach(() => {
    seen = [];
    clearSourceCache();
    // Records every URL; https://new.test/banks/ stands for a self-hosted copy (served from the real folder).
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      seen.push(url);
      return realFetch(url.replace('https://new.test/banks/', realBase), init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    setBanksBaseUrl('../../dist/banks/');
    clearSourceCache();
  });

  it('uses a banks folder set in the same task the element connected in (a page module after the import)', async () => {
    const card = document.createElement('ml-quiz') as MlQuiz;
    card.setAttribute('bank', 'databricks-ml-professional');
    card.setAttribute('question', QUESTION);
    document.body.append(card);
    setBanksBaseUrl('https://new.test/banks/');
    try {
      await waitUntil(() => q(card, 'legend'), 'question shown', { timeout: 10000 });
      expect(seen).to.have.length.greaterThan(0);
      expect(
        seen.every((url) => url.startsWith('https://new.test/banks/')),
        seen.join(', '),
      ).to.equal(true);
    } finally {
      card.remove();
    }
  });

  it('fetches again from the new folder when the folder moved while the content was on its way', async () => {
    let releaseOld!: () => void;
    const oldArrives = new Promise<void>((resolve) => (releaseOld = resolve));
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      seen.push(url);
      if (url.startsWith('https://old.test/')) {
        await oldArrives;
        return new Response('{"id":"stale"}', { status: 200, headers: { 'content-type': 'application/json' } });
      }
      return realFetch(input, init);
    };
    setBanksBaseUrl('https://old.test/banks/');
    const card = await fixture<MlQuiz>(
      html`<ml-quiz bank="databricks-ml-professional" question=${QUESTION}></ml-quiz>`,
    );
    await waitUntil(() => seen.some((url) => url.startsWith('https://old.test/')), 'fetch from the old folder');
    setBanksBaseUrl(realBase);
    releaseOld();
    await waitUntil(() => q(card, 'legend') || q(card, '[part~="error"]'), 'question or error shown', {
      timeout: 10000,
    });
    expect(q(card, '[part~="error"]'), text(card, '[part~="error"]')).to.equal(null);
    expect(seen.some((url) => url === `${realBase}databricks-ml-professional/q/${QUESTION}.json`)).to.equal(true);
    expect(text(card, 'legend')).to.contain('Optuna');
  });
});
