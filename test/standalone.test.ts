import { expect, fixture, html } from '@open-wc/testing';
import { showLoadFailure } from '../src/standalone.js';

// The real failure path (a chunk answering 404 or text/plain) runs in scripts/e2e.mjs against the built files; here the
// message itself: what a reader sees in place of an element whose code did not load.
describe('standalone entry: an element whose code failed to load', () => {
  const message = 'This content could not be loaded. Check your connection and reload the page.';

  it('shows a short visible message in place of the undefined element, once, however often it is asked', async () => {
    const wrap = await fixture(
      html`<div><ml-fake-a></ml-fake-a><section><ml-fake-a></ml-fake-a></section><ml-fake-b></ml-fake-b></div>`,
    );
    const [first, second] = [...wrap.querySelectorAll('ml-fake-a')];
    expect(first!.getBoundingClientRect().height).to.equal(0);
    showLoadFailure('ml-fake-a', wrap);
    showLoadFailure('ml-fake-a', wrap);
    for (const el of [first!, second!]) {
      expect(el.children.length).to.equal(1);
      expect(el.textContent!.trim()).to.equal(message);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
    }
    expect(wrap.querySelector('ml-fake-b')!.textContent).to.equal('');
    await expect(wrap).to.be.accessible();
  });

  it("keeps the element's own light DOM (inline JSON) and puts the message first", async () => {
    const wrap = await fixture(
      html`<div><ml-fake-c><script type="application/json">{"id":"x"}</script></ml-fake-c></div>`,
    );
    showLoadFailure('ml-fake-c', wrap.querySelector('ml-fake-c')!);
    const el = wrap.querySelector('ml-fake-c')!;
    expect(el.firstElementChild!.textContent).to.equal(message);
    expect(el.querySelector('script')!.textContent).to.equal('{"id":"x"}');
  });
});
