/**
 * A QR code as Lit SVG: one `<rect>` per horizontal run of dark modules (no innerHTML, so it
 * renders under Trusted Types and a strict CSP).
 */
import { svg, type SVGTemplateResult } from 'lit';
import { encode } from 'uqr';

export function qrSvg(text: string, label: string): SVGTemplateResult {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const rects: SVGTemplateResult[] = [];
  for (let y = 0; y < size; y++) {
    const row = data[y]!;
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      rects.push(svg`<rect x=${start} y=${y} width=${x - start} height="1"></rect>`);
    }
  }
  return svg`<svg class="qr" part="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label} shape-rendering="crispEdges"><rect width=${size} height=${size} fill="#fff"></rect><g fill="#000">${rects}</g></svg>`;
}
