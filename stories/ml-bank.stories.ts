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

/** A bank URL that cannot be loaded: the bank and its cards say why. */
export const LoadError: Story = { args: { src: '/no-such-bank.json' } };

/** A bank file that is not a valid bank. */
export const InvalidBank: Story = { args: { src: '/fixtures/invalid-bank.json' } };
