import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/ml-exam.js';
import type { MlExam } from '../src/elements/ml-exam.js';
import { waitFor } from './support/helpers.js';

interface ExamArgs {
  bank: string;
  exam?: string;
  seed?: number;
  duration?: number;
  lms?: 'none' | 'auto' | 'scorm12' | 'scorm2004';
  theme?: 'light' | 'dark';
}

// Each story gets its own saved attempt, so stories never resume one another.
let counter = 0;
const freshKey = () => `story:exam:${Date.now()}:${++counter}`;

const meta: Meta<ExamArgs> = {
  title: 'Elements/ml-exam',
  component: 'ml-exam',
  args: { bank: 'databricks-ml-professional', exam: 'mock-exam', seed: 2026 },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lms: { control: 'select', options: ['none', 'auto', 'scorm12', 'scorm2004'] },
    duration: { control: { type: 'number', min: 1, max: 240 } },
  },
  render: (args) => html`<ml-exam
    bank=${args.bank}
    exam=${ifDefined(args.exam)}
    seed=${ifDefined(args.seed)}
    duration=${ifDefined(args.duration)}
    lms=${ifDefined(args.lms)}
    theme=${ifDefined(args.theme)}
    storage-key=${freshKey()}
  ></ml-exam>`,
};
export default meta;
type Story = StoryObj<ExamArgs>;

const examIn = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('ml-exam') as MlExam;
  await waitFor(() => el.shadowRoot?.querySelector('.start, .bar'));
  return el;
};
const click = async (el: MlExam, label: string) => {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim().endsWith(label),
  );
  button?.click();
  await el.updateComplete;
};
/** "Start exam", then wait until the first question shows (the exam fetches its drawn questions after the click). */
async function startExam(el: MlExam) {
  await click(el, 'Start exam');
  await waitFor(() => el.shadowRoot!.querySelector('fieldset input'));
}
const progressText = (el: MlExam) => el.shadowRoot!.querySelector('[part~="progress"]')?.textContent?.trim() ?? '';
async function answerSome(el: MlExam, count: number) {
  for (let i = 0; i < count; i += 1) {
    await waitFor(() => el.shadowRoot!.querySelector('fieldset input'));
    el.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!.click();
    await el.updateComplete;
    if (i % 4 === 1) await click(el, 'Flag for review');
    const before = progressText(el);
    await click(el, 'Next');
    await waitFor(() => progressText(el) !== before);
  }
}
async function submit(el: MlExam) {
  await click(el, 'Submit exam');
  await waitFor(() => el.shadowRoot!.querySelector('dialog[open]'));
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog button')]
    .find((b) => b.textContent!.trim() === 'Submit exam')!
    .click();
  await waitFor(() => el.shadowRoot!.querySelector('[part~="results"]'));
}
async function review(el: MlExam) {
  await click(el, 'Review answers');
  await waitFor(() => el.shadowRoot!.querySelector('.reviewed li'));
}

/** The start screen: count, duration, pass mark, domain weights and the untimed choice. */
export const Start: Story = {};

/** During the exam: one question, progress, timer, navigator, flag. */
export const Question: Story = {
  play: async ({ canvasElement }) => {
    const el = await examIn(canvasElement);
    await startExam(el);
    await answerSome(el, 6);
  },
};

/** The confirmation before submitting, with the unanswered and flagged counts. */
export const ConfirmSubmit: Story = {
  play: async ({ canvasElement }) => {
    const el = await examIn(canvasElement);
    await startExam(el);
    await answerSome(el, 5);
    await click(el, 'Submit exam');
    await waitFor(() => el.shadowRoot!.querySelector('dialog[open]'));
  },
};

/** The confirmation once every question is answered: "Submit exam" becomes the primary action. */
export const ConfirmSubmitAllAnswered: Story = {
  args: { exam: 'mini-exam', bank: '/fixtures/mini-bank.json' },
  play: async ({ canvasElement }) => {
    const el = await examIn(canvasElement);
    await startExam(el);
    await answerSome(el, 4);
    el.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!.click();
    await el.updateComplete;
    await click(el, 'Submit exam');
    await waitFor(() => el.shadowRoot!.querySelector('dialog[open]'));
  },
};

/** Results: verdict, percent, time used, the domain chart with its table, the weakest objectives. */
export const Results: Story = {
  play: async ({ canvasElement }) => {
    const el = await examIn(canvasElement);
    await startExam(el);
    await answerSome(el, 40);
    await submit(el);
  },
};

/** Review of every answer, with filters. */
export const Review: Story = {
  play: async ({ canvasElement }) => {
    const el = await examIn(canvasElement);
    await startExam(el);
    await answerSome(el, 12);
    await submit(el);
    await review(el);
  },
};

/** "Practice missed questions" opens an <ml-quiz> deck of the missed ones. */
export const PracticeMissed: Story = {
  play: async ({ canvasElement }) => {
    const el = await examIn(canvasElement);
    await startExam(el);
    await answerSome(el, 8);
    await submit(el);
    await click(el, 'Practice missed questions');
  },
};

/** A short exam with a 1-minute limit: the timer turns red under five minutes. */
export const ShortTimer: Story = {
  args: { duration: 1 },
  play: async ({ canvasElement }) => {
    const el = await examIn(canvasElement);
    await startExam(el);
  },
};

/** Dark theme during the exam. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = await examIn(canvasElement);
    await startExam(el);
    await answerSome(el, 3);
  },
};

/** A custom brand set only through the `--ml-*` custom properties. */
export const CustomBrand: Story = {
  render: (args) => html`<ml-exam
    data-fixed-theme
    theme="light"
    bank=${args.bank}
    seed=${ifDefined(args.seed)}
    storage-key=${freshKey()}
    style="--ml-accent:#0f6e5a;--ml-radius:4px;--ml-font:Georgia,serif;--ml-border:#b9d8cf;--ml-surface:#f7fcfa;--ml-text:#102a24;--ml-muted:#3f5f57;--ml-focus:#0f6e5a"
  ></ml-exam>`,
};

// The same states at phone width (320 px): sticky timer, buttons that fit, the dialog, results and review.
const phone = { globals: { viewport: { value: 'phone320', isRotated: false } } };
/** During the exam at 320 px. */
export const QuestionPhone: Story = { ...Question, ...phone };
/** The submit confirmation at 320 px. */
export const ConfirmSubmitPhone: Story = { ...ConfirmSubmit, ...phone };
/** Results at 320 px: the chart fits the width. */
export const ResultsPhone: Story = { ...Results, ...phone };
/** The review at 320 px: code in options wraps, nothing scrolls sideways. */
export const ReviewPhone: Story = { ...Review, ...phone };

/** An unknown exam id: the error panel names it. */
export const ErrorUnknownExam: Story = { args: { exam: 'final-exam' } };
