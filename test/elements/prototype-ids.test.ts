import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/ml-exam.js';
import '../../src/elements/ml-quiz.js';
import type { Bank } from '../../src/bank/schema.js';
import type { MlExam } from '../../src/elements/ml-exam.js';
import type { MlQuiz } from '../../src/elements/ml-quiz.js';
import { miniBank } from '../fixtures/mini-bank.js';

/**
 * Question ids named like Object.prototype members are ordinary ids: no crash, nothing answered before an answer.
 * (`__proto__` is not a valid bank id; the engine tests cover it for tampered saved state.)
 */
const renamed: Record<string, string> = {
  'dev-q1': 'constructor',
  'ops-q1': 'toString',
  'dep-q1': 'valueOf',
  'dev-q2': 'hasOwnProperty',
};

async function prototypeBank(): Promise<Bank> {
  const bank = structuredClone(await miniBank());
  for (const question of bank.questions) question.id = renamed[question.id] ?? question.id;
  return bank;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const q = (el: HTMLElement, s: string) => root(el).querySelector<HTMLElement>(s);
const text = (el: HTMLElement, s: string) => q(el, s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('question ids such as constructor, toString, valueOf', () => {
  afterEach(() => localStorage.clear());

  it('<ml-quiz> deck: answers, checks and finishes with such ids, saving and restoring them', async () => {
    const bank = await prototypeBank();
    const make = () =>
      fixture<MlQuiz>(
        html`<ml-quiz .bank=${bank} questions="constructor toString valueOf" storage-key="proto:deck"></ml-quiz>`,
      );
    const el = await make();
    await waitUntil(() => q(el, 'fieldset, [role="alert"]'), 'quiz rendered', { timeout: 5000 });
    expect(text(el, '[role="alert"]')).to.equal('');
    expect(text(el, '[part~="progress"]')).to.contain('1 of 3');
    expect(root(el).querySelectorAll('input:checked')).to.have.length(0);
    root(el).querySelector<HTMLInputElement>('input[value="a"]')!.click();
    await el.updateComplete;
    const answered = oneEvent(el, 'ml-answer');
    q(el, 'button[type="submit"]')!.click();
    expect((await answered).detail).to.deep.equal({ questionId: 'constructor', selected: ['a'], correct: true });
    await el.updateComplete;
    expect(text(el, '[part~="verdict"]')).to.equal('Correct');
    el.remove();
    const again = await make();
    await waitUntil(() => q(again, '[part~="verdict"]'), 'restored');
    expect(text(again, '[part~="verdict"]')).to.equal('Correct');
  });

  it('<ml-quiz> card: a single question with id toString renders', async () => {
    const bank = await prototypeBank();
    const el = await fixture<MlQuiz>(html`<ml-quiz .bank=${bank} question="toString"></ml-quiz>`);
    await waitUntil(() => q(el, 'fieldset, [role="alert"]'), 'quiz rendered', { timeout: 5000 });
    expect(q(el, '[role="alert"]')).to.equal(null);
    expect(text(el, 'legend')).to.contain('domain ops');
  });

  it('<ml-quiz> card: an unknown id "constructor" is a visible error, not a crash', async () => {
    const el = await fixture<MlQuiz>(html`<ml-quiz .bank=${await miniBank()} question="constructor"></ml-quiz>`);
    await waitUntil(() => q(el, '[role="alert"]'), 'error shown', { timeout: 5000 });
    expect(text(el, '[role="alert"]')).to.contain('"constructor"');
  });

  it('<ml-exam>: no question counts as answered before an answer, and the submit detail keeps every id', async () => {
    const bank = await prototypeBank();
    bank.exams![0]!.questionCount = 9;
    const el = await fixture<MlExam>(html`<ml-exam .bank=${bank} seed="1" storage-key="proto:exam"></ml-exam>`);
    await waitUntil(() => q(el, '.start, [role="alert"]'), 'exam rendered', { timeout: 5000 });
    expect(q(el, '[role="alert"]')).to.equal(null);
    [...root(el).querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.includes('Start exam'))!
      .click();
    await waitUntil(() => q(el, '.navigator'), 'question shown');
    expect(root(el).querySelectorAll('.navigator button.answered')).to.have.length(0);
    expect(text(el, 'dialog')).to.contain('9 unanswered');
    const submitted = oneEvent(el, 'ml-exam-submit');
    [...root(el).querySelectorAll<HTMLButtonElement>('dialog button')]
      .find((b) => b.textContent!.trim() === 'Submit exam')!
      .click();
    const detail = (await submitted).detail;
    expect(Object.keys(detail.answers)).to.include.members(['constructor', 'hasOwnProperty', 'toString', 'valueOf']);
    expect(detail.answers.constructor).to.deep.equal([]);
    expect(detail.correct).to.equal(0);
  });
});
