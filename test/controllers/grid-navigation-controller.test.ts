import { expect, fixture, html } from '@open-wc/testing';
import { columnsOf, gridTarget } from '../../src/controllers/grid-navigation-controller.js';

describe('controllers/grid-navigation gridTarget', () => {
  it('arrows move by one item or by the real column count, clamped to the grid', () => {
    expect(gridTarget('ArrowRight', 3, 20, 6)).to.equal(4);
    expect(gridTarget('ArrowDown', 3, 20, 6)).to.equal(9);
    expect(gridTarget('ArrowUp', 3, 20, 6)).to.equal(0);
    expect(gridTarget('ArrowDown', 17, 20, 6)).to.equal(19);
    expect(gridTarget('Home', 7, 20, 6)).to.equal(0);
    expect(gridTarget('End', 7, 20, 6)).to.equal(19);
    expect(gridTarget('a', 7, 20, 6)).to.equal(undefined);
  });

  it('in right-to-left text, ArrowLeft moves forward', () => {
    expect(gridTarget('ArrowLeft', 3, 20, 6, true)).to.equal(4);
    expect(gridTarget('ArrowRight', 3, 20, 6, true)).to.equal(2);
  });

  it('columnsOf counts the items on the first row as laid out', async () => {
    const grid =
      await fixture<HTMLElement>(html`<div style="display:grid;grid-template-columns:repeat(4, 20px);width:100px">
      ${Array.from({ length: 10 }, (_, i) => html`<button style="width:20px">${i}</button>`)}
    </div>`);
    expect(columnsOf([...grid.querySelectorAll('button')])).to.equal(4);
    expect(columnsOf([])).to.equal(1);
  });
});
