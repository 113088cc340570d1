import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/ml-progress.js';
import type { MlProgress } from '../src/elements/ml-progress.js';
import { waitFor } from './support/helpers.js';
import { BANK_ID, storyClock, storyStorage, studiedRecord } from './support/record.js';

interface ProgressArgs {
  exam?: string;
  theme?: 'light' | 'dark';
}

/** Each story has its own record in memory and a fixed clock (20 May 2026). */
const meta: Meta<ProgressArgs> = {
  title: 'Elements/ml-progress',
  component: 'ml-progress',
  args: {},
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  loaders: [async () => ({ storage: storyStorage() })],
  render: (args, { loaded }) =>
    html`<ml-progress bank=${BANK_ID} exam=${args.exam ?? 'mock-exam'} theme=${args.theme ?? 'light'} .clock=${storyClock} .storageArea=${loaded.storage}></ml-progress>`,
};
export default meta;
type Story = StoryObj<ProgressArgs>;

/** No answers yet. */
export const Empty: Story = {};

/** Some answers, below the minimum: "Not enough answers yet" and what is missing. */
export const SomeAnswers: Story = {
  loaders: [async () => ({ storage: storyStorage(await studiedRecord(20, { dev: 0.7, ops: 0.6, dep: 0.8 })) })],
};

/** Enough answers, estimate below the pass mark, two mock exams. */
export const NotReady: Story = {
  loaders: [async () => ({ storage: storyStorage(await studiedRecord(120, { dev: 0.6, ops: 0.5, dep: 0.7 }, 42, 2)) })],
};

/** Every question answered, mostly right: the whole interval above the pass mark. */
export const Ready: Story = {
  loaders: [
    async () => ({ storage: storyStorage(await studiedRecord(1000, { dev: 0.92, ops: 0.9, dep: 0.95 }, 42, 4)) }),
  ],
};

/** Storage disabled: works in memory and says so. */
export const StorageOff: Story = { loaders: [async () => ({ storage: storyStorage('off') })] };

/** A corrupted stored record. */
export const Corrupted: Story = { loaders: [async () => ({ storage: storyStorage('{not json') })] };

/** "Import progress" given another bank's file. */
export const ImportError: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MlProgress>('ml-progress')!;
    await waitFor(() => el.shadowRoot?.querySelector('[part~="readiness"]'));
    await el.importFile(
      new Blob([JSON.stringify({ format: 'ml-quiz-record', version: 1, bankId: 'another-bank', answers: [] })]),
    );
  },
};

export const Dark: Story = { ...Ready, args: { theme: 'dark' } };
