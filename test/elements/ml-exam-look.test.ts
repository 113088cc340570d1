/** How the exam looks: code in the review wraps at phone width, the submit dialog leads back to the exam (issue 16). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/ml-exam.js';
import type { MlExam } from '../../src/elements/ml-exam.js';
import type { Bank } from '../../src/bank/schema.js';
import { miniBank } from '../fixtures/mini-bank.js';
import { button, q, root, text } from './dom-helpers.js';

const longCall =
  'spark.read.format("delta").option("versionAsOf",3).load("/mnt/feature_store/customer_features_by_day_and_region")';

/** The mini bank with long unbreakable code in every stem, option and explanation. */
async function codeBank(): Promise<Bank> {
  const bank = structuredClone(await miniBank());
  for (const question of bank.questions) {
    question.stem += `\n\n\`\`\`python\ndf = ${longCall}\n\`\`\``;
    for (const option of question.options) option.text += ` \`${longCall}\``;
    question.explanation += ` See \`${longCall}\`.\n\n\`\`\`python\n${longCall}\n\`\`\``;
  }
  return bank;
}

async function openDialog(el: MlExam): Promise<HTMLDialogElement> {
  button(el, 'Submit exam').click();
  await el.updateComplete;
  await waitUntil(() => q<HTMLDialogElement>(el, 'dialog')?.open, 'dialog open');
  return q<HTMLDialogElement>(el, 'dialog')!;
}

async function startedExam(bank: Bank): Promise<MlExam> {
  const el = await fixture<MlExam>(
    html`<ml-exam .bank=${bank} seed="7" storage-key="test:exam-look" duration="10"></ml-exam>`,
  );
  await waitUntil(() => q(el, '.start'), 'start screen', { timeout: 15000 });
  button(el, 'Start exam').click();
  await waitUntil(() => q(el, 'fieldset input'), 'first question');
  return el;
}

describe('<ml-exam> look', () => {
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 1024, height: 800 });
  });

  it('review at 320 px: code in options, stems and explanations wraps; the page never scrolls sideways (issue 16.2)', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await startedExam(await codeBank());
    q<HTMLInputElement>(el, 'fieldset input')!.click();
    await el.updateComplete;
    await openDialog(el);
    button(el, 'Submit exam', 'dialog').click();
    await waitUntil(() => q(el, '[part~="results"]'), 'results');
    button(el, 'Review answers').click();
    await waitUntil(() => q(el, '.reviewed li'), 'review');
    await el.updateComplete;
    expect(root(el).querySelectorAll('.reviewed > li').length).to.equal(5);
    expect(text(el, '.reviewed')).to.contain('customer_features_by_day_and_region');
    const page = document.scrollingElement!;
    expect(page.scrollWidth, 'page width').to.be.at.most(page.clientWidth);
    const wide = [...root(el).querySelectorAll<HTMLElement>('.review *')].filter(
      (n) =>
        !n.closest('.visually-hidden') &&
        getComputedStyle(n).display !== 'inline' &&
        n.getBoundingClientRect().right > 320 + 1,
    );
    expect(wide.map((n) => `${n.localName}.${n.className}`)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('submit dialog with unanswered questions: the count stands out, "Return to exam" is the primary action and has focus (issue 16.9)', async () => {
    const el = await startedExam(await miniBank());
    q<HTMLInputElement>(el, 'fieldset input')!.click();
    await el.updateComplete;
    const dialog = await openDialog(el);
    const back = button(el, 'Return to exam', 'dialog');
    const submit = button(el, 'Submit exam', 'dialog');
    expect(root(el).activeElement).to.equal(back);
    // The primary look (accent fill) is on "Return to exam"; "Submit exam" is the quieter secondary one.
    expect(back.classList.contains('secondary')).to.equal(false);
    expect(submit.classList.contains('secondary')).to.equal(true);
    expect(getComputedStyle(back).backgroundColor).to.not.equal(getComputedStyle(submit).backgroundColor);
    // Primary comes first in reading order.
    const buttons = [...dialog.querySelectorAll('button')];
    expect(buttons.indexOf(back)).to.be.lessThan(buttons.indexOf(submit));
    const count = dialog.querySelector<HTMLElement>('.unanswered')!;
    expect(count.textContent!.replace(/\s+/g, ' ').trim()).to.equal('4 unanswered');
    const body = dialog.querySelector<HTMLElement>('.flagged-count')!;
    expect(Number.parseFloat(getComputedStyle(count).fontSize)).to.be.greaterThan(
      Number.parseFloat(getComputedStyle(body).fontSize),
    );
    expect(Number(getComputedStyle(count).fontWeight)).to.be.at.least(600);
    await expect(el).to.be.accessible();
    back.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
  });

  it('submit dialog with every question answered: "Submit exam" is the primary action; focus stays on the safe "Return to exam"', async () => {
    const el = await startedExam(await miniBank());
    for (let i = 0; i < 5; i += 1) {
      q<HTMLInputElement>(el, 'fieldset input')!.click();
      await el.updateComplete;
      if (i < 4) {
        button(el, 'Next').click();
        await el.updateComplete;
        await waitUntil(() => !q<HTMLInputElement>(el, 'fieldset input')!.checked, 'next question');
      }
    }
    const dialog = await openDialog(el);
    const submit = button(el, 'Submit exam', 'dialog');
    expect(root(el).activeElement).to.equal(button(el, 'Return to exam', 'dialog'));
    expect(submit.classList.contains('secondary')).to.equal(false);
    expect(button(el, 'Return to exam', 'dialog').classList.contains('secondary')).to.equal(true);
    expect(dialog.querySelector('.unanswered')).to.equal(null);
    expect(dialog.textContent).to.contain('0 unanswered');
  });
});
