import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/ml-bank.js';
import '../../src/elements/ml-checklist.js';
import '../../src/elements/ml-comparison.js';
import '../../src/elements/ml-quiz.js';
import type { MlBank } from '../../src/elements/ml-bank.js';
import { miniBankUrl } from '../fixtures/mini-bank.js';

describe('<ml-bank>', () => {
  it('loads a bank by URL, provides it and announces ml-bank-load', async () => {
    const el = document.createElement('ml-bank') as MlBank;
    const loaded = oneEvent(el, 'ml-bank-load');
    el.src = miniBankUrl;
    document.body.append(el);
    const event = await loaded;
    expect(event.detail).to.deep.equal({ bankId: 'mini', questionCount: 9 });
    expect(el.value.status).to.equal('ready');
    el.remove();
  });

  it('shows an error panel and fires ml-bank-error for a missing file', async () => {
    const el = document.createElement('ml-bank') as MlBank;
    const failed = oneEvent(el, 'ml-bank-error');
    el.src = '/no/such/bank.json';
    document.body.append(el);
    const event = await failed;
    expect(event.detail.errors[0]!.path).to.equal('(root)');
    expect(event.detail.errors[0]!.message).to.contain('HTTP 404');
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(panel.textContent).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('rejects an unknown built-in id with the list of known ones', async () => {
    const el = await fixture<MlBank>(html`<ml-bank src="no-such-bank"></ml-bank>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error panel shown');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('"databricks-ml-professional"');
  });
});

describe('<ml-bank> loading', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  /** Counts requests per path and holds back those matching `slow` until `release()` is called. */
  function watchFetch(slow?: string) {
    const counts = new Map<string, number>();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input instanceof Request ? input.url : input), location.href);
      const key = url.pathname + url.search;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (slow && key.includes(slow)) await gate;
      return realFetch(input, init);
    }) as typeof fetch;
    return { counts, release };
  }

  it('a src changed while the first bank is on its way shows the second; the late first answer is dropped', async () => {
    const net = watchFetch('late=1');
    const el = document.createElement('ml-bank') as MlBank;
    const loads: string[] = [];
    el.addEventListener('ml-bank-load', (e) => loads.push((e as CustomEvent).detail.bankId));
    el.src = `${miniBankUrl}?late=1`;
    document.body.append(el);
    try {
      await waitUntil(() => net.counts.size > 0, 'first request sent');
      const failed = oneEvent(el, 'ml-bank-error');
      el.src = '/no/such/bank.json';
      expect((await failed).detail.errors[0]!.message).to.contain('HTTP 404');
      net.release();
      // Give the first bank every chance to arrive and (wrongly) replace the error.
      await new Promise((r) => setTimeout(r, 300));
      await el.updateComplete;
      expect(el.value.status).to.equal('error');
      expect(loads).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no/such/bank.json');
    } finally {
      el.remove();
    }
  });

  it('two providers of the same bank on a page download it once', async () => {
    const net = watchFetch();
    const src = `${miniBankUrl}?shared=${Date.now()}`;
    const wrapper = await fixture(html`<div>
      <ml-bank src=${src}><ml-quiz question="dev-q1"></ml-quiz></ml-bank>
      <ml-bank src=${src}><ml-quiz question="dev-q2"></ml-quiz></ml-bank>
    </div>`);
    const banks = [...wrapper.querySelectorAll<MlBank>('ml-bank')];
    await waitUntil(() => banks.every((b) => b.value.status === 'ready'), 'both banks ready', { timeout: 5000 });
    const quizzes = [...wrapper.querySelectorAll('ml-quiz')];
    await waitUntil(
      () => quizzes.every((q) => q.shadowRoot?.querySelector('fieldset')),
      'both cards show their question',
      { timeout: 5000 },
    );
    const path = new URL(src, location.href);
    expect(net.counts.get(path.pathname + path.search)).to.equal(1);
  });
});

describe('<ml-bank> that fails, with children', () => {
  /** Every role=alert on the page, looking into shadow roots. */
  function alerts(root: Document | ShadowRoot | Element = document): Element[] {
    const found: Element[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.getAttribute('role') === 'alert') found.push(el);
      if (el.shadowRoot) found.push(...alerts(el.shadowRoot));
    }
    return found;
  }
  const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('announces the failure once, on the provider; each child shows a quiet pointer and still dispatches ml-bank-error', async () => {
    const reported: string[] = [];
    const record = (e: Event) => reported.push((e.target as Element).localName);
    document.addEventListener('ml-bank-error', record);
    try {
      const bank = await fixture<MlBank>(html`<ml-bank src="/no/such/bank.json">
        <ml-quiz question="q1"></ml-quiz>
        <ml-comparison></ml-comparison>
        <ml-checklist></ml-checklist>
      </ml-bank>`);
      const children = [...bank.querySelectorAll('ml-quiz, ml-comparison, ml-checklist')] as HTMLElement[];
      await waitUntil(
        () => children.every((c) => c.shadowRoot?.querySelector('.provider-note')),
        'each child points to the provider',
        { timeout: 5000 },
      );
      await waitUntil(() => reported.length === 4, 'four ml-bank-error events', { timeout: 5000 });

      const all = alerts();
      expect(all.length).to.equal(1);
      expect(bank.shadowRoot!.contains(all[0]!)).to.equal(true);
      expect(text(all[0])).to.contain('HTTP 404');
      for (const child of children) {
        expect(text(child.shadowRoot!.querySelector('.provider-note'))).to.equal(
          'Not shown: the question bank could not be loaded (see the message above).',
        );
        expect(child.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      }
      expect(reported.sort()).to.deep.equal(['ml-bank', 'ml-checklist', 'ml-comparison', 'ml-quiz']);
      await expect(bank).to.be.accessible();
    } finally {
      document.removeEventListener('ml-bank-error', record);
    }
  });

  it('still gives a child its own alert for its own error inside a working bank', async () => {
    const bank = await fixture<MlBank>(
      html`<ml-bank src=${miniBankUrl}><ml-comparison comparison="nope"></ml-comparison></ml-bank>`,
    );
    const child = bank.querySelector('ml-comparison')!;
    await waitUntil(() => child.shadowRoot?.querySelector('[role="alert"]'), 'the child shows its own alert', {
      timeout: 5000,
    });
    expect(bank.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(child.shadowRoot!.querySelector('.provider-note')).to.equal(null);
  });
});
