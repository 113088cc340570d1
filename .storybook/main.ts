import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Built-in banks are served from dist/banks (npm run build:banks writes them).
  staticDirs: [
    { from: '../dist/banks', to: '/dist/banks' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => {
    viteConfig.define = { ...viteConfig.define, __ML_BANKS_BASE__: JSON.stringify('/dist/banks/') };
    // One Lit on the page: Storybook's renderer and our elements must share lit-html / ReactiveElement (otherwise Lit
    // warns "Multiple versions of Lit loaded" and templates from one copy do not render in the other).
    const dedupe = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];
    viteConfig.resolve = {
      ...viteConfig.resolve,
      dedupe: [...new Set([...(viteConfig.resolve?.dedupe ?? []), ...dedupe])],
    };
    return viteConfig;
  },
};
export default config;
