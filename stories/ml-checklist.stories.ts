import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/ml-checklist.js';
import type { MlChecklist } from '../src/elements/ml-checklist.js';
import { waitFor } from './support/helpers.js';

interface Args {
  bank: string;
  checklist: string;
  storageKey: string;
  theme?: 'light' | 'dark';
}

const BUILT_IN = 'databricks-ml-professional';
const READY_IDS = Array.from({ length: 16 }, (_, i) => `ready-${String(i + 1).padStart(2, '0')}`);

/** Puts a saved state under `key` (or clears it), as an earlier visit would have left it. */
function seed(key: string, checked: string[] | null): void {
  try {
    if (checked === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify({ v: 1, checked }));
  } catch {
    // Storage may be blocked in this browser; the story then shows the in-memory state.
  }
}

/** A Storage whose every call throws, as in a browser that blocks or has filled up storage. */
const fail = (): never => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};
const brokenStorage: Storage = { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };

const view = (args: Args, extra: { storageArea?: Storage | null; fixedTheme?: boolean } = {}) =>
  html`<ml-checklist
    bank=${args.bank}
    checklist=${args.checklist}
    storage-key=${ifDefined(args.storageKey || undefined)}
    theme=${ifDefined(args.theme)}
    ?data-fixed-theme=${extra.fixedTheme}
    .storageArea=${extra.storageArea}
  ></ml-checklist>`;

const meta: Meta<Args> = {
  title: 'Elements/ml-checklist',
  component: 'ml-checklist',
  args: { bank: BUILT_IN, checklist: 'exam-ready', storageKey: 'ml-quiz-story:checklist:default' },
  argTypes: {
    bank: { control: 'text', description: 'Built-in bank id or URL' },
    checklist: { control: 'select', options: ['exam-ready', 'study-plan', 'no-such-checklist'] },
    storageKey: { name: 'storage-key', control: 'text', description: 'localStorage key (empty: the contract key)' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => view(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing checked yet: "0 of 16 ready". Check items, then reload the page: they stay checked. */
export const Empty: Story = {
  args: { storageKey: 'ml-quiz-story:checklist:empty' },
  render: (args) => {
    seed(args.storageKey, null);
    return view(args);
  },
};

/** Seven items checked on an earlier visit: "7 of 16 ready". */
export const PartlyChecked: Story = {
  args: { storageKey: 'ml-quiz-story:checklist:partly' },
  render: (args) => {
    seed(args.storageKey, READY_IDS.slice(0, 7));
    return view(args);
  },
};

/** Everything checked: "16 of 16 ready". */
export const Complete: Story = {
  args: { storageKey: 'ml-quiz-story:checklist:complete' },
  render: (args) => {
    seed(args.storageKey, READY_IDS);
    return view(args);
  },
};

/** A saved item the checklist no longer has was dropped; a quiet notice says so. */
export const SavedStateKeptPartly: Story = {
  args: { storageKey: 'ml-quiz-story:checklist:kept-partly' },
  render: (args) => {
    seed(args.storageKey, ['ready-01', 'ready-02', 'an-item-that-was-removed']);
    return view(args);
  },
};

/** Corrupted saved state: the checklist starts fresh and says so quietly. */
export const CorruptedStorage: Story = {
  args: { storageKey: 'ml-quiz-story:checklist:corrupted' },
  render: (args) => {
    try {
      localStorage.setItem(args.storageKey, '{"v":1,"checked":[');
    } catch {
      // see seed()
    }
    return view(args);
  },
};

/** Storage unavailable (every call throws): the checklist works in memory with a quiet notice. */
export const StorageUnavailable: Story = {
  args: { storageKey: 'ml-quiz-story:checklist:unavailable' },
  render: (args) => view(args, { storageArea: brokenStorage }),
};

/** "Reset" asks first, in a modal dialog with "Reset" and "Cancel". */
export const ResetConfirmation: Story = {
  args: { storageKey: 'ml-quiz-story:checklist:reset' },
  render: (args) => {
    seed(args.storageKey, READY_IDS.slice(0, 3));
    return view(args);
  },
  play: async ({ canvasElement }) => {
    const el = await waitFor(() => canvasElement.querySelector<MlChecklist>('ml-checklist'));
    (await waitFor(() => el.shadowRoot?.querySelector<HTMLButtonElement>('button.reset'))).click();
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 500 } } },
};

/** An unknown id: the error panel names `checklists` and the id, and `ml-bank-error` fires. */
export const UnknownId: Story = {
  args: { checklist: 'no-such-checklist' },
};

/** Dark theme (pinned, whatever the toolbar says), partly checked. */
export const Dark: Story = {
  args: { theme: 'dark', storageKey: 'ml-quiz-story:checklist:dark' },
  render: (args) => {
    seed(args.storageKey, READY_IDS.slice(0, 5));
    return html`<div style="background:#0f1115;padding:1rem">${view(args, { fixedTheme: true })}</div>`;
  },
};

/** The study plan, saved under the contract key `ml-quiz:v1:databricks-ml-professional:checklist:study-plan`. */
export const StudyPlan: Story = {
  args: { checklist: 'study-plan', storageKey: '' },
};

/** A custom brand set only through the `--ml-*` custom properties. */
export const CustomBrand: Story = {
  args: { checklist: 'study-plan', storageKey: 'ml-quiz-story:checklist:brand' },
  render: (args) => {
    seed(args.storageKey, ['week-1', 'week-2', 'week-3']);
    return html`<div
      style="--ml-accent:#0f6e5a;--ml-radius:4px;--ml-font:Georgia,serif;--ml-border:#b9d8cf;--ml-surface:#f7fcfa;--ml-text:#102a24;--ml-muted:#3f5f57;--ml-focus:#0f6e5a"
    >
      ${view({ ...args, theme: 'light' }, { fixedTheme: true })}
    </div>`;
  },
};
