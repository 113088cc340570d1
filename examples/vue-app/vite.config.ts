import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue must know the ml- tags are custom elements; ml-quiz itself needs no configuration.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ml-') } } })],
});
