// Entry of the stand-alone demo: `npx vite demo/embeds/vue` (see vite.config.ts).
import { mount } from './mount.js';

const root = document.getElementById('app');
if (root) mount(root, (name, detail) => console.info(name, detail));
