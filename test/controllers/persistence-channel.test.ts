import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PersistenceController } from '../../src/controllers/persistence-controller.js';

class Host extends LitElement {
  seen: unknown[] = [];
  store = new PersistenceController<{ n: number }>(this, {
    restore: (d) => (typeof (d as { n?: unknown })?.n === 'number' ? (d as { n: number }) : undefined),
    onExternalChange: (s) => this.seen.push(s),
    samePage: this.getAttribute('same-page') !== null,
  });
}
customElements.define('persistence-test-host', Host);

describe('controllers/persistence-controller same-page channel', () => {
  afterEach(() => localStorage.clear());

  it('controllers on one page with the same key follow each other; other keys and the writer itself do not', async () => {
    const box = await fixture(html`<div>
      <persistence-test-host same-page></persistence-test-host><persistence-test-host same-page></persistence-test-host
      ><persistence-test-host same-page></persistence-test-host>
    </div>`);
    const [a, b, c] = [...box.querySelectorAll<Host>('persistence-test-host')];
    a!.store.setKey('k1');
    b!.store.setKey('k1');
    c!.store.setKey('k2');
    a!.store.write({ n: 1 });
    expect(b!.seen).to.deep.equal([{ n: 1 }]);
    expect(a!.seen).to.deep.equal([]);
    expect(c!.seen).to.deep.equal([]);
    a!.store.clear();
    expect(b!.seen).to.deep.equal([{ n: 1 }, undefined]);
  });

  it('is off unless asked for, so existing elements keep their behaviour', async () => {
    const box = await fixture(
      html`<div><persistence-test-host></persistence-test-host><persistence-test-host></persistence-test-host></div>`,
    );
    const [a, b] = [...box.querySelectorAll<Host>('persistence-test-host')];
    a!.store.setKey('k1');
    b!.store.setKey('k1');
    a!.store.write({ n: 1 });
    expect(b!.seen).to.deep.equal([]);
  });
});
