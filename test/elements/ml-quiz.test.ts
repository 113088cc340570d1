import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/ml-bank.js';
import '../../src/elements/ml-quiz.js';
import type { MlQuiz } from '../../src/elements/ml-quiz.js';
import { miniBankUrl } from '../fixtures/mini-bank.js';
import { optionInput, q, quizReady, root, text } from './dom-helpers.js';
const ready = quizReady;

const question = {
  id: 'q-inline',
  type: 'single',
  stem: 'Which tool runs *Optuna* trials on executors? Use `MlflowSparkStudy`.',
  options: [
    { id: 'a', text: '`MLflowCallback`', rationale: 'Only logs trials.' },
    { id: 'b', text: '`MlflowSparkStudy`', rationale: 'Runs trials on executors.' },
    { id: 'c', text: '`SparkTrials`', rationale: 'Hyperopt is gone.' },
  ],
  answer: ['b'],
  explanation: '`MlflowSparkStudy` distributes trials.',
  sources: [
    {
      title: 'Hyperparameter tuning',
      url: 'https://docs.databricks.com/aws/en/machine-learning/automl-hyperparam-tuning/',
    },
  ],
};

function inline(content: unknown) {
  return html`<ml-quiz><script type="application/json">${JSON.stringify(content)}</script></ml-quiz>`;
}

async function pickAndCheck(el: MlQuiz, ...texts: string[]): Promise<void> {
  for (const t of texts) optionInput(el, t).click();
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

describe('<ml-quiz>', () => {
  afterEach(() => localStorage.clear());

  it('shows an unanswered question as a fieldset with the stem as legend and radio options', async () => {
    const el = await ready(await fixture<MlQuiz>(inline(question)));
    expect(text(el, 'legend')).to.contain('Which tool runs Optuna trials');
    expect(q(el, 'legend em')!.textContent).to.equal('Optuna');
    expect(root(el).querySelectorAll('input[type="radio"]')).to.have.length(3);
    expect(text(el, 'button[type="submit"]')).to.equal('Check answer');
    expect(q(el, '[part~="verdict"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says Incorrect, marks each option with its rationale, explains and links the source', async () => {
    const el = await ready(await fixture<MlQuiz>(inline(question)));
    const answered = oneEvent(el, 'ml-answer');
    await pickAndCheck(el, 'MLflowCallback');
    const event = await answered;
    expect(event.detail).to.deep.equal({ questionId: 'q-inline', selected: ['a'], correct: false });
    expect(text(el, '[part~="verdict"]')).to.equal('Incorrect');
    expect(text(el, '[part~="explanation"]')).to.contain('distributes trials');
    expect(root(el).querySelectorAll('.rationale')).to.have.length(3);
    expect(text(el, 'li.key')).to.contain('Runs trials on executors');
    expect(text(el, 'li.wrong')).to.contain('Only logs trials');
    expect(q<HTMLAnchorElement>(el, '.sources a').href).to.contain('automl-hyperparam-tuning');
    // The answer is locked.
    expect([...root(el).querySelectorAll('input')].every((i) => (i as HTMLInputElement).disabled)).to.equal(true);
    expect(q(el, 'button[type="submit"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says Correct for the key and moves focus to the feedback, announced politely', async () => {
    const el = await ready(await fixture<MlQuiz>(inline(question)));
    await pickAndCheck(el, 'MlflowSparkStudy');
    expect(text(el, '[part~="verdict"]')).to.equal('Correct');
    await waitUntil(() => root(el).activeElement?.matches('[part~="feedback"]'), 'feedback focused');
    expect(text(el, '[aria-live="polite"]')).to.match(/^Correct\. MlflowSparkStudy distributes trials/);
    await expect(el).to.be.accessible();
  });

  it('nudges instead of checking when nothing is selected', async () => {
    const el = await ready(await fixture<MlQuiz>(inline(question)));
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(q(el, '[part~="verdict"]')).to.equal(null);
    expect(text(el, '.nudge')).to.contain('Select one');
  });

  it('works by keyboard alone: Tab, arrows, Enter', async () => {
    const el = await ready(await fixture<MlQuiz>(inline(question)));
    const answered = oneEvent(el, 'ml-answer');
    q<HTMLInputElement>(el, 'input').focus();
    await sendKeys({ press: 'ArrowDown' }); // moves to and selects B
    await sendKeys({ press: 'Enter' }); // submits the form: Check answer
    const event = await answered;
    expect(event.detail.selected).to.deep.equal(['b']);
    expect(text(el, '[part~="verdict"]')).to.equal('Correct');
  });

  it('scores multiple-select all-or-nothing and hints how many to pick', async () => {
    const multi = { ...question, id: 'q-multi', type: 'multiple', answer: ['a', 'b'] };
    const el = await ready(await fixture<MlQuiz>(inline(multi)));
    expect(root(el).querySelectorAll('input[type="checkbox"]')).to.have.length(3);
    expect(text(el, '.hint')).to.equal('Select 2.');
    const answered = oneEvent(el, 'ml-answer');
    await pickAndCheck(el, 'MLflowCallback');
    expect((await answered).detail.correct).to.equal(false);
    expect(text(el, '[part~="verdict"]')).to.equal('Incorrect');

    const el2 = await ready(await fixture<MlQuiz>(inline(multi)));
    const answered2 = oneEvent(el2, 'ml-answer');
    await pickAndCheck(el2, 'MLflowCallback', 'MlflowSparkStudy');
    expect((await answered2).detail).to.deep.equal({ questionId: 'q-multi', selected: ['a', 'b'], correct: true });
  });

  it('runs a deck to its summary, then "Try missed again" deals only the missed ones', async () => {
    const el = await ready(
      await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2 ops-q1"></ml-quiz>`),
    );
    expect(text(el, '[part~="progress"]')).to.contain('1 of 3');
    await pickAndCheck(el, 'Option A'); // dev-q1 key a: right
    q<HTMLButtonElement>(el, 'button').click();
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement?.classList.contains('question-focus'), 'focus on the new question');
    expect(text(el, '[part~="progress"]')).to.contain('2 of 3');
    await pickAndCheck(el, 'Option A'); // dev-q2 key b: wrong
    q<HTMLButtonElement>(el, '.actions button').click();
    await el.updateComplete;
    await pickAndCheck(el, 'Option C'); // ops-q1 key c: right
    const completed = oneEvent(el, 'ml-complete');
    q<HTMLButtonElement>(el, '.actions button').click();
    expect((await completed).detail).to.deep.equal({ correct: 2, total: 3 });
    await el.updateComplete;
    expect(text(el, '.summary .score')).to.equal('2 of 3 correct');
    expect(root(el).querySelectorAll('.summary ol li')).to.have.length(1);
    expect(text(el, '.summary ol')).to.contain('Question 2 of domain dev');
    await expect(el).to.be.accessible();
    const retry = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Try missed again'))!;
    retry.click();
    await el.updateComplete;
    expect(text(el, '[part~="progress"]')).to.contain('1 of 1');
    expect(text(el, 'legend')).to.contain('Question 2 of domain dev');
  });

  it('draws a deck by domain, count and seed, the same for the same seed', async () => {
    const a = await ready(
      await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} domain="dev" count="2" seed="5"></ml-quiz>`),
    );
    const b = await ready(
      await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} domain="dev" count="2" seed="5"></ml-quiz>`),
    );
    expect(text(a, '[part~="progress"]')).to.contain('1 of 2');
    expect(text(a, 'legend')).to.equal(text(b, 'legend'));
    expect(text(a, 'legend')).to.contain('domain dev');
  });

  it('resumes a deck after a reload when it has a storage-key', async () => {
    const make = () =>
      fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2" storage-key="test:deck"></ml-quiz>`);
    const el = await ready(await make());
    await pickAndCheck(el, 'Option A');
    q<HTMLButtonElement>(el, '.actions button').click();
    await el.updateComplete;
    optionInput(el, 'Option C').click();
    await el.updateComplete;
    el.remove();
    const again = await ready(await make());
    expect(text(again, '[part~="progress"]')).to.contain('2 of 2');
    expect(optionInput(again, 'Option C').checked).to.equal(true);
  });

  it('lets two quizzes share one <ml-bank>', async () => {
    const wrap = await fixture(html`<ml-bank src=${miniBankUrl}>
      <ml-quiz question="dev-q1"></ml-quiz>
      <ml-quiz question="ops-q1"></ml-quiz>
    </ml-bank>`);
    const [one, two] = [...wrap.querySelectorAll('ml-quiz')];
    await ready(one!);
    await ready(two!);
    expect(text(one!, 'legend')).to.contain('Question 1 of domain dev');
    expect(text(two!, 'legend')).to.contain('Question 1 of domain ops');
    await pickAndCheck(two!, 'Option C');
    expect(text(two!, '[part~="verdict"]')).to.equal('Correct');
    expect(q(one!, '[part~="verdict"]')).to.equal(null);
  });

  it('loads the built-in bank by id', async () => {
    const el = await ready(
      await fixture<MlQuiz>(html`<ml-quiz bank="databricks-ml-professional" question="dev-sparkml-001"></ml-quiz>`),
    );
    expect(q(el, 'fieldset')).to.not.equal(null);
    expect(q(el, '[role="alert"]')).to.equal(null);
  });

  describe('bad input', () => {
    async function expectError(template: ReturnType<typeof html>, path: string, gist: RegExp) {
      const wrap = await fixture(html`<div>${template}<button id="host-button">host</button></div>`);
      const el = wrap.querySelector('ml-quiz')!;
      await waitUntil(() => q(el, '[role="alert"]'), 'error panel');
      const panel = text(el, '[role="alert"]');
      if (path !== '(root)') expect(panel).to.contain(path);
      expect(panel).to.match(gist);
      await expect(el).to.be.accessible();
      // The host page keeps working.
      let clicked = false;
      wrap.querySelector('#host-button')!.addEventListener('click', () => (clicked = true));
      (wrap.querySelector('#host-button') as HTMLButtonElement).click();
      expect(clicked).to.equal(true);
      return el;
    }

    it('an unknown question id', async () => {
      const el = document.createElement('ml-quiz');
      const failed = oneEvent(el, 'ml-bank-error');
      el.setAttribute('bank', miniBankUrl);
      el.setAttribute('question', 'nope');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.errors[0]).to.deep.equal({
        path: 'question',
        message: 'expected a question id of bank "mini", found "nope"',
      });
      el.remove();
      await expectError(html`<ml-quiz bank=${miniBankUrl} question="nope"></ml-quiz>`, 'question', /found "nope"/);
    });

    it('an unknown id in a deck', async () => {
      await expectError(
        html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 ghost"></ml-quiz>`,
        'questions',
        /found "ghost"/,
      );
    });

    it('an empty selection', async () => {
      await expectError(
        html`<ml-quiz bank=${miniBankUrl} domain="nope"></ml-quiz>`,
        'domain',
        /expected one of the bank's domains/,
      );
    });

    it('invalid inline JSON', async () => {
      await expectError(
        html`<ml-quiz><script type="application/json">{ "id": </script></ml-quiz>`,
        '(root)',
        /invalid JSON/,
      );
    });

    it('an inline question with a broken answer', async () => {
      await expectError(
        inline({ ...question, answer: ['z'] }),
        'answer[0]',
        /expected one of "a", "b", "c", "d", "e", "f", found "z"/,
      );
    });

    it('no bank at all', async () => {
      await expectError(html`<ml-quiz question="dev-q1"></ml-quiz>`, '(root)', /No question bank was given/);
    });

    it('a bank URL that fails', async () => {
      await expectError(html`<ml-quiz bank="/missing/bank.json" question="x"></ml-quiz>`, '(root)', /HTTP 404/);
    });
  });

  it('shows hostile markup in content as inert text', async () => {
    const hostile = {
      ...question,
      stem: 'What does <img src=x onerror="window.__pwned=1"> do? <script>window.__pwned=2</script>',
      options: question.options.map((o, i) => (i === 0 ? { ...o, text: '<b>bold?</b>' } : o)),
    };
    const el = await ready(await fixture<MlQuiz>(inline(hostile)));
    expect(q(el, 'legend img')).to.equal(null);
    expect(q(el, 'legend script')).to.equal(null);
    expect(q(el, 'li b')).to.equal(null);
    expect(text(el, 'legend')).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(text(el, 'li.option')).to.contain('<b>bold?</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders fenced code blocks keeping their lines', async () => {
    const code = { ...question, stem: 'What does this print?\n\n```python\nx = 1\nprint(x)\n```' };
    const el = await ready(await fixture<MlQuiz>(inline(code)));
    expect(q(el, 'legend pre code')!.textContent).to.equal('x = 1\nprint(x)');
  });

  it('is accessible in dark mode, answered, and usable at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await ready(
      await fixture<MlQuiz>(
        html`<ml-quiz theme="dark"><script type="application/json">${JSON.stringify(question)}</script></ml-quiz>`,
      ),
    );
    await pickAndCheck(el, 'MLflowCallback');
    await expect(el).to.be.accessible();
    expect(el.scrollWidth).to.be.at.most(320);
    expect(getComputedStyle(q(el, '[part~="base"]')).colorScheme).to.equal('dark');
    await setViewport({ width: 1024, height: 800 });
  });

  it('stays usable with reduced motion and in forced-colors mode', async () => {
    const media = (forced: string, motion: string) =>
      executeServerCommand('emulate-media-features', [
        { name: 'forced-colors', value: forced },
        { name: 'prefers-reduced-motion', value: motion },
      ]);
    await media('active', 'reduce');
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await ready(await fixture<MlQuiz>(inline(question)));
      await pickAndCheck(el, 'MLflowCallback');
      // Marks stay distinguishable without colour: a wider border on the key and on the wrong pick, and ✓ / ✗.
      expect(getComputedStyle(q(el, 'li.key')).borderTopWidth).to.equal('2px');
      expect(getComputedStyle(q(el, 'li.wrong')).borderTopWidth).to.equal('2px');
      expect(text(el, 'li.key .mark')).to.equal('✓');
      expect(text(el, 'li.wrong .mark')).to.equal('✗');
      expect(getComputedStyle(q(el, 'li.key')).transitionDuration).to.equal('0s');
      await expect(el).to.be.accessible();
    } finally {
      await media('none', 'no-preference');
    }
  });

  it('takes label overrides', async () => {
    const el = await ready(await fixture<MlQuiz>(inline(question)));
    el.labels = { checkAnswer: 'Vérifier' };
    await el.updateComplete;
    expect(text(el, 'button[type="submit"]')).to.equal('Vérifier');
  });
});
