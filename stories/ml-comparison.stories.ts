import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/ml-comparison.js';
import type { MlComparison } from '../src/elements/ml-comparison.js';
import { waitFor } from './support/helpers.js';

interface Args {
  bank: string;
  comparison: string;
  theme?: 'light' | 'dark';
}

const BUILT_IN = 'databricks-ml-professional';

/** Plays practice steps like a user: `'a'`/`'b'` picks a side, `'next'` presses Next. */
async function practise(canvasElement: HTMLElement, steps: ('a' | 'b' | 'next')[]): Promise<void> {
  const el = await waitFor(() => canvasElement.querySelector<MlComparison>('ml-comparison'));
  await waitFor(() => el.shadowRoot?.querySelector('button.choice'));
  for (const step of steps) {
    const button =
      step === 'next'
        ? el.shadowRoot!.querySelector<HTMLButtonElement>('button.next')
        : el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.choice')[step === 'a' ? 0 : 1];
    button?.click();
    await el.updateComplete;
  }
}

const meta: Meta<Args> = {
  title: 'Elements/ml-comparison',
  component: 'ml-comparison',
  args: { bank: BUILT_IN, comparison: 'optuna-vs-hyperopt' },
  argTypes: {
    bank: { control: 'text', description: 'Built-in bank id or URL' },
    comparison: {
      control: 'select',
      options: [
        'optuna-vs-hyperopt',
        'ray-vs-spark',
        'blue-green-vs-canary',
        'aliases-vs-stages',
        'point-in-time-vs-latest-lookup',
        'snapshot-vs-timeseries-inference',
        'data-vs-model-parallelism',
        'concept-vs-data-drift',
        'no-such-comparison',
      ],
    },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<ml-comparison bank=${args.bank} comparison=${args.comparison} theme=${ifDefined(args.theme)}></ml-comparison>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The table ("Use A when… / Use B when…"), the trap, and the first practice scenario. */
export const Default: Story = {};

/** Two scenarios answered: the running score shows, the third is waiting. */
export const PracticeInProgress: Story = {
  play: ({ canvasElement }) => practise(canvasElement, ['a', 'next', 'a', 'next']),
};

/** Just after an answer: the verdict ("Correct" or "Incorrect"), the right side, why, and Next. */
export const PracticeFeedback: Story = {
  play: ({ canvasElement }) => practise(canvasElement, ['b']),
};

/** After the last scenario: the score and "Practise again". */
export const Summary: Story = {
  args: { bank: '/fixtures/mini-bank.json', comparison: 'x-vs-y' },
  play: ({ canvasElement }) => practise(canvasElement, ['a', 'next', 'b', 'next', 'b', 'next']),
};

/** An unknown id: the error panel names `comparisons` and the id, and `ml-bank-error` fires. */
export const UnknownId: Story = {
  args: { comparison: 'no-such-comparison' },
};

/** Dark theme (pinned, whatever the toolbar says). */
export const Dark: Story = {
  args: { theme: 'dark', comparison: 'blue-green-vs-canary' },
  render: (args) => html`<div style="background:#0f1115;padding:1rem">
    <ml-comparison data-fixed-theme bank=${args.bank} comparison=${args.comparison} theme=${ifDefined(args.theme)}></ml-comparison>
  </div>`,
};

/** A narrow container (300 px): the table stacks into two labelled sections. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width:300px">
    <ml-comparison bank=${args.bank} comparison=${args.comparison} theme=${ifDefined(args.theme)}></ml-comparison>
  </div>`,
};

/** Inline content: a comparison in a child `<script type="application/json">`, no bank needed. */
export const Inline: Story = {
  render: (args) => {
    const el = document.createElement('ml-comparison');
    if (args.theme) el.theme = args.theme;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      id: 'batch-vs-online',
      title: 'Batch vs online scoring',
      a: {
        name: 'Batch',
        useWhen: 'Predictions can wait for a schedule, e.g. a nightly `spark_udf` over a Delta table.',
      },
      b: { name: 'Online', useWhen: 'A caller needs an answer *now*, e.g. a Model Serving endpoint behind an app.' },
      trap: 'Low latency is not the same as **real time**: a job every minute is still batch.',
      practice: [
        {
          id: 'bo-1',
          scenario: 'Score 40 million customers every night for tomorrow’s campaign.',
          answer: 'a',
          why: 'Nobody waits on a single prediction.',
        },
        {
          id: 'bo-2',
          scenario: 'A checkout page asks for a fraud score before accepting a card.',
          answer: 'b',
          why: 'The caller waits for the answer.',
        },
      ],
    });
    el.append(script);
    return el;
  },
};

/** A custom brand set only through the `--ml-*` custom properties. */
export const CustomBrand: Story = {
  render: (args) => html`<ml-comparison
    data-fixed-theme
    theme="light"
    bank=${args.bank}
    comparison=${args.comparison}
    style="--ml-accent:#6b2fa8;--ml-radius:2px;--ml-font:Georgia,serif;--ml-border:#cbb6e6;--ml-surface:#fdfbff;--ml-text:#261a33;--ml-muted:#5d4b70;--ml-focus:#6b2fa8"
  ></ml-comparison>`,
};
