// Embedding proof: the React 19 demo (demo/embeds/react) mounted in Chromium. React sets object
// props as properties and routes `onansinh-*` props to ansinh events; no wrapper.
// The app is bundled by esbuild in test/server/embeds.js (React ships CommonJS only).
import { describeFrameworkApp, type FrameworkDemo } from './framework-suite.js';
import type { AppProps } from '../../demo/embeds/react/App.js';

interface ReactBundle {
  mount(container: HTMLElement, props?: AppProps): { unmount(): void };
  data: FrameworkDemo['data'];
}

describeFrameworkApp('React 19 app', async () => {
  const url = '/__embeds/bundle/react.js';
  const bundle = (await import(/* @vite-ignore */ url)) as ReactBundle;
  return { data: bundle.data, start: (container, onEvent) => bundle.mount(container, { onEvent }) };
});
