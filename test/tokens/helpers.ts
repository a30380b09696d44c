import { emulateMedia } from '@web/test-runner-commands';
import { parseRgb, readColours, type Rgba } from '../../src/tokens/contrast.js';

export type Theme = 'light' | 'dark' | 'high-contrast';
export const themes: Theme[] = ['light', 'dark', 'high-contrast'];

/** `prefers-contrast` is passed through to Playwright, whose emulateMedia knows it. */
type MediaWithContrast = Parameters<typeof emulateMedia>[0] & { contrast?: 'more' | 'no-preference' };

export function emulate(media: MediaWithContrast): Promise<void> {
  return emulateMedia(media as Parameters<typeof emulateMedia>[0]);
}

export function resetMedia(): Promise<void> {
  return emulate({
    media: 'screen',
    colorScheme: 'light',
    reducedMotion: 'no-preference',
    forcedColors: 'none',
    contrast: 'no-preference',
  });
}

/** The computed colour of one semantic token at `el`, as the browser paints it. */
export function colourAt(el: Element, token: string): Rgba {
  const colour = readColours(el).get(token);
  if (!colour) throw new Error(`--ansinh-color-${token} is not an rgb() colour at ${el.tagName}`);
  return colour;
}

/** The computed `color` of `el` styled with `color: value`. */
export function computedColour(parent: Element, value: string): Rgba {
  const probe = document.createElement('span');
  probe.style.setProperty('color', value);
  parent.append(probe);
  const colour = parseRgb(getComputedStyle(probe).color);
  probe.remove();
  if (!colour) throw new Error(`${value} did not compute to rgb()`);
  return colour;
}

export function rgbText({ r, g, b }: Rgba): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/** Adopts a plain (unlayered) host or tenant stylesheet and returns a function removing it. */
export function adoptHostSheet(cssText: string, position: 'first' | 'last' = 'first'): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  document.adoptedStyleSheets =
    position === 'first'
      ? [sheet, ...document.adoptedStyleSheets]
      : [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
