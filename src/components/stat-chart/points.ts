/**
 * The data points of a chart as a keyboard user meets them: where the arrow keys lead, what the
 * live region says about the focused point, and the `ansinh-select` detail of a chosen one. Pure,
 * no DOM: built from the model, so a hidden figure is never said or sent.
 */
import { moveIndex } from '../../base/controllers/roving-focus.js';
import type { StatSelectDetail } from '../../base/events.js';
import type { Lang } from '../../i18n/lang.js';
import { statMessages } from './messages.js';
import type { ChartModel } from './model.js';
import { cellText } from './table.js';

/** The focused point: series `series` (0 on a pie) at axis position `index`. */
export interface Cursor {
  series: number;
  index: number;
}

export const isPie = (model: ChartModel): boolean => model.type === 'pie' || model.type === 'doughnut';

/** The cursor kept inside a new model (a shorter axis or fewer series). */
export function clampCursor(model: ChartModel, cursor: Cursor): Cursor {
  return {
    series: Math.min(cursor.series, Math.max(0, model.series.length - 1)),
    index: Math.min(cursor.index, Math.max(0, model.x.length - 1)),
  };
}

/**
 * Where `key` moves the cursor, or undefined when it is not a moving key. Left/right (and Home,
 * End, Page keys) walk the periods or categories; up/down walk the series of a bar or line chart,
 * and the slices of a pie.
 */
export function moveCursor(model: ChartModel, cursor: Cursor, key: string): Cursor | undefined {
  const pie = isPie(model);
  const upDown = key === 'ArrowUp' || key === 'ArrowDown';
  if (upDown && !pie) {
    const series = moveIndex(key, cursor.series, model.series.length, { orientation: 'vertical' });
    return series === undefined ? undefined : { series, index: cursor.index };
  }
  const index = moveIndex(key, cursor.index, model.x.length);
  return index === undefined ? undefined : { series: cursor.series, index };
}

/** "Quý I/2025, Phường An Hòa: 1.234" for the point at the cursor ('' when there is none). */
export function describePoint(model: ChartModel, cursor: Cursor, lang: Lang): string {
  const { series, index } = cursor;
  const cell = model.cells[series]?.[index];
  if (!cell) return '';
  const parts = [model.x[index]!.label];
  if (!isPie(model) && model.series.length > 1) parts.push(model.series[series]!.label);
  const text = cellText(cell, model, lang);
  return `${parts.join(', ')}: ${cell.state === 'missing' ? statMessages[lang].noData : text}`;
}

/** The `ansinh-select` detail for the point at the cursor (a hidden figure is sent as null). */
export function selectDetail(model: ChartModel, cursor: Cursor): StatSelectDetail | undefined {
  const cell = model.cells[cursor.series]?.[cursor.index];
  if (!cell) return undefined;
  return {
    period: cell.period,
    orgUnit: cell.orgUnit,
    ...(cell.category !== undefined ? { category: cell.category } : {}),
    value: cell.state === 'value' ? cell.value : null,
  };
}
