// Mounts the React demo. `import 'ansinh'` registers every element BEFORE React renders: React
// sets a prop as a property only when the element already has it.
import 'ansinh';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './App.js';
import * as data from '../shared/data.js';

export { data };

export function mount(container: HTMLElement, props: AppProps = {}): { unmount(): void } {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
  return { unmount: () => root.unmount() };
}
