import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, before, describe, it } from './mocha.js';
import { installTokens } from '../../src/tokens/install.js';
import { relativeLuminance } from '../../src/tokens/contrast.js';
import { tokensText } from '../../src/tokens/tokens.js';
import { adoptHostSheet, colourAt, computedColour, emulate, resetMedia, rgbText } from './helpers.js';

const isTokensSheet = (sheet: CSSStyleSheet): boolean =>
  Array.from(sheet.cssRules).some((rule) => rule.cssText.includes('--ansinh-brand-primary-600'));

const tokensSheets = (doc: Document): CSSStyleSheet[] => doc.adoptedStyleSheets.filter(isTokensSheet);

const rootToken = (name: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim();

describe('installTokens', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('data-ansinh-theme');
    await resetMedia();
  });

  it('adopts one constructable sheet per document, however often it is called', () => {
    installTokens(document);
    installTokens(document);
    installTokens(document);
    expect(tokensSheets(document).length).to.equal(1);
    expect(document.querySelector('style[data-ansinh-tokens]')).to.equal(null);
    expect(rootToken('--ansinh-target-size')).to.equal('44px');
  });

  it('puts the tokens back when a framework replaced adoptedStyleSheets', () => {
    installTokens(document);
    const others = document.adoptedStyleSheets.filter((s) => !isTokensSheet(s));
    document.adoptedStyleSheets = others;
    expect(rootToken('--ansinh-target-size')).to.equal('');
    installTokens(document);
    expect(tokensSheets(document).length).to.equal(1);
    expect(rootToken('--ansinh-target-size')).to.equal('44px');
  });

  it('wraps every token in the ansinh cascade layer', () => {
    installTokens(document);
    const [sheet] = tokensSheets(document);
    const rules = Array.from(sheet!.cssRules);
    // Booleans and strings only: chai would try to print a whole CSSOM tree on failure.
    expect(rules.length).to.equal(1);
    expect(rules[0] instanceof CSSLayerBlockRule, 'the only rule is a layer block').to.equal(true);
    expect((rules[0] as CSSLayerBlockRule).name).to.equal('ansinh');
    expect(tokensText().trim().startsWith('@layer ansinh')).to.equal(true);
  });

  it('lets an unlayered host rule override a token, even one that comes earlier', () => {
    installTokens(document);
    const before = colourAt(document.body, 'primary');
    // Same zero specificity and earlier in the cascade than the tokens sheet: only the layer
    // makes it win.
    const remove = adoptHostSheet(':where(:root) { --ansinh-color-primary: rgb(1, 2, 3); }');
    try {
      expect(rgbText(colourAt(document.body, 'primary'))).to.equal('rgb(1, 2, 3)');
    } finally {
      remove();
    }
    expect(rgbText(colourAt(document.body, 'primary'))).to.equal(rgbText(before));
  });

  it('derives semantic tokens from brand tokens a host sets', () => {
    installTokens(document);
    const remove = adoptHostSheet(':root { --ansinh-brand-primary-600: rgb(7, 8, 9); }');
    try {
      expect(rgbText(colourAt(document.body, 'primary'))).to.equal('rgb(7, 8, 9)');
      // Component tokens follow the semantic layer.
      const button = computedColour(document.body, 'var(--ansinh-button-background)');
      expect(rgbText(button)).to.equal('rgb(7, 8, 9)');
    } finally {
      remove();
    }
  });

  it('works in a same-origin iframe (a sheet from the frame’s own window)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      expect(() => installTokens(doc)).to.not.throw();
      installTokens(doc);
      expect(doc.adoptedStyleSheets.filter(isTokensSheet).length).to.equal(1);
      expect(getComputedStyle(doc.documentElement).getPropertyValue('--ansinh-space-4').trim()).to.equal(
        '1rem',
      );
    } finally {
      frame.remove();
    }
  });

  it('falls back to one <style> where a sheet cannot be adopted, and never throws', () => {
    // A document without a window cannot construct a sheet of its own.
    const doc = document.implementation.createHTMLDocument('');
    expect(() => installTokens(doc)).to.not.throw();
    installTokens(doc);
    const styles = doc.querySelectorAll('style[data-ansinh-tokens]');
    expect(styles.length).to.equal(1);
    expect(styles[0]!.textContent).to.equal(tokensText());
    // Something that is barely a document (old engines, test doubles).
    const bare = { defaultView: null, head: null, documentElement: null } as unknown as Document;
    expect(() => installTokens(bare)).to.not.throw();
    expect(() => installTokens(undefined as unknown as Document)).to.not.throw();
  });
});

describe('theme selection', () => {
  before(() => installTokens(document));
  afterEach(async () => {
    document.documentElement.removeAttribute('data-ansinh-theme');
    await resetMedia();
  });

  const surfaceLuminance = (el: Element): number => relativeLuminance(colourAt(el, 'surface'));

  it('applies the theme on any ancestor, through shadow roots, and follows changes', async () => {
    const outer = await fixture<HTMLElement>(html`
      <div data-ansinh-theme="dark">
        <section><div class="host"></div></section>
        <div class="light" data-ansinh-theme="light"><p class="inner"></p></div>
      </div>
    `);
    const host = outer.querySelector('.host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inShadow = document.createElement('span');
    shadow.append(inShadow);

    expect(surfaceLuminance(inShadow)).to.be.below(0.05);
    expect(surfaceLuminance(outer.querySelector('.inner')!)).to.be.above(0.85);
    // Component tokens re-resolve in the theme too.
    const darkButton = computedColour(shadow as unknown as Element, 'var(--ansinh-button-background)');
    expect(rgbText(darkButton)).to.equal(rgbText(colourAt(inShadow, 'primary')));

    outer.setAttribute('data-ansinh-theme', 'light');
    expect(surfaceLuminance(inShadow)).to.be.above(0.85);
    outer.setAttribute('data-ansinh-theme', 'high-contrast');
    expect(rgbText(colourAt(inShadow, 'text'))).to.equal('rgb(0, 0, 0)');
    expect(rootToken('--ansinh-focus-ring-width')).to.equal('3px');
    expect(getComputedStyle(inShadow).getPropertyValue('--ansinh-focus-ring-width').trim()).to.equal('4px');
  });

  it('follows a system dark preference unless the page chooses light', async () => {
    expect(surfaceLuminance(document.body)).to.be.above(0.85);
    await emulate({ colorScheme: 'dark' });
    expect(surfaceLuminance(document.body)).to.be.below(0.05);
    document.documentElement.setAttribute('data-ansinh-theme', 'light');
    expect(surfaceLuminance(document.body)).to.be.above(0.85);
    // A section may opt back into following the system.
    const auto = await fixture<HTMLElement>(html`<div data-ansinh-theme="auto"></div>`);
    expect(surfaceLuminance(auto)).to.be.below(0.05);
  });

  it('uses high contrast when the system asks for more contrast', async () => {
    await emulate({ contrast: 'more' });
    expect(rgbText(colourAt(document.body, 'text'))).to.equal('rgb(0, 0, 0)');
    expect(rootToken('--ansinh-border-width')).to.equal('2px');
    // Even over a system dark preference.
    await emulate({ contrast: 'more', colorScheme: 'dark' });
    expect(rgbText(colourAt(document.body, 'text'))).to.equal('rgb(0, 0, 0)');
    // An explicit choice wins.
    document.documentElement.setAttribute('data-ansinh-theme', 'dark');
    expect(surfaceLuminance(document.body)).to.be.below(0.05);
  });

  it('maps colours to the system palette in forced-colors mode', async () => {
    document.documentElement.setAttribute('data-ansinh-theme', 'dark');
    await emulate({ forcedColors: 'active' });
    const canvas = rgbText(computedColour(document.body, 'Canvas'));
    const canvasText = rgbText(computedColour(document.body, 'CanvasText'));
    expect(rgbText(colourAt(document.body, 'surface'))).to.equal(canvas);
    expect(rgbText(colourAt(document.body, 'text'))).to.equal(canvasText);
    expect(rootToken('--ansinh-shadow-2')).to.equal('none');
    expect(rootToken('--ansinh-button-background')).to.equal('ButtonFace');
  });

  it('prints black on white without shadows, whatever the screen theme', async () => {
    document.documentElement.setAttribute('data-ansinh-theme', 'dark');
    await emulate({ media: 'print' });
    expect(rgbText(colourAt(document.body, 'surface'))).to.equal('rgb(255, 255, 255)');
    expect(rgbText(colourAt(document.body, 'text'))).to.equal('rgb(0, 0, 0)');
    expect(rootToken('--ansinh-shadow-1')).to.equal('none');
  });

  it('sets motion durations to 0s when the reader asks for reduced motion', async () => {
    expect(rootToken('--ansinh-motion-duration-fast')).to.equal('120ms');
    expect(rootToken('--ansinh-motion-duration-normal')).to.equal('200ms');
    await emulate({ reducedMotion: 'reduce' });
    expect(rootToken('--ansinh-motion-duration-fast')).to.equal('0s');
    expect(rootToken('--ansinh-motion-duration-normal')).to.equal('0s');
  });

  it('offers larger text and 48px targets in large mode', async () => {
    const el = await fixture<HTMLElement>(html`<div data-ansinh-size="large" data-x></div>`);
    const style = getComputedStyle(el);
    expect(rootToken('--ansinh-target-size')).to.equal('44px');
    expect(style.getPropertyValue('--ansinh-target-size').trim()).to.equal('48px');
    expect(style.getPropertyValue('--ansinh-font-size-md').trim()).to.equal('1.125rem');
    // The semantic colours are inherited, not reset to light.
    document.documentElement.setAttribute('data-ansinh-theme', 'dark');
    expect(surfaceLuminance(el)).to.be.below(0.05);
  });
});
