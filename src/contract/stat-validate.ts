/**
 * Validation of a `StatDataset` where it enters a chart or figure: `parseStatDataset` from the
 * contract, with one shortcut for long series. Zod runs without its JIT (strict CSP), which costs
 * several µs per array item: 100,000 periods and 100,000 values take over a second. For datasets
 * with more than `FAST_PATH_ITEMS` periods and values together, everything but the two long
 * arrays goes through `parseStatDataset`, and `periods` and `values` get a hand-written linear
 * check of the same rules (`StatPeriodSchema`, `StatValueSchema`).
 *
 * The quick check may only say yes when the contract says yes, and then gives the same value
 * (test/stat-chart/validate.test.ts checks both against `parseStatDataset` with fast-check). It
 * is stricter where that is cheap (items must be plain objects). Whenever it says no, the whole
 * dataset goes through `parseStatDataset`, so the issues a portal sees are always the contract's
 * own: every bad item is named there.
 */
import type { ParseResult } from './issues.js';
import { parseStatDataset, statDatasetWarnings } from './parse-stat.js';
import { fieldLabel } from './labels.js';
import { FULL_DATE_RE } from './shared.js';
import type { StatDataset, StatPeriod, StatValue } from './stat.js';

/** Datasets with more periods and values than this (together) take the quick check. */
export const FAST_PATH_ITEMS = 2000;

// The same patterns as PeriodIdSchema and IdSchema (the property test catches a drift).
const PERIOD = /^\d{4}(?:Q[1-4]|S[12]|M(?:0[1-9]|1[0-2])(?:-M(?:0[1-9]|1[0-2]))?)?$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$/;
const MAX_TEXT = 20000;

/**
 * A plain object (JSON-like): Zod's loose objects copy inherited enumerable keys too, so objects
 * with another prototype are left to Zod.
 */
function plain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Repeated ids (every value of a single series names the same unit) are tested once. */
// Starts unset: an empty string is not a valid id and must never pass through the cache.
let lastId: string | undefined;
function id(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  if (v === lastId) return true;
  if (!ID.test(v)) return false;
  lastId = v;
  return true;
}

function localized(v: unknown): boolean {
  if (!plain(v)) return false;
  const { vi, en } = v;
  return (
    typeof vi === 'string' &&
    vi.length >= 1 &&
    vi.length <= MAX_TEXT &&
    (en === undefined || (typeof en === 'string' && en.length <= MAX_TEXT))
  );
}

/** StatPeriodSchema: `id` period id; optional `label` (LocalizedText), `start`, `end` (full dates). */
export function quickPeriod(p: unknown): p is StatPeriod {
  if (!plain(p)) return false;
  const { id: pid, label, start, end } = p;
  return (
    typeof pid === 'string' &&
    PERIOD.test(pid) &&
    (label === undefined || localized(label)) &&
    (start === undefined || (typeof start === 'string' && FULL_DATE_RE.test(start))) &&
    (end === undefined || (typeof end === 'string' && FULL_DATE_RE.test(end)))
  );
}

/**
 * StatValueSchema: `period` period id, `orgUnit` id, optional `category` id, `value` a finite
 * number or null (Zod 4's number rejects NaN and ±Infinity), optional boolean `suppressed`.
 */
export function quickValue(v: unknown): v is StatValue {
  if (!plain(v)) return false;
  const { period, orgUnit, category, value, suppressed } = v;
  return (
    typeof period === 'string' &&
    PERIOD.test(period) &&
    id(orgUnit) &&
    (category === undefined || id(category)) &&
    (value === null || (typeof value === 'number' && Number.isFinite(value))) &&
    (suppressed === undefined || typeof suppressed === 'boolean')
  );
}

/** Every item passes (indexed loop: holes in a sparse array are `undefined`, as Zod reads them). */
function all<T>(items: unknown[], check: (v: unknown) => v is T): items is T[] {
  for (let i = 0; i < items.length; i++) if (!check(items[i])) return false;
  return true;
}

/**
 * The dataset through the quick check, or undefined when it does not apply or finds a problem
 * (the caller then runs `parseStatDataset`). `threshold`: the size from which it applies.
 */
export function quickStatDataset(input: unknown, threshold = FAST_PATH_ITEMS): ParseResult<StatDataset> | undefined {
  try {
    if (!plain(input)) return undefined;
    const { periods, values } = input;
    if (!Array.isArray(periods) || !Array.isArray(values)) return undefined;
    if (periods.length + values.length <= threshold || periods.length === 0) return undefined;
    lastId = undefined;
    if (!all(periods, quickPeriod) || !all(values, quickValue)) return undefined;
    // The rest (indicator, units, targets, defaults) is small: the contract parses it, with one
    // period standing in for the list so its minimum length holds.
    const shell = parseStatDataset({ ...input, periods: [periods[0]], values: [] });
    if (!shell.ok) return undefined;
    const dataset: StatDataset = { ...shell.value, periods: periods.slice(), values: values.slice() };
    const warnings = noWarnings(dataset)
      ? []
      : statDatasetWarnings(dataset).map((w) => ({ ...w, field: w.field ?? fieldLabel('statDataset', w.path) }));
    return { ok: true, value: dataset, warnings };
  } catch {
    // Hostile input (throwing getters, proxies): the contract's parse reports it.
    return undefined;
  }
}

/**
 * True when `statDatasetWarnings` has nothing to say (every value names a known period, unit and
 * category, and no cell comes twice), found with numeric keys instead of the contract's string
 * keys. When it is false, the contract's own function words the warnings.
 */
export function noWarnings(ds: StatDataset): boolean {
  const periods = new Map<string, number>();
  for (const p of ds.periods) if (!periods.has(p.id)) periods.set(p.id, periods.size);
  const units = new Map<string, number>();
  for (const o of ds.orgUnits) if (!units.has(o.id)) units.set(o.id, units.size);
  const cats = new Map<string, number>();
  for (const d of ds.disaggregations) for (const c of d.categories) if (!cats.has(c.id)) cats.set(c.id, cats.size + 1);
  const unitWeight = cats.size + 1;
  const periodWeight = units.size * unitWeight;
  const size = periods.size * periodWeight;
  if (!Number.isSafeInteger(size)) return false;
  const n = ds.values.length;
  const dense = size <= Math.max(4 * n, 65536) && size <= 1 << 24;
  const seenDense = dense ? new Uint8Array(size) : undefined;
  const seenSparse = dense ? undefined : new Set<number>();
  let lastUnit: string | undefined;
  let lastU = 0;
  for (let i = 0; i < n; i++) {
    const v = ds.values[i]!;
    const p = periods.get(v.period);
    if (p === undefined) return false;
    if (v.orgUnit !== lastUnit) {
      const u = units.get(v.orgUnit);
      if (u === undefined) return false;
      lastUnit = v.orgUnit;
      lastU = u;
    }
    let c = 0;
    if (v.category !== undefined) {
      const found = cats.get(v.category);
      if (found === undefined) return false;
      c = found;
    }
    const k = p * periodWeight + lastU * unitWeight + c;
    if (seenDense) {
      if (seenDense[k]) return false;
      seenDense[k] = 1;
    } else {
      if (seenSparse!.has(k)) return false;
      seenSparse!.add(k);
    }
  }
  return true;
}

export function validateStatDataset(input: unknown): ParseResult<StatDataset> {
  return quickStatDataset(input) ?? parseStatDataset(input);
}
