/** How the card and deck look: code that wraps, the feedback panel, "See results", the summary, the host's font (issue 16). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/ml-quiz.js';
import type { MlQuiz } from '../../src/elements/ml-quiz.js';
import { miniBankUrl } from '../fixtures/mini-bank.js';
import { q, root, text } from './dom-helpers.js';

async function ready(el: MlQuiz): Promise<MlQuiz> {
  await waitUntil(() => q(el, 'fieldset, [role="alert"], .summary'), 'quiz rendered', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

async function pickAndCheck(el: MlQuiz, index: number): Promise<void> {
  root(el).querySelectorAll<HTMLInputElement>('li.option input')[index]!.click();
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

const longCode =
  'spark.read.format("delta").option("versionAsOf",3).load("/mnt/feature_store/customer_features_by_day_and_region")';
const codeQuestion = {
  id: 'q-code',
  type: 'single',
  stem: 'Which call reads the third version of the table?\n\n```python\ndf = spark.read.format("delta").option("timestampAsOf", "2026-01-01T00:00:00").load("/mnt/feature_store/customer_features_by_day_and_region")\n```',
  options: [
    { id: 'a', text: `\`${longCode}\``, rationale: 'Reads version 3 with `versionAsOf`.' },
    {
      id: 'b',
      text: '`spark.read.table("customer_features_by_day_and_region@v3_with_a_very_long_suffix_that_never_breaks")`',
      rationale: 'No such syntax.',
    },
  ],
  answer: ['a'],
  explanation: 'Use `versionAsOf` to read an older version.',
};

const inline = (content: unknown) =>
  html`<ml-quiz><script type="application/json">${JSON.stringify(content)}</script></ml-quiz>`;

describe('<ml-quiz> look', () => {
  afterEach(() => setViewport({ width: 1024, height: 800 }));

  for (const width of [320, 375, 1280]) {
    it(`code in options and stems wraps at ${width} px: no sideways scroller, axe clean (issue 16.2)`, async () => {
      await setViewport({ width, height: 900 });
      const el = await ready(await fixture<MlQuiz>(inline(codeQuestion)));
      await pickAndCheck(el, 1);
      const overflowing = [...root(el).querySelectorAll<HTMLElement>('*')].filter(
        (n) =>
          !n.closest('.visually-hidden') &&
          n.scrollWidth > n.clientWidth + 1 &&
          getComputedStyle(n).display !== 'inline',
      );
      expect(overflowing.map((n) => n.localName + '.' + n.className)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(width);
      expect(getComputedStyle(q(el, 'legend pre')).whiteSpace).to.equal('pre-wrap');
      expect(q(el, 'pre')!.hasAttribute('tabindex')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('one feedback panel: explanation at body size, inline code with its own background, "Next" after it (issue 16.4)', async () => {
    const el = await ready(
      await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2"></ml-quiz>`),
    );
    await pickAndCheck(el, 0);
    const panel = q(el, '[part~="feedback"]');
    const body = getComputedStyle(q(el, '[part~="base"]')).fontSize;
    expect(getComputedStyle(q(el, '[part~="explanation"]')).fontSize).to.equal(body);
    expect(getComputedStyle(panel).backgroundColor).to.not.equal(
      getComputedStyle(q(el, '[part~="base"]')).backgroundColor,
    );
    // "Next" sits right after the panel, in the actions row.
    expect(panel.nextElementSibling?.classList.contains('actions')).to.equal(true);
    expect(text(el, '.actions button')).to.equal('Next');

    const withCode = await ready(await fixture<MlQuiz>(inline(codeQuestion)));
    await pickAndCheck(withCode, 0);
    const code = q(withCode, '[part~="explanation"] code');
    expect(getComputedStyle(code).backgroundColor).to.not.equal(
      getComputedStyle(q(withCode, '[part~="feedback"]')).backgroundColor,
    );
  });

  it('the last question\'s button reads "See results" (issue 16.8)', async () => {
    const el = await ready(
      await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2"></ml-quiz>`),
    );
    await pickAndCheck(el, 0);
    expect(text(el, '.actions button')).to.equal('Next');
    q<HTMLButtonElement>(el, '.actions button').click();
    await el.updateComplete;
    await pickAndCheck(el, 0);
    expect(text(el, '.actions button')).to.equal('See results');
    q<HTMLButtonElement>(el, '.actions button').click();
    await el.updateComplete;
    expect(q(el, '.summary')).to.not.equal(null);
  });

  it('the summary keeps code formatting and cuts long stems at a word (issue 16.8)', async () => {
    const long = {
      ...codeQuestion,
      id: 'q-long',
      stem: 'When `fs.create_training_set()` joins features with point-in-time lookups, which timestamp column decides what each training row may see, given that the feature table was written by several jobs at different times?',
    };
    const el = await ready(
      await fixture<MlQuiz>(
        html`<ml-quiz><script type="application/json">${JSON.stringify([codeQuestion, long])}</script></ml-quiz>`,
      ),
    );
    for (let i = 0; i < 2; i += 1) {
      await pickAndCheck(el, 1);
      q<HTMLButtonElement>(el, '.actions button').click();
      await el.updateComplete;
    }
    const items = [...root(el).querySelectorAll('.summary ol li')];
    expect(items).to.have.length(2);
    // Only the stem's first paragraph: the code block after it is left out.
    expect(items[0]!.textContent!.trim()).to.equal('Which call reads the third version of the table?');
    expect(items[1]!.querySelector('code')!.textContent).to.equal('fs.create_training_set()');
    const shown = items[1]!.textContent!.replace(/\s+/g, ' ').trim();
    expect(shown.endsWith('…')).to.equal(true);
    expect(shown.length).to.be.at.most(160);
    // Cut at a word: what precedes the ellipsis is a whole word of the stem.
    const lastWord = shown.slice(0, -1).split(' ').pop()!;
    expect(long.stem.replace(/`/g, '').split(/\s+/)).to.include(lastWord);
    await expect(el).to.be.accessible();
  });

  it("text uses the host page's font unless --ml-font is set; code stays monospace (issue 16.12)", async () => {
    const wrap = await fixture(html`<div style="font-family: Georgia, serif">
      <ml-quiz><script type="application/json">${JSON.stringify(codeQuestion)}</script></ml-quiz>
      <ml-quiz style="--ml-font: Verdana, sans-serif"><script type="application/json">${JSON.stringify(codeQuestion)}</script></ml-quiz>
    </div>`);
    const [inherits, themed] = [...wrap.querySelectorAll('ml-quiz')] as MlQuiz[];
    await ready(inherits!);
    await ready(themed!);
    expect(getComputedStyle(q(inherits!, 'legend')).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(q(inherits!, 'button')).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(q(themed!, 'legend')).fontFamily).to.equal('Verdana, sans-serif');
    expect(getComputedStyle(q(inherits!, 'li code')).fontFamily).to.match(/monospace/);
  });
});
