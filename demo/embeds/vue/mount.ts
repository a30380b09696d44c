// Mounts the Vue demo. `import 'ansinh'` registers every element; the compiler option keeps Vue
// from trying to resolve ansinh-* tags as Vue components.
import 'ansinh';
import { createApp } from 'vue';
import { App } from './App.js';
import * as data from '../shared/data.js';

export { data };

export const isCustomElement = (tag: string): boolean => tag.startsWith('ansinh-');

export function mount(container: HTMLElement, onEvent?: (name: string, detail: unknown) => void): { unmount(): void } {
  const app = createApp(App, { onAnsinhEvent: onEvent });
  // With the full build (templates compiled in the browser). With Vite + SFCs, set the same
  // function in vite.config.ts: vue({ template: { compilerOptions: { isCustomElement } } }).
  app.config.compilerOptions.isCustomElement = isCustomElement;
  app.mount(container);
  return { unmount: () => app.unmount() };
}
