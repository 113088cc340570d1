import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import cem from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(cem);

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
    docs: { story: { inline: true } },
  },
};
export default preview;
