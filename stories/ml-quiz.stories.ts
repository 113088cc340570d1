import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/ml-quiz.js';
import type { MlQuiz } from '../src/elements/ml-quiz.js';
import { loadingProvider, pickAndCheck } from './support/helpers.js';

interface QuizArgs {
  bank?: string;
  question?: string;
  questions?: string;
  domain?: string;
  objective?: string;
  count?: number;
  seed?: number;
  storageKey?: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<QuizArgs> = {
  title: 'Elements/ml-quiz',
  component: 'ml-quiz',
  args: { bank: 'databricks-ml-professional', question: 'dev-scale-005' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    count: { control: { type: 'number', min: 1, max: 59 } },
  },
  render: (args) => html`<ml-quiz
    bank=${ifDefined(args.bank)}
    question=${ifDefined(args.question)}
    questions=${ifDefined(args.questions)}
    domain=${ifDefined(args.domain)}
    objective=${ifDefined(args.objective)}
    count=${ifDefined(args.count)}
    seed=${ifDefined(args.seed)}
    storage-key=${ifDefined(args.storageKey)}
    theme=${ifDefined(args.theme)}
  ></ml-quiz>`,
};
export default meta;
type Story = StoryObj<QuizArgs>;

const quizIn = (canvas: HTMLElement) => canvas.querySelector('ml-quiz') as MlQuiz;

/** An unanswered single-answer question from the built-in bank. */
export const Unanswered: Story = {};

/** After "Check answer" with the key (option B of dev-scale-005): "Correct", and each option's rationale. */
export const Correct: Story = {
  play: async ({ canvasElement }) => pickAndCheck(quizIn(canvasElement), [1]),
};

/** After "Check answer" with a wrong option. */
export const Incorrect: Story = {
  play: async ({ canvasElement }) => pickAndCheck(quizIn(canvasElement), [0]),
};

/** A multiple-select question: checkboxes and a "Select 2." hint. */
export const MultipleSelect: Story = { args: { question: 'dep-strategy-005' } };

/** Multiple-select checked with one of the two keys: all-or-nothing, so "Incorrect". */
export const MultipleSelectPartlyRight: Story = {
  args: { question: 'dep-strategy-005' },
  play: async ({ canvasElement }) => pickAndCheck(quizIn(canvasElement), [0]),
};

/** A deck of five drawn from one domain by seed, with progress. */
export const Deck: Story = { args: { question: undefined, domain: 'dep', count: 5, seed: 42 } };

/** The summary at the end of a deck, with the missed questions and "Try missed again". */
export const DeckSummary: Story = {
  args: { question: undefined, questions: 'dep-strategy-001 dep-serving-001' },
  play: async ({ canvasElement }) => {
    const el = quizIn(canvasElement);
    for (let step = 0; step < 2; step += 1) {
      // Option B is wrong for both questions (both keys are A), so the summary lists them as missed.
      await pickAndCheck(el, [1]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
      await el.updateComplete;
    }
  },
};

/** Dark theme, answered. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => pickAndCheck(quizIn(canvasElement), [0]),
};

/** A custom brand set only through the `--ml-*` custom properties. */
export const CustomBrand: Story = {
  render: (args) => html`<ml-quiz
    data-fixed-theme
    theme="light"
    bank=${ifDefined(args.bank)}
    question=${ifDefined(args.question)}
    style="--ml-accent:#6b2fa8;--ml-radius:2px;--ml-font:Georgia,serif;--ml-border:#cbb6e6;--ml-surface:#fdfbff;--ml-text:#261a33;--ml-muted:#5d4b70;--ml-focus:#6b2fa8"
  ></ml-quiz>`,
};

/** Inline content: a question in a child script, with code markup. No bank needed. */
export const Inline: Story = {
  render: () => html`<ml-quiz>
    <script type="application/json">
      ${JSON.stringify({
        id: 'inline-1',
        type: 'single',
        stem: 'What does this print?\n\n```python\nprint(3 * 4 + 1)\n```',
        options: [
          { id: 'a', text: '`12`', rationale: 'Forgets the `+ 1`.' },
          { id: 'b', text: '`13`', rationale: 'Multiplication first, then the addition.' },
          { id: 'c', text: '`15`', rationale: 'Adds before multiplying.' },
        ],
        answer: ['b'],
        explanation: 'Python applies `*` before `+`, so the result is **13**.',
      })}
    </script>
  </ml-quiz>`,
};

/** Loading: the bank has not arrived yet. */
export const Loading: Story = {
  render: () => {
    const quiz = document.createElement('ml-quiz');
    quiz.setAttribute('question', 'dev-scale-005');
    return loadingProvider(quiz);
  },
};

/** An unknown question id: the error panel names the path and the problem. */
export const ErrorUnknownId: Story = {
  args: { question: 'no-such-question' },
  // The card fetches its one question file (split delivery); for an unknown id that file is a 404, which the panel
  // reports as an unknown question id rather than as a URL.
  parameters: { checks: { expectedFailedRequests: ['/q/no-such-question.json'] } },
};

/** No bank at all. */
export const ErrorNoBank: Story = { args: { bank: undefined } };

/** Invalid inline content. */
export const ErrorInvalidInline: Story = {
  render: () =>
    html`<ml-quiz><script type="application/json">{"id": "x", "type": "single", "options": []}</script></ml-quiz>`,
};

/** A stem and options with long code, at phone width: the code wraps, nothing scrolls sideways. */
export const CodeAtPhoneWidth: Story = {
  globals: { viewport: { value: 'phone320', isRotated: false } },
  render: () => html`<ml-quiz>
    <script type="application/json">
      ${JSON.stringify({
        id: 'inline-code',
        type: 'single',
        stem: 'Which call reads the third version of the feature table?\n\n```python\ndf = spark.read.format("delta").option("timestampAsOf", "2026-01-01").load("/mnt/feature_store/customer_features_by_day")\n```',
        options: [
          {
            id: 'a',
            text: '`spark.read.format("delta").option("versionAsOf", 3).load("/mnt/feature_store/customer_features_by_day")`',
            rationale: '`versionAsOf` names the table version.',
          },
          {
            id: 'b',
            text: '`spark.read.table("customer_features_by_day@v3")`',
            rationale: 'This syntax reads no version.',
          },
        ],
        answer: ['a'],
        explanation:
          'Delta time travel reads an older version with `versionAsOf` (or a point in time with `timestampAsOf`).',
      })}
    </script>
  </ml-quiz>`,
  play: async ({ canvasElement }) => pickAndCheck(quizIn(canvasElement), [1]),
};

/** The deck's last question, answered: its button reads "See results". */
export const DeckLastQuestion: Story = {
  args: { question: undefined, questions: 'dep-strategy-001 dep-serving-001' },
  play: async ({ canvasElement }) => {
    const el = quizIn(canvasElement);
    await pickAndCheck(el, [0]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
    await el.updateComplete;
    await pickAndCheck(el, [1]);
  },
};

/** The deck's last question at phone width. */
export const DeckLastQuestionPhone: Story = {
  ...DeckLastQuestion,
  globals: { viewport: { value: 'phone320', isRotated: false } },
};

/** Saved progress under the deck's storage-key could not be read: the deck starts fresh and says so. */
export const SavedProgressUnreadable: Story = {
  args: { question: undefined, questions: 'dep-strategy-001 dep-serving-001', storageKey: 'story:deck-unreadable' },
  beforeEach: () => {
    localStorage.setItem('story:deck-unreadable', '{ "v": 1, "ids": [');
    return () => localStorage.removeItem('story:deck-unreadable');
  },
};

/** A bank update removed one of the saved deck's questions: the rest of the progress is kept, and a notice says so. */
export const BankChangedUnderSavedDeck: Story = {
  args: { question: undefined, questions: 'dep-strategy-001 dep-serving-001', storageKey: 'story:deck-bank-changed' },
  beforeEach: () => {
    const saved = {
      v: 1,
      ids: ['dep-strategy-001', 'a-removed-question', 'dep-serving-001'],
      index: 1,
      answers: {
        'dep-strategy-001': { selected: ['a'], checked: true },
        'a-removed-question': { selected: ['b'], checked: true },
      },
      done: false,
    };
    localStorage.setItem('story:deck-bank-changed', JSON.stringify(saved));
    return () => localStorage.removeItem('story:deck-bank-changed');
  },
};

/** A deck (no storage-key) moved to another parent, as tabs and frameworks do: it stays on "2 of 3" with its answers. */
export const MovedDeck: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    <section id="first" aria-label="First panel"><ml-quiz bank="databricks-ml-professional" questions="dep-strategy-001 dep-serving-001 dev-scale-005"></ml-quiz></section>
    <section id="second" aria-label="Second panel"></section>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = quizIn(canvasElement);
    await pickAndCheck(el, [0]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
    await el.updateComplete;
    canvasElement.querySelector('#second')!.append(el);
    await el.updateComplete;
  },
};

/** Inside a serif blog post: the card takes the page's font (no `--ml-font`); code stays monospace. */
export const HostFont: Story = {
  render: (args) => html`<article style="font-family: Georgia, 'Times New Roman', serif">
    <p>Before the card, a paragraph of the post in the page's own serif font.</p>
    <ml-quiz bank=${ifDefined(args.bank)} question=${ifDefined(args.question)} theme=${ifDefined(args.theme)}></ml-quiz>
  </article>`,
  play: async ({ canvasElement }) => pickAndCheck(quizIn(canvasElement), [1]),
};
