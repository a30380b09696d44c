// Embedding proof: the Vue 3 demo (demo/embeds/vue) mounted in Chromium, its template compiled in
// the browser with `isCustomElement` for ansinh-* tags; `.prop` bindings and `@ansinh-*` listeners.
// The app is bundled by esbuild in test/server/embeds.js with Vue's full build.
import { describeFrameworkApp, type FrameworkDemo } from './framework-suite.js';

interface VueBundle {
  mount(container: HTMLElement, onEvent?: (name: string, detail: unknown) => void): { unmount(): void };
  isCustomElement(tag: string): boolean;
  data: FrameworkDemo['data'];
}

describeFrameworkApp('Vue 3 app', async () => {
  const url = '/__embeds/bundle/vue.js';
  const bundle = (await import(/* @vite-ignore */ url)) as VueBundle;
  if (!bundle.isCustomElement('ansinh-survey') || bundle.isCustomElement('router-view')) {
    throw new Error('isCustomElement must match ansinh-* tags only');
  }
  return { data: bundle.data, start: (container, onEvent) => bundle.mount(container, onEvent) };
});
