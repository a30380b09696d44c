/**
 * Validation of a `StatDataset` where it enters a chart or figure: `parseStatDataset` from the
 * contract, with one shortcut for long series. Zod runs without its JIT (strict CSP), which costs
 * about 5 µs per value: 100,000 values would take half a second. For more than
 * `FAST_PATH_VALUES` values, everything but `values` goes through `parseStatDataset`, and the
 * values get a hand-written check of the same rules (StatValueSchema: period id, unit id,
 * optional category id, finite number or null, optional boolean `suppressed`). Any value that
 * fails the quick check sends the whole dataset through `parseStatDataset`, so the issues a
 * portal sees are always the contract's own.
 */
import type { ParseResult } from '../../contract/issues.js';
import { parseStatDataset, statDatasetWarnings } from '../../contract/parse.js';
import { fieldLabel } from '../../contract/labels.js';
import type { StatDataset, StatValue } from '../../contract/stat.js';

export const FAST_PATH_VALUES = 2000;

const PERIOD = /^\d{4}(?:Q[1-4]|S[12]|M(?:0[1-9]|1[0-2])(?:-M(?:0[1-9]|1[0-2]))?)?$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$/;

function quickValue(v: unknown): v is StatValue {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  const { period, orgUnit, category, value, suppressed } = o;
  return (
    typeof period === 'string' &&
    PERIOD.test(period) &&
    typeof orgUnit === 'string' &&
    ID.test(orgUnit) &&
    (category === undefined || (typeof category === 'string' && ID.test(category))) &&
    (value === null || (typeof value === 'number' && Number.isFinite(value))) &&
    (suppressed === undefined || typeof suppressed === 'boolean')
  );
}

export function validateStatDataset(input: unknown): ParseResult<StatDataset> {
  try {
    const values = (input as { values?: unknown } | null)?.values;
    if (
      typeof input === 'object' &&
      input !== null &&
      !Array.isArray(input) &&
      Array.isArray(values) &&
      values.length > FAST_PATH_VALUES &&
      Object.getPrototypeOf(input) === Object.prototype
    ) {
      const shell = parseStatDataset({ ...(input as object), values: [] });
      if (shell.ok && values.every(quickValue)) {
        const dataset: StatDataset = { ...shell.value, values: values.slice() as StatValue[] };
        const warnings = statDatasetWarnings(dataset).map((w) => ({ ...w, field: w.field ?? fieldLabel('statDataset', w.path) }));
        return { ok: true, value: dataset, warnings };
      }
    }
  } catch {
    // Hostile input (throwing getters, proxies): the contract's parse reports it.
  }
  return parseStatDataset(input);
}
