/**
 * Colours for a chart canvas. Canvas drawing cannot use CSS custom properties, so the colours are
 * read from the element's styles (probe elements styled with `--ansinh-chart-1..8` and the
 * semantic tokens) and handed to Chart.js; they are read again whenever the theme changes.
 * In high contrast and forced colours, series are also told apart by hatched fills and dashed
 * lines, never by colour alone.
 */

export type Palette = 'light' | 'dark' | 'high-contrast' | 'forced';

export interface ChartColours {
  palette: Palette;
  series: string[];
  text: string;
  grid: string;
  surface: string;
  focus: string;
  /** Hatched fills and dashed lines. */
  patterns: boolean;
}

/** The theme in force for an element: nearest `data-ansinh-theme` (crossing shadow roots), else the system's. */
export function resolvePalette(el: Element): Palette {
  const media = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches;
  if (media('(forced-colors: active)')) return 'forced';
  let node: Element | null = el;
  while (node) {
    const theme = node.getAttribute('data-ansinh-theme');
    if (theme === 'dark' || theme === 'light' || theme === 'high-contrast') return theme;
    const parent: Element | null = node.parentElement;
    if (parent) node = parent;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  if (media('(prefers-contrast: more)')) return 'high-contrast';
  if (media('(prefers-color-scheme: dark)')) return 'dark';
  return 'light';
}

/** Reads the resolved colours of the probe elements (`.probe[data-probe=...]`) inside `root`. */
export function readColours(root: ParentNode, palette: Palette): ChartColours {
  const read = (name: string, fallback: string) => {
    const el = root.querySelector(`[data-probe="${name}"]`);
    const c = el ? getComputedStyle(el).color : '';
    return c || fallback;
  };
  const series: string[] = [];
  for (let i = 1; i <= 8; i++) series.push(read(`c${i}`, '#0072b2'));
  return {
    palette,
    series,
    text: read('text', '#1a1a1a'),
    grid: read('grid', '#c4c4c4'),
    surface: read('surface', '#ffffff'),
    focus: read('focus', '#1a5fb4'),
    patterns: palette === 'high-contrast' || palette === 'forced',
  };
}

/** Line dash per series (solid first). */
export const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 3, 3, 3], [4, 4], [14, 6], [1, 4], [8, 3, 1, 3]];
/** Point shape per series, so markers differ in every theme. */
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'rectRounded', 'cross'] as const;

/** A hatched fill: background `bg`, strokes in `fg`, a different hatch per series index. */
export function hatch(fg: string, bg: string, index: number): CanvasPattern | string {
  if (typeof document === 'undefined') return fg;
  const size = 12;
  const c = document.createElement('canvas');
  c.width = size;
  c.height = size;
  const ctx = c.getContext('2d');
  if (!ctx) return fg;
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = fg;
  ctx.fillStyle = fg;
  ctx.lineWidth = 2;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };
  switch (index % 8) {
    case 0:
      ctx.fillRect(0, 0, size, size);
      break;
    case 1:
      line(0, size, size, 0);
      line(-size / 2, size / 2, size / 2, -size / 2);
      line(size / 2, size * 1.5, size * 1.5, size / 2);
      break;
    case 2:
      line(0, 0, size, size);
      line(-size / 2, size / 2, size / 2, size * 1.5);
      line(size / 2, -size / 2, size * 1.5, size / 2);
      break;
    case 3:
      line(0, size / 2, size, size / 2);
      break;
    case 4:
      line(size / 2, 0, size / 2, size);
      break;
    case 5:
      ctx.beginPath();
      ctx.arc(size / 2, size / 2, 2.5, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 6:
      line(0, size / 2, size, size / 2);
      line(size / 2, 0, size / 2, size);
      break;
    case 7:
      line(0, size, size, 0);
      line(0, 0, size, size);
      break;
  }
  return ctx.createPattern(c, 'repeat') ?? fg;
}
