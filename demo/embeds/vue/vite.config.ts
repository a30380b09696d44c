// `npx vite demo/embeds/vue`: the Vue demo. The template lives in App.ts and is compiled in the
// browser, so `vue` points at the full build; an app made of SFCs uses the default build and sets
// `isCustomElement` in the plugin instead: vue({ template: { compilerOptions: { isCustomElement } } }).
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { resolve } from 'node:path';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ansinh-') } } })],
  resolve: {
    alias: {
      ansinh: resolve(import.meta.dirname, '../../../src/index.ts'),
      vue: 'vue/dist/vue.esm-bundler.js',
    },
  },
  server: { fs: { allow: [resolve(import.meta.dirname, '../../..')] } },
});
