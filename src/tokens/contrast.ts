/**
 * WCAG 2.2 contrast arithmetic for checking themes: used by the contrast tests and the
 * Foundations stories, and usable by a tenant to check a brand file in the browser.
 */

/** An sRGB colour with channels 0-255 and alpha 0-1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * Parses a computed colour as browsers serialise it: `rgb(r, g, b)`, `rgba(r, g, b, a)`, or the
 * space-separated `rgb(r g b / a)`. Returns undefined for anything else (for example `color()`).
 */
export function parseRgb(value: string): Rgba | undefined {
  const match = /^rgba?\(\s*([^)]*)\)$/i.exec(value.trim());
  if (!match?.[1]) return undefined;
  const parts = match[1].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return undefined;
  const nums = parts.map((part, i) =>
    part.endsWith('%') ? (parseFloat(part) / 100) * (i === 3 ? 1 : 255) : parseFloat(part),
  );
  if (nums.some((n) => Number.isNaN(n))) return undefined;
  const [r = 0, g = 0, b = 0, a = 1] = nums;
  return { r, g, b, a };
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2.x, sRGB). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Paints `top` (possibly translucent) over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    a: 1,
  };
}

/** Contrast ratio between two colours, 1 to 21. A translucent foreground is painted first. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const fg = foreground.a < 1 ? composite(foreground, background) : foreground;
  const l1 = relativeLuminance(fg);
  const l2 = relativeLuminance(background);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** Minimum ratios of WCAG 2.2 AA: 1.4.3 (text) and 1.4.11 (non-text: controls, focus). */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

/** A foreground/background pair of semantic colour tokens (names without `--ansinh-color-`). */
export interface ContrastPair {
  foreground: string;
  background: string;
  min: number;
  /** What the pair is used for, in a few words (English, for test names and docs). */
  use: string;
}

/** Every text/background and control/background pair the components use. */
export const contrastPairs: readonly ContrastPair[] = [
  ...(['surface', 'surface-raised', 'surface-sunken'] as const).flatMap((bg) => [
    { foreground: 'text', background: bg, min: AA_TEXT, use: 'body text' },
    { foreground: 'text-muted', background: bg, min: AA_TEXT, use: 'secondary text, hints' },
  ]),
  { foreground: 'on-primary', background: 'primary', min: AA_TEXT, use: 'primary button' },
  { foreground: 'on-primary', background: 'primary-hover', min: AA_TEXT, use: 'primary button, hover' },
  { foreground: 'on-danger', background: 'danger', min: AA_TEXT, use: 'destructive button' },
  ...(['danger', 'success', 'warning', 'info'] as const).flatMap((status) => [
    { foreground: status, background: `${status}-surface`, min: AA_TEXT, use: `${status} message` },
    { foreground: status, background: 'surface', min: AA_TEXT, use: `${status} text` },
  ]),
  { foreground: 'primary', background: 'surface', min: AA_TEXT, use: 'links' },
  { foreground: 'primary', background: 'surface-raised', min: AA_TEXT, use: 'links on cards' },
  { foreground: 'focus', background: 'surface', min: AA_NON_TEXT, use: 'focus ring' },
  { foreground: 'focus', background: 'surface-raised', min: AA_NON_TEXT, use: 'focus ring on cards' },
  { foreground: 'border-strong', background: 'surface', min: AA_NON_TEXT, use: 'control boundary' },
  { foreground: 'border-strong', background: 'surface-raised', min: AA_NON_TEXT, use: 'control boundary on cards' },
];

/** The semantic colour tokens, in display order (names without `--ansinh-color-`). */
export const colourTokens = [
  'surface',
  'surface-raised',
  'surface-sunken',
  'text',
  'text-muted',
  'border',
  'border-strong',
  'primary',
  'primary-hover',
  'on-primary',
  'danger',
  'on-danger',
  'danger-surface',
  'success',
  'success-surface',
  'warning',
  'warning-surface',
  'info',
  'info-surface',
  'focus',
] as const;

export type ColourToken = (typeof colourTokens)[number];

/**
 * Reads the computed colour of each semantic token at `context` (an element inside the theme
 * to measure) by painting it onto a hidden probe. Returns undefined for a token whose value is
 * not an sRGB colour.
 */
export function readColours(context: Element): Map<string, Rgba | undefined> {
  const doc = context.ownerDocument;
  const probe = doc.createElement('span');
  probe.hidden = true;
  // A light-DOM child of a shadow host that has no slot for it is outside the flat tree and gets
  // no computed style, so probe inside the shadow root when there is one.
  (context.shadowRoot ?? context).append(probe);
  const colours = new Map<string, Rgba | undefined>();
  try {
    for (const name of colourTokens) {
      probe.style.setProperty('color', `var(--ansinh-color-${name})`);
      colours.set(name, parseRgb(getComputedStyle(probe).color));
    }
  } finally {
    probe.remove();
  }
  return colours;
}
