// Entry of the stand-alone demo: `npx vite demo/embeds/react` (see vite.config.ts).
import { mount } from './mount.js';

const root = document.getElementById('root');
if (root) mount(root, { onEvent: (name, detail) => console.info(name, detail) });
