import { expect } from '@open-wc/testing';
import { after, before, describe, it } from './mocha.js';
import { installTokens } from '../../src/tokens/install.js';
import {
  contrastPairs,
  contrastRatio,
  parseRgb,
  readColours,
  relativeLuminance,
  type Rgba,
} from '../../src/tokens/contrast.js';
import { adoptHostSheet, computedColour, themes, rgbText, type Theme } from './helpers.js';

const rgb = (value: string): Rgba => {
  const parsed = parseRgb(value);
  if (!parsed) throw new Error(`unparsable ${value}`);
  return parsed;
};

describe('contrast arithmetic', () => {
  it('parses the forms browsers serialise computed colours in', () => {
    expect(parseRgb('rgb(36, 88, 184)')).to.deep.equal({ r: 36, g: 88, b: 184, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0.5)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseRgb('rgb(10 20 30 / 25%)')).to.deep.equal({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseRgb('color(srgb 1 0 0)')).to.equal(undefined);
    expect(parseRgb('Canvas')).to.equal(undefined);
  });

  it('matches WCAG reference values', () => {
    const white = rgb('rgb(255, 255, 255)');
    const black = rgb('rgb(0, 0, 0)');
    expect(relativeLuminance(white)).to.equal(1);
    expect(relativeLuminance(black)).to.equal(0);
    expect(contrastRatio(black, white)).to.equal(21);
    expect(contrastRatio(white, black)).to.equal(21);
    // #767676 is the well-known lightest grey with 4.5:1 on white; #777777 just fails.
    expect(contrastRatio(rgb('rgb(118, 118, 118)'), white)).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio(rgb('rgb(119, 119, 119)'), white)).to.be.below(4.5);
    // A translucent foreground is painted over the background first.
    expect(contrastRatio(rgb('rgba(0, 0, 0, 0)'), white)).to.equal(1);
  });
});

describe('readColours', () => {
  before(() => installTokens(document));

  it('measures inside a shadow host whose light children are not slotted', () => {
    const host = document.createElement('div');
    host.setAttribute('data-ansinh-theme', 'high-contrast');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
    try {
      const colours = readColours(host);
      expect(colours.get('text')).to.deep.equal({ r: 0, g: 0, b: 0, a: 1 });
      expect([...colours.values()].every(Boolean)).to.equal(true);
    } finally {
      host.remove();
    }
  });
});

/** Brand files a tenant ships; each is checked exactly as a portal would load it. */
const tenants = ['tinh-bac-ninh', 'benh-vien'] as const;

async function loadTenant(name: string): Promise<() => void> {
  const response = await fetch(`/demo/themes/${name}.css`);
  expect(response.ok, `demo/themes/${name}.css is served`).to.equal(true);
  return adoptHostSheet(await response.text(), 'last');
}

function measure(theme: Theme): { failures: string[]; colours: Map<string, Rgba | undefined> } {
  const box = document.createElement('div');
  box.setAttribute('data-ansinh-theme', theme);
  document.body.append(box);
  const colours = readColours(box);
  box.remove();
  const failures: string[] = [];
  for (const [name, colour] of colours) {
    if (!colour) failures.push(`--ansinh-color-${name} is not an rgb() colour`);
    else if (colour.a !== 1) {
      failures.push(`--ansinh-color-${name} is translucent (${colour.a})`);
    }
  }
  // Component tokens default to semantic ones; their pairs must hold too.
  const componentPairs = [
    ['button-color', 'button-background', 'button'],
    ['button-color', 'button-background-hover', 'button, hover'],
    ['field-color', 'field-background', 'field text'],
    ['field-hint-color', 'field-background', 'field hint'],
    ['field-border-color', 'field-background', 'field boundary'],
    ['badge-color', 'badge-background', 'badge'],
    ['link-color', 'field-background', 'link on the surface'],
    ['link-color-hover', 'field-background', 'link, hover'],
    ['link-color', 'badge-background', 'link on a sunken surface'],
  ] as const;
  const probeHost = document.createElement('div');
  probeHost.setAttribute('data-ansinh-theme', theme);
  document.body.append(probeHost);
  for (const [fgName, bgName, use] of componentPairs) {
    const fg = computedColour(probeHost, `var(--ansinh-${fgName})`);
    const bg = computedColour(probeHost, `var(--ansinh-${bgName})`);
    const min = fgName.includes('border') ? 3 : 4.5;
    const ratio = contrastRatio(fg, bg);
    if (ratio < min) failures.push(`${fgName} on ${bgName} (${use}): ${ratio.toFixed(2)}:1 < ${min}:1`);
  }
  probeHost.remove();
  for (const pair of contrastPairs) {
    const fg = colours.get(pair.foreground);
    const bg = colours.get(pair.background);
    if (!fg || !bg) continue;
    const ratio = contrastRatio(fg, bg);
    if (ratio < pair.min) {
      failures.push(
        `${pair.foreground} ${rgbText(fg)} on ${pair.background} ${rgbText(bg)} ` +
          `(${pair.use}): ${ratio.toFixed(2)}:1 < ${pair.min}:1`,
      );
    }
  }
  return { failures, colours };
}

describe('every colour pair the components use meets WCAG 2.2 AA', () => {
  before(() => installTokens(document));

  for (const brand of ['default', ...tenants] as const) {
    describe(`${brand} brand`, () => {
      let removeTenant: (() => void) | undefined;
      before(async () => {
        if (brand !== 'default') removeTenant = await loadTenant(brand);
      });
      after(() => removeTenant?.());

      for (const theme of themes) {
        it(`${theme} theme`, () => {
          const { failures, colours } = measure(theme);
          expect(failures, failures.join('\n')).to.deep.equal([]);
          // Guard against a vacuous pass: the theme really applied.
          const surface = colours.get('surface');
          const text = colours.get('text');
          expect(surface && text).to.not.equal(undefined);
          if (theme === 'dark') expect(relativeLuminance(surface!)).to.be.below(0.05);
          else expect(relativeLuminance(surface!)).to.be.above(0.85);
          if (theme === 'high-contrast') expect(rgbText(text!)).to.equal('rgb(0, 0, 0)');
        });
      }

      if (brand !== 'default') {
        it('re-brands the primary colour without code', () => {
          const branded = measure('light').colours.get('primary');
          removeTenant?.();
          const plain = measure('light').colours.get('primary');
          expect(rgbText(branded!)).to.not.equal(rgbText(plain!));
        });
      }
    });
  }
});
