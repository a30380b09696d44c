import { svg, type SVGTemplateResult } from 'lit';

/**
 * A face for each point of the five-point scale, drawn inline (no external assets, CSP-safe).
 * Decorative: the option's text label names it, so the SVG is hidden from screen readers.
 * The mouth curves from a frown (1) to a broad smile (5); colours follow the text colour so the
 * faces survive dark, high-contrast and forced-colors themes.
 */
const MOUTHS: Record<number, string> = {
  1: 'M14 32 Q24 22 34 32',
  2: 'M15 31 Q24 26 33 31',
  3: 'M15 30 L33 30',
  4: 'M15 28 Q24 34 33 28',
  5: 'M13 27 Q24 39 35 27',
};

export function face(score: number): SVGTemplateResult {
  const mouth = MOUTHS[score] ?? MOUTHS[3]!;
  return svg`<svg class="face" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
    <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="2.5"></circle>
    <circle cx="17" cy="19" r="2.6" fill="currentColor"></circle>
    <circle cx="31" cy="19" r="2.6" fill="currentColor"></circle>
    <path d=${mouth} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"></path>
  </svg>`;
}
