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
      await pickAndCheck(el, [0]);
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
export const ErrorUnknownId: Story = { args: { question: 'no-such-question' } };

/** No bank at all. */
export const ErrorNoBank: Story = { args: { bank: undefined } };

/** Invalid inline content. */
export const ErrorInvalidInline: Story = {
  render: () => html`<ml-quiz><script type="application/json">{"id": "x", "type": "single", "options": []}</script></ml-quiz>`,
};
