/**
 * ansinh design tokens: the one source of the tokens stylesheet.
 *
 * Three layers, each only naming the one below it:
 * 1. brand (`--ansinh-brand-*`): the primary colour ramp, the neutral ramp, the font family and
 *    the corner radius. A province or hospital re-brands by setting only these, in one CSS file.
 * 2. semantic (`--ansinh-color-*`, `--ansinh-font-*`, `--ansinh-space-*`, ...): what a value is
 *    for. Themes (light, dark, high contrast, forced colours, print) change only this layer.
 * 3. component (`--ansinh-button-*`, `--ansinh-field-*`, `--ansinh-badge-*`): defaults that
 *    point at semantic tokens, so one component can be tuned without touching the rest.
 *
 * Everything sits in `@layer ansinh`: any unlayered rule of the host page or a tenant theme
 * wins over a token whatever its specificity, and every selector here is wrapped in `:where()`
 * (specificity 0) so the order below, not specificity, decides between themes.
 *
 * The sheet declares custom properties only; it never styles the host page itself.
 *
 * Why semantic colours are declared on every `[data-ansinh-theme]` element and not only on
 * `:root`: a custom property that holds `var()` is resolved where it is declared and then
 * inherited as a finished value. Re-declaring the semantic layer on the element that carries the
 * theme attribute is what lets a theme (or a tenant's brand ramp) apply to one part of a page.
 *
 * The CSS is written literally (no data is interpolated); the only interpolations are the theme
 * blocks below, which are themselves `css` literals reused for the system-preference and the
 * explicit-attribute selectors so each palette is written once.
 */
import { css, type CSSResult } from 'lit';

/** Light theme: the default. Every ratio is checked by test/tokens/contrast.test.ts. */
const light = css`
  --ansinh-color-scheme: light;
  --ansinh-color-surface: var(--ansinh-brand-neutral-0);
  --ansinh-color-surface-raised: var(--ansinh-brand-neutral-0);
  --ansinh-color-surface-sunken: var(--ansinh-brand-neutral-100);
  --ansinh-color-text: var(--ansinh-brand-neutral-900);
  --ansinh-color-text-muted: var(--ansinh-brand-neutral-600);
  --ansinh-color-border: var(--ansinh-brand-neutral-300);
  --ansinh-color-border-strong: var(--ansinh-brand-neutral-500);
  --ansinh-color-primary: var(--ansinh-brand-primary-600);
  --ansinh-color-primary-hover: var(--ansinh-brand-primary-700);
  --ansinh-color-on-primary: var(--ansinh-brand-neutral-0);
  --ansinh-color-danger: #b3261e;
  --ansinh-color-on-danger: #ffffff;
  --ansinh-color-danger-surface: #fdeceb;
  --ansinh-color-success: #1e7536;
  --ansinh-color-success-surface: #e8f5ec;
  --ansinh-color-warning: #8a4f00;
  --ansinh-color-warning-surface: #fff3dc;
  --ansinh-color-info: #155e8c;
  --ansinh-color-info-surface: #e6f2fa;
  --ansinh-color-focus: var(--ansinh-brand-primary-700);
  --ansinh-border-width: 1px;
  --ansinh-focus-ring-width: 3px;
  --ansinh-shadow-1: 0 1px 2px rgb(16 24 40 / 0.1), 0 1px 3px rgb(16 24 40 / 0.1);
  --ansinh-shadow-2: 0 4px 8px -2px rgb(16 24 40 / 0.12), 0 2px 4px -2px rgb(16 24 40 / 0.08);
  --ansinh-shadow-3: 0 12px 24px -4px rgb(16 24 40 / 0.16), 0 4px 8px -4px rgb(16 24 40 / 0.08);
`;

/** Dark theme: light text on dark neutrals; the primary ramp's light end carries the brand. */
const dark = css`
  --ansinh-color-scheme: dark;
  --ansinh-color-surface: var(--ansinh-brand-neutral-900);
  --ansinh-color-surface-raised: var(--ansinh-brand-neutral-800);
  --ansinh-color-surface-sunken: var(--ansinh-brand-neutral-950);
  --ansinh-color-text: var(--ansinh-brand-neutral-50);
  --ansinh-color-text-muted: var(--ansinh-brand-neutral-300);
  --ansinh-color-border: var(--ansinh-brand-neutral-700);
  --ansinh-color-border-strong: var(--ansinh-brand-neutral-400);
  --ansinh-color-primary: var(--ansinh-brand-primary-300);
  --ansinh-color-primary-hover: var(--ansinh-brand-primary-200);
  --ansinh-color-on-primary: var(--ansinh-brand-neutral-950);
  --ansinh-color-danger: #ff8f85;
  --ansinh-color-on-danger: #2b0a07;
  --ansinh-color-danger-surface: #3d1714;
  --ansinh-color-success: #72d48f;
  --ansinh-color-success-surface: #12301c;
  --ansinh-color-warning: #f3c05b;
  --ansinh-color-warning-surface: #342608;
  --ansinh-color-info: #82c4f2;
  --ansinh-color-info-surface: #0f2a3e;
  --ansinh-color-focus: var(--ansinh-brand-primary-200);
  --ansinh-border-width: 1px;
  --ansinh-focus-ring-width: 3px;
  --ansinh-shadow-1: 0 1px 3px rgb(0 0 0 / 0.5);
  --ansinh-shadow-2: 0 4px 10px -2px rgb(0 0 0 / 0.55);
  --ansinh-shadow-3: 0 12px 28px -4px rgb(0 0 0 / 0.6);
`;

/**
 * High contrast: near-black on white, thicker borders and focus ring, no shadows (edges are drawn
 * with borders instead, which survive every display).
 */
const highContrast = css`
  --ansinh-color-scheme: light;
  --ansinh-color-surface: #ffffff;
  --ansinh-color-surface-raised: #ffffff;
  --ansinh-color-surface-sunken: #ffffff;
  --ansinh-color-text: #000000;
  --ansinh-color-text-muted: var(--ansinh-brand-neutral-950);
  --ansinh-color-border: #000000;
  --ansinh-color-border-strong: #000000;
  --ansinh-color-primary: var(--ansinh-brand-primary-900);
  --ansinh-color-primary-hover: #000000;
  --ansinh-color-on-primary: #ffffff;
  --ansinh-color-danger: #8c1010;
  --ansinh-color-on-danger: #ffffff;
  --ansinh-color-danger-surface: #ffffff;
  --ansinh-color-success: #0a4d1c;
  --ansinh-color-success-surface: #ffffff;
  --ansinh-color-warning: #5c3400;
  --ansinh-color-warning-surface: #ffffff;
  --ansinh-color-info: #0a3d63;
  --ansinh-color-info-surface: #ffffff;
  --ansinh-color-focus: #000000;
  --ansinh-border-width: 2px;
  --ansinh-focus-ring-width: 4px;
  --ansinh-shadow-1: none;
  --ansinh-shadow-2: none;
  --ansinh-shadow-3: none;
`;

/** The tokens stylesheet (already wrapped in `@layer ansinh`). */
export const tokensCss: CSSResult = css`
  @layer ansinh {
    /* ---- 1. brand: the only layer a tenant theme sets ---- */
    :root {
      --ansinh-brand-primary-50: #eef4fd;
      --ansinh-brand-primary-100: #d8e6fb;
      --ansinh-brand-primary-200: #b3cdf6;
      --ansinh-brand-primary-300: #86aff0;
      --ansinh-brand-primary-400: #5b8fe4;
      --ansinh-brand-primary-500: #3a70d0;
      --ansinh-brand-primary-600: #2458b8;
      --ansinh-brand-primary-700: #1c4796;
      --ansinh-brand-primary-800: #183b7a;
      --ansinh-brand-primary-900: #132e5e;
      --ansinh-brand-neutral-0: #ffffff;
      --ansinh-brand-neutral-50: #f5f6f8;
      --ansinh-brand-neutral-100: #eceef1;
      --ansinh-brand-neutral-200: #dcdfe4;
      --ansinh-brand-neutral-300: #c2c7cf;
      --ansinh-brand-neutral-400: #9198a4;
      --ansinh-brand-neutral-500: #687080;
      --ansinh-brand-neutral-600: #4e5665;
      --ansinh-brand-neutral-700: #3a414d;
      --ansinh-brand-neutral-800: #272c35;
      --ansinh-brand-neutral-900: #1b1f26;
      --ansinh-brand-neutral-950: #111419;
      /* Fonts that carry Vietnamese diacritics well come first; system-ui is late because on
         some systems it resolves to a CJK face with poor Vietnamese stacking. */
      --ansinh-brand-font-family: 'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Roboto,
        'Helvetica Neue', Arial, system-ui, sans-serif;
      --ansinh-brand-radius: 0.375rem;

      /* ---- 2. semantic values that no theme changes ---- */
      --ansinh-font-weight-regular: 400;
      --ansinh-font-weight-medium: 500;
      --ansinh-font-weight-bold: 700;
      /* Generous: Vietnamese stacks diacritics above and below the letters. */
      --ansinh-line-height: 1.6;
      --ansinh-line-height-tight: 1.3;
      --ansinh-space-1: 0.25rem;
      --ansinh-space-2: 0.5rem;
      --ansinh-space-3: 0.75rem;
      --ansinh-space-4: 1rem;
      --ansinh-space-5: 1.5rem;
      --ansinh-space-6: 2rem;
      --ansinh-space-7: 3rem;
      --ansinh-space-8: 4rem;
      --ansinh-radius-pill: 999px;
      --ansinh-focus-ring-offset: 2px;
      --ansinh-motion-duration-fast: 120ms;
      --ansinh-motion-duration-normal: 200ms;
      --ansinh-motion-easing: cubic-bezier(0.2, 0, 0, 1);
    }

    /* Sizes in rem so a reader's own browser font size scales everything. */
    :where(:root, [data-ansinh-size]) {
      --ansinh-font-size-xs: 0.875rem;
      --ansinh-font-size-sm: 0.9375rem;
      --ansinh-font-size-md: 1rem;
      --ansinh-font-size-lg: 1.25rem;
      --ansinh-font-size-xl: 1.5rem;
      --ansinh-font-size-2xl: 2rem;
      --ansinh-target-size: 44px;
    }
    /* Kiosk, bedside and large-print use: bigger text and targets. */
    :where([data-ansinh-size='large']) {
      --ansinh-font-size-xs: 1rem;
      --ansinh-font-size-sm: 1.0625rem;
      --ansinh-font-size-md: 1.125rem;
      --ansinh-font-size-lg: 1.375rem;
      --ansinh-font-size-xl: 1.75rem;
      --ansinh-font-size-2xl: 2.25rem;
      --ansinh-target-size: 48px;
    }

    /* ---- 2. semantic: themes. Light is the default. ---- */
    :where(:root, [data-ansinh-theme]) {
      --ansinh-font-family: var(--ansinh-brand-font-family);
      --ansinh-radius-sm: calc(var(--ansinh-brand-radius) * 0.667);
      --ansinh-radius-md: var(--ansinh-brand-radius);
      --ansinh-radius-lg: calc(var(--ansinh-brand-radius) * 2);
      ${light}
    }
    /* The reader's system asks for dark, and the page or section did not choose another theme. */
    @media (prefers-color-scheme: dark) {
      :where(
          :root:not([data-ansinh-theme='light'], [data-ansinh-theme='high-contrast']),
          [data-ansinh-theme]:not([data-ansinh-theme='light'], [data-ansinh-theme='high-contrast'])
        ) {
        ${dark}
      }
    }
    /* The reader's system asks for more contrast (wins over a system dark preference). */
    @media (prefers-contrast: more) {
      :where(
          :root:not([data-ansinh-theme='light'], [data-ansinh-theme='dark']),
          [data-ansinh-theme]:not([data-ansinh-theme='light'], [data-ansinh-theme='dark'])
        ) {
        ${highContrast}
      }
    }
    /* An explicit choice on :root or any ancestor wins over the system preferences. */
    :where([data-ansinh-theme='dark']) {
      ${dark}
    }
    :where([data-ansinh-theme='high-contrast']) {
      ${highContrast}
    }

    /* ---- 3. component tokens: default to semantic ones ---- */
    :where(:root, [data-ansinh-theme], [data-ansinh-size]) {
      --ansinh-button-background: var(--ansinh-color-primary);
      --ansinh-button-background-hover: var(--ansinh-color-primary-hover);
      --ansinh-button-color: var(--ansinh-color-on-primary);
      --ansinh-button-border-color: var(--ansinh-color-primary);
      --ansinh-button-radius: var(--ansinh-radius-md);
      --ansinh-button-min-height: var(--ansinh-target-size);
      --ansinh-button-padding-inline: var(--ansinh-space-5);
      --ansinh-button-font-size: var(--ansinh-font-size-md);
      --ansinh-button-font-weight: var(--ansinh-font-weight-medium);

      --ansinh-field-background: var(--ansinh-color-surface);
      --ansinh-field-color: var(--ansinh-color-text);
      --ansinh-field-label-color: var(--ansinh-color-text);
      --ansinh-field-hint-color: var(--ansinh-color-text-muted);
      --ansinh-field-border-color: var(--ansinh-color-border-strong);
      --ansinh-field-border-color-invalid: var(--ansinh-color-danger);
      --ansinh-field-border-width: var(--ansinh-border-width);
      --ansinh-field-radius: var(--ansinh-radius-sm);
      --ansinh-field-min-height: var(--ansinh-target-size);
      --ansinh-field-padding-inline: var(--ansinh-space-3);
      --ansinh-field-font-size: var(--ansinh-font-size-md);

      --ansinh-link-color: var(--ansinh-color-primary);
      --ansinh-link-color-hover: var(--ansinh-color-primary-hover);
      --ansinh-link-color-visited: var(--ansinh-color-primary);

      --ansinh-badge-background: var(--ansinh-color-surface-sunken);
      --ansinh-badge-color: var(--ansinh-color-text);
      --ansinh-badge-border-color: var(--ansinh-color-border);
      --ansinh-badge-radius: var(--ansinh-radius-pill);
      --ansinh-badge-padding-inline: var(--ansinh-space-2);
      --ansinh-badge-font-size: var(--ansinh-font-size-sm);
      --ansinh-badge-font-weight: var(--ansinh-font-weight-medium);
    }

    /* Windows high contrast and other forced palettes: system colours only, so the reader's
       palette is kept; shadows would be dropped by the browser anyway. */
    @media (forced-colors: active) {
      :where(:root, [data-ansinh-theme], [data-ansinh-size]) {
        --ansinh-color-scheme: light dark;
        --ansinh-color-surface: Canvas;
        --ansinh-color-surface-raised: Canvas;
        --ansinh-color-surface-sunken: Canvas;
        --ansinh-color-text: CanvasText;
        --ansinh-color-text-muted: CanvasText;
        --ansinh-color-border: CanvasText;
        --ansinh-color-border-strong: CanvasText;
        --ansinh-color-primary: LinkText;
        --ansinh-color-primary-hover: LinkText;
        --ansinh-color-on-primary: Canvas;
        --ansinh-color-danger: CanvasText;
        --ansinh-color-on-danger: Canvas;
        --ansinh-color-danger-surface: Canvas;
        --ansinh-color-success: CanvasText;
        --ansinh-color-success-surface: Canvas;
        --ansinh-color-warning: CanvasText;
        --ansinh-color-warning-surface: Canvas;
        --ansinh-color-info: CanvasText;
        --ansinh-color-info-surface: Canvas;
        --ansinh-color-focus: Highlight;
        --ansinh-shadow-1: none;
        --ansinh-shadow-2: none;
        --ansinh-shadow-3: none;
        --ansinh-button-background: ButtonFace;
        --ansinh-button-background-hover: ButtonFace;
        --ansinh-button-color: ButtonText;
        --ansinh-button-border-color: ButtonBorder;
        --ansinh-field-background: Field;
        --ansinh-field-color: FieldText;
        --ansinh-field-hint-color: CanvasText;
        --ansinh-field-border-color: ButtonBorder;
        --ansinh-badge-background: Canvas;
        --ansinh-badge-color: CanvasText;
        --ansinh-badge-border-color: CanvasText;
      }
    }

    /* Paper: black on white whatever the screen theme, no shadows, no tinted fills. */
    @media print {
      :where(:root, [data-ansinh-theme]) {
        --ansinh-color-scheme: light;
        --ansinh-color-surface: #ffffff;
        --ansinh-color-surface-raised: #ffffff;
        --ansinh-color-surface-sunken: #ffffff;
        --ansinh-color-text: #000000;
        --ansinh-color-text-muted: #333333;
        --ansinh-color-border: #767676;
        --ansinh-color-border-strong: #000000;
        --ansinh-color-primary: #000000;
        --ansinh-color-primary-hover: #000000;
        --ansinh-color-on-primary: #ffffff;
        --ansinh-color-danger: #000000;
        --ansinh-color-on-danger: #ffffff;
        --ansinh-color-danger-surface: #ffffff;
        --ansinh-color-success: #000000;
        --ansinh-color-success-surface: #ffffff;
        --ansinh-color-warning: #000000;
        --ansinh-color-warning-surface: #ffffff;
        --ansinh-color-info: #000000;
        --ansinh-color-info-surface: #ffffff;
        --ansinh-color-focus: #000000;
        --ansinh-shadow-1: none;
        --ansinh-shadow-2: none;
        --ansinh-shadow-3: none;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      :root {
        --ansinh-motion-duration-fast: 0s;
        --ansinh-motion-duration-normal: 0s;
      }
    }
  }
`;

/**
 * The stylesheet as plain CSS text. The library build imports this in Node to write
 * `dist/tokens/ansinh.css` for pages that prefer a `<link rel="stylesheet">`.
 */
export function tokensText(): string {
  return tokensCss.cssText;
}
