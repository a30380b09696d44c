/// <reference types="vite/client" />
// Storybook preview for ansinh: tokens installed once per document, toolbar switches for the
// page language (vi/en) and the theme (light/dark/high contrast), the custom-elements manifest
// for the docs tables, and axe run on every story with violations treated as errors.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { installTokens } from '../src/tokens/install.js';

// The manifest is generated at the repo root by `custom-elements-manifest analyze`. A glob (not a
// plain import) keeps Storybook building on a fresh checkout before the manifest exists: the
// glob then matches nothing and the docs simply show no API tables.
const manifests = import.meta.glob<unknown>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

type Lang = 'vi' | 'en';
type Theme = 'light' | 'dark' | 'high-contrast';

// The canvas itself follows the tokens, so a dark or high-contrast story is shown on its own
// surface rather than on Storybook's white. A constructable sheet needs no inline style.
const canvasSheet = new CSSStyleSheet();
canvasSheet.replaceSync(`
  body {
    background: var(--ansinh-color-surface, Canvas);
    color: var(--ansinh-color-text, CanvasText);
    font-family: var(--ansinh-font-family, system-ui, sans-serif);
  }
`);

function prepareDocument(lang: Lang, theme: Theme): void {
  installTokens(document);
  if (!document.adoptedStyleSheets.includes(canvasSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, canvasSheet];
  }
  const root = document.documentElement;
  // Components resolve their language from the nearest `lang`, ending at <html>.
  root.lang = lang;
  root.setAttribute('data-ansinh-theme', theme);
}

const withAnsinhDocument: Decorator = (story, context) => {
  const lang = (context.globals['lang'] as Lang | undefined) ?? 'vi';
  const theme = (context.globals['theme'] as Theme | undefined) ?? 'light';
  prepareDocument(lang, theme);
  return story();
};

const preview: Preview = {
  decorators: [withAnsinhDocument],
  globalTypes: {
    lang: {
      description: 'Ngôn ngữ / Language',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Giao diện / Theme',
      toolbar: {
        title: 'Giao diện',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Sáng / Light', icon: 'sun' },
          { value: 'dark', title: 'Tối / Dark', icon: 'moon' },
          { value: 'high-contrast', title: 'Tương phản cao / High contrast', icon: 'contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // 'error' makes the a11y addon fail a story's test on any axe violation; the CI smoke test
    // (scripts/storybook-smoke.js) runs axe itself against the built Storybook as well.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
  },
};

export default preview;
