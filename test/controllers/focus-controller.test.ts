import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FocusController } from '../../src/controllers/focus-controller.js';

/** A host whose target appears only after some updates, as a question whose file arrives after "Start exam". */
class LateTarget extends LitElement {
  static override properties = { shown: { type: Boolean } };
  shown = false;
  readonly focuser = new FocusController(this);
  override render() {
    return this.shown ? html`<div class="target" tabindex="-1">here</div>` : html`<p>loading</p>`;
  }
}
customElements.define('late-target', LateTarget);

describe('FocusController', () => {
  it('focuses the target after the update that renders it, not before, and only once', async () => {
    const el = await fixture<LateTarget>(html`<late-target></late-target>`);
    el.focuser.focusWhenShown('.target');
    await el.updateComplete;
    await nextFrame();
    expect(el.shadowRoot!.activeElement).to.equal(null);
    el.shown = true;
    await el.updateComplete;
    await nextFrame();
    const target = el.shadowRoot!.querySelector('.target');
    expect(el.shadowRoot!.activeElement).to.equal(target);
    (target as HTMLElement).blur();
    el.requestUpdate();
    await el.updateComplete;
    await nextFrame();
    expect(el.shadowRoot!.activeElement, 'no second focus on a later update').to.equal(null);
  });
});
