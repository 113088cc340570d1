import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import cem from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(cem);

/** What Storybook reads of one element in custom-elements.json (schema 1.0, only the parts used here). */
interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  description?: string;
  default?: string;
  type?: { text?: string };
  inheritedFrom?: unknown;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  slots?: Item[];
}
type ArgTypes = Record<string, Record<string, unknown>>;

/** Members a page author never touches: private, protected, `_`/`#` names, `@internal`, static, methods. */
const isPublic = (item: Item) =>
  item.kind !== 'method' &&
  !item.static &&
  (!item.privacy || item.privacy === 'public') &&
  !/^[_#]/.test(item.name) &&
  !/@internal\b/.test(item.description ?? '');

/** A control that fits the declared type: a menu for a union of string literals, a number box, text otherwise. */
function controlFor(type = ''): { control: unknown; options?: string[] } {
  const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  if (literals.length > 1 && /^(\s*'[^']*'\s*\|?)+(\|\s*undefined\s*)?$/.test(type))
    return { control: 'select', options: literals };
  if (/[{<]/.test(type)) return { control: false };
  if (/\bnumber\b/.test(type)) return { control: 'number' };
  if (/\bboolean\b/.test(type)) return { control: 'boolean' };
  if (/\bstring\b/.test(type)) return { control: 'text' };
  return { control: false };
}

/**
 * The argTypes table of one element, built here instead of by Storybook's default reader: that one keys every row by
 * its bare name, so the `question` CSS part replaced the `question` attribute, a property and its attribute showed
 * twice (`storageKey` and `storage-key`), and events, parts and custom properties got meaningless "Set object" controls.
 * Here each kind keeps its own category and key; only attributes and properties have controls.
 */
export function argTypesOf(declaration: Declaration | undefined): ArgTypes {
  if (!declaration) return {};
  const out: ArgTypes = {};
  const none = { control: false };
  const row = (item: Item, category: string, { control, options }: ReturnType<typeof controlFor>, key = item.name) => {
    out[key] = {
      name: item.name,
      description: item.description,
      control,
      ...(options ? { options } : {}),
      table: {
        category,
        type: { summary: item.type?.text },
        defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
      },
    };
  };
  for (const item of declaration.attributes ?? [])
    if (isPublic(item)) row(item, 'attributes', controlFor(item.type?.text));
  // A property with an attribute is already listed as that attribute; the rest (objects such as `labels`) stay.
  for (const item of declaration.members ?? []) {
    if (isPublic(item) && item.kind === 'field' && !item.attribute)
      row(item, 'properties', none, `property:${item.name}`);
  }
  for (const item of declaration.events ?? []) row(item, 'events', none, `event:${item.name}`);
  for (const item of declaration.slots ?? []) row(item, 'slots', none, `slot:${item.name}`);
  for (const item of declaration.cssParts ?? []) row(item, 'css shadow parts', none, `part:${item.name}`);
  for (const item of declaration.cssProperties ?? []) row(item, 'css custom properties', none, `css:${item.name}`);
  return out;
}

const declarations = new Map<string, Declaration>();
for (const module of (cem as { modules: { declarations?: Declaration[] }[] }).modules) {
  for (const declaration of module.declarations ?? [])
    if (declaration.tagName) declarations.set(declaration.tagName, declaration);
}

/** Sets `theme` on every ml-* element in the story from the toolbar, and paints the canvas to match. */
const withTheme = (story: () => unknown, context: { globals: { theme?: string } }) => {
  const theme = context.globals.theme ?? 'light';
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = theme === 'dark' ? '#0f1115' : '#ffffff';
  document.body.style.color = theme === 'dark' ? '#e7e9ee' : '#1d2026';
  queueMicrotask(() => {
    for (const el of document.querySelectorAll('#storybook-root *')) {
      if (el.localName.startsWith('ml-') && !el.hasAttribute('data-fixed-theme')) el.setAttribute('theme', theme);
    }
  });
  return story();
};

/** Phone and desktop widths the stories are checked at (scripts/check-stories.mjs, scripts/screenshots.mjs). */
const viewports = {
  phone320: { name: 'Phone 320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  phone375: { name: 'Phone 375 px', styles: { width: '375px', height: '720px' }, type: 'mobile' },
  tablet768: { name: 'Tablet 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop1280: { name: 'Desktop 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour theme of the elements',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [withTheme as never],
  parameters: {
    controls: { expanded: true },
    viewport: { options: viewports },
    docs: {
      story: { inline: true },
      extractArgTypes: (tagName: string) => argTypesOf(declarations.get(tagName)),
    },
  },
};
export default preview;
