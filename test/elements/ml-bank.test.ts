import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/ml-bank.js';
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
