import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/button.js';
import '../../src/define/text-field.js';
import '../../src/define/select.js';
import '../../src/define/checkbox-group.js';
import '../../src/define/radio-group.js';
import '../../src/define/badge.js';
import '../../src/define/state.js';

describe('primitives in Lit dev mode', () => {
  it('render, update and reset without any Lit warning, and programmatic changes fire no ansinh-change', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
    try {
      const opts = [{ value: 'a', label: 'A' }];
      const form = await fixture<HTMLFormElement>(html`<form>
        <ansinh-text-field name="t" label="T" required></ansinh-text-field>
        <ansinh-select name="s" label="S" .options=${opts}></ansinh-select>
        <ansinh-checkbox-group name="c" legend="C" .options=${opts}></ansinh-checkbox-group>
        <ansinh-radio-group name="r" legend="R" .options=${opts}></ansinh-radio-group>
        <ansinh-badge tone="info">i</ansinh-badge>
        <ansinh-state kind="error" retry></ansinh-state>
        <ansinh-button>OK</ansinh-button>
      </form>`);
      let changes = 0;
      form.addEventListener('ansinh-change', () => changes++);
      const els = Array.from(form.children) as (HTMLElement & { updateComplete: Promise<boolean>; value?: unknown })[];
      await Promise.all(els.map((e) => e.updateComplete));
      form.querySelector('ansinh-text-field')!.value = 'x';
      form.querySelector('ansinh-select')!.value = 'a';
      form.querySelector('ansinh-checkbox-group')!.value = ['a'];
      form.querySelector('ansinh-radio-group')!.value = 'a';
      form.reportValidity();
      form.reset();
      await Promise.all(els.map((e) => e.updateComplete));
      expect(changes).to.equal(0);
    } finally {
      console.warn = original;
    }
    expect(warnings.map((w) => String(w[0]))).to.deep.equal([]);
  });
});
