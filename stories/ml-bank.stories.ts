import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/ml-bank.js';
import '../src/elements/ml-quiz.js';

const meta: Meta<{ src: string }> = {
  title: 'Elements/ml-bank',
  component: 'ml-bank',
  args: { src: 'databricks-ml-professional' },
  render: ({ src }) => html`<ml-bank src=${src}>
    <ml-quiz question="dev-fs-003"></ml-quiz>
    <ml-quiz question="ops-monitoring-004"></ml-quiz>
  </ml-bank>`,
};
export default meta;
type Story = StoryObj<{ src: string }>;

/** Two quiz cards sharing one built-in bank. */
export const SharedBank: Story = {};

/** A bank URL whose file is not JSON: the bank and its cards say why. */
export const LoadError: Story = { args: { src: '/fixtures/mini-bank.ts' } };

/** A bank file that is not a valid bank: every problem with its path. */
export const InvalidBank: Story = { args: { src: '/fixtures/invalid-bank.json' } };

/** A custom brand set only through the `--ml-*` custom properties, inherited by the cards. */
export const CustomBrand: Story = {
  render: ({ src }) => html`<ml-bank
    src=${src}
    style="--ml-accent:#b3472d;--ml-radius:14px;--ml-border:#e8c9bf;--ml-surface:#fffaf8;--ml-text:#2b1a15;--ml-muted:#6b4c43;--ml-focus:#b3472d"
  >
    <ml-quiz data-fixed-theme theme="light" question="dep-strategy-002"></ml-quiz>
  </ml-bank>`,
};
