/**
 * The pieces of `<ansinh-stat-figure>` below its value: the change from the previous period and
 * the target. Each says its meaning in words beside a glyph (never colour or shape alone); the
 * glyph is hidden from assistive technology, which reads the words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChangeDirection, FigureText } from '../model.js';

const CHANGE_GLYPHS: Record<ChangeDirection, string> = { up: '▲', down: '▼', same: '▶' };

export function renderChange(change: FigureText['change']): TemplateResult | typeof nothing {
  if (!change) return nothing;
  return html`<p class="change" part="change" data-direction=${change.direction}>
        <span aria-hidden="true">${CHANGE_GLYPHS[change.direction]}</span>
        <span>${change.text} (${change.previous})</span>
      </p>`;
}

export function renderTarget(target: FigureText['target']): TemplateResult | typeof nothing {
  if (!target) return nothing;
  return html`<p class="target" part="target" data-met=${target.met ? 'true' : 'false'}>
        <span aria-hidden="true">${target.met ? '✓' : '✗'}</span>
        <span>${target.text}</span>
      </p>`;
}
