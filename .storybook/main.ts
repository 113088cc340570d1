import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Built-in banks are served from dist/banks (npm run build:banks writes them).
  staticDirs: [{ from: '../dist/banks', to: '/dist/banks' }, { from: '../test/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => {
    viteConfig.define = { ...viteConfig.define, __ML_BANKS_BASE__: JSON.stringify('/dist/banks/') };
    return viteConfig;
  },
};
export default config;
