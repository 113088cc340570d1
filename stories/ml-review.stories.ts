import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/ml-review.js';
import { pickAndCheck } from './support/helpers.js';
import { BANK_ID, STORY_NOW, storyClock, storyStorage, studiedRecord } from './support/record.js';

interface ReviewArgs {
  count: number;
  theme?: 'light' | 'dark';
}

/** Each story has its own record in memory and a fixed clock (20 May 2026). */
const meta: Meta<ReviewArgs> = {
  title: 'Elements/ml-review',
  component: 'ml-review',
  args: { count: 10 },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  loaders: [async () => ({ storage: storyStorage() })],
  render: (args, { loaded }) =>
    html`<ml-review bank=${BANK_ID} count=${args.count} theme=${args.theme ?? 'light'} .clock=${storyClock} .storageArea=${loaded.storage}></ml-review>`,
};
export default meta;
type Story = StoryObj<ReviewArgs>;

/** An empty record: nothing due, new questions from the heaviest objectives. */
export const Empty: Story = {};

/** Three weeks of study: some questions are due, shown first. */
export const SomeDue: Story = {
  loaders: [async () => ({ storage: storyStorage(await studiedRecord(60, { dev: 0.6, ops: 0.5, dep: 0.7 })) })],
};

/** After "Check answer" on a due question. */
export const Answered: Story = {
  loaders: SomeDue.loaders,
  play: async ({ canvasElement }) => pickAndCheck(canvasElement.querySelector('ml-review')!, [0]),
};

/** Every question seen just now: nothing due, nothing new. */
export const NothingToReview: Story = {
  loaders: [
    async () => {
      const record = await studiedRecord(1000, { dev: 1, ops: 1, dep: 1 }, 0);
      return {
        storage: storyStorage({ ...record, answers: record.answers.map((a) => ({ ...a, t: STORY_NOW - 60_000 })) }),
      };
    },
  ],
};

/** Storage disabled: the review works in memory and says so. */
export const StorageOff: Story = { loaders: [async () => ({ storage: storyStorage('off') })] };

/** `record="off"`: answers here are not recorded. */
export const RecordOff: Story = {
  render: (args, { loaded }) =>
    html`<ml-review bank=${BANK_ID} count=${args.count} record="off" theme=${args.theme ?? 'light'} .clock=${storyClock} .storageArea=${loaded.storage}></ml-review>`,
};

export const Dark: Story = { ...SomeDue, args: { theme: 'dark' } };
