/**
 * Reporting periods (the contract's `PeriodId`): parse, order, name and step. Pure functions, no
 * DOM, shared by `<ansinh-stat-chart>` and `<ansinh-stat-figure>`.
 *
 * Ids: `2025` (year), `2025S1` / `2025S2` (6 months), `2025Q1` (quarter), `2025M03` (month),
 * `2025M01-M09` (a run of months inside one year, e.g. the 9-month report).
 */
import type { Lang } from '../../i18n/lang.js';

export type PeriodKind = 'year' | 'semester' | 'quarter' | 'month' | 'months';

export interface Period {
  id: string;
  kind: PeriodKind;
  year: number;
  /** First and last month (1-12) the period covers. */
  startMonth: number;
  endMonth: number;
}

const PERIOD_RE = /^(\d{4})(?:(Q)([1-4])|(S)([12])|M(0[1-9]|1[0-2])(?:-M(0[1-9]|1[0-2]))?)?$/;

/** Parses a period id, or returns undefined when it is not one (never throws). */
export function parsePeriod(id: string): Period | undefined {
  if (typeof id !== 'string') return undefined;
  const m = PERIOD_RE.exec(id);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[3]);
    return { id, kind: 'quarter', year, startMonth: q * 3 - 2, endMonth: q * 3 };
  }
  if (m[4]) {
    const s = Number(m[5]);
    return { id, kind: 'semester', year, startMonth: s === 1 ? 1 : 7, endMonth: s === 1 ? 6 : 12 };
  }
  if (m[6]) {
    const start = Number(m[6]);
    if (m[7] === undefined) return { id, kind: 'month', year, startMonth: start, endMonth: start };
    const end = Number(m[7]);
    if (end < start) return undefined;
    return { id, kind: 'months', year, startMonth: start, endMonth: end };
  }
  return { id, kind: 'year', year, startMonth: 1, endMonth: 12 };
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The name of a period as a reader writes it:
 * vi `Năm 2024`, `6 tháng đầu năm 2025`, `6 tháng cuối năm 2025`, `Quý I/2025`, `Tháng 3/2025`,
 * `9 tháng đầu năm 2025`, `Tháng 4–9/2025`;
 * en `2024`, `H1 2025`, `H2 2025`, `Q1 2025`, `Mar 2025`, `Jan–Sep 2025`.
 * Anything that is not a period id is returned unchanged.
 */
export function periodLabel(id: string, lang: Lang): string {
  const p = parsePeriod(id);
  if (!p) return String(id);
  const { year: y, startMonth: s, endMonth: e } = p;
  if (lang === 'en') {
    switch (p.kind) {
      case 'year':
        return String(y);
      case 'semester':
        return `H${s === 1 ? 1 : 2} ${y}`;
      case 'quarter':
        return `Q${(s + 2) / 3} ${y}`;
      case 'month':
        return `${EN_MONTHS[s - 1]} ${y}`;
      case 'months':
        return `${EN_MONTHS[s - 1]}–${EN_MONTHS[e - 1]} ${y}`;
    }
  }
  switch (p.kind) {
    case 'year':
      return `Năm ${y}`;
    case 'semester':
      return `6 tháng ${s === 1 ? 'đầu' : 'cuối'} năm ${y}`;
    case 'quarter':
      return `Quý ${ROMAN[(s - 1) / 3]}/${y}`;
    case 'month':
      return `Tháng ${s}/${y}`;
    case 'months':
      return s === 1 ? `${e} tháng đầu năm ${y}` : `Tháng ${s}–${e}/${y}`;
  }
}

/** Sort key: periods order by start, then shorter first (2025M01 before 2025Q1 before 2025). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  const sa = pa.year * 12 + pa.startMonth;
  const sb = pb.year * 12 + pb.startMonth;
  if (sa !== sb) return sa - sb;
  return pa.endMonth - pa.startMonth - (pb.endMonth - pb.startMonth);
}

function yyyy(n: number): string {
  return n < 0 ? '-' : String(n).padStart(4, '0');
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The period of the same kind just after `id` (2024Q4 -> 2025Q1; 2025M01-M09 -> 2026M01-M09). */
export function nextPeriod(id: string): string | undefined {
  return stepPeriod(id, 1);
}

/** The period of the same kind just before `id` (2025Q1 -> 2024Q4; 2025 -> 2024). */
export function previousPeriod(id: string): string | undefined {
  return stepPeriod(id, -1);
}

function stepPeriod(id: string, step: 1 | -1): string | undefined {
  const p = parsePeriod(id);
  if (!p) return undefined;
  const y = p.year;
  const wrap = (index: number, size: number): [number, number] => {
    const i = index + step;
    if (i < 1) return [y - 1, size];
    if (i > size) return [y + 1, 1];
    return [y, i];
  };
  let out: string;
  switch (p.kind) {
    case 'year':
      out = yyyy(y + step);
      break;
    case 'semester': {
      const [ny, s] = wrap(p.startMonth === 1 ? 1 : 2, 2);
      out = `${yyyy(ny)}S${s}`;
      break;
    }
    case 'quarter': {
      const [ny, q] = wrap((p.startMonth + 2) / 3, 4);
      out = `${yyyy(ny)}Q${q}`;
      break;
    }
    case 'month': {
      const [ny, mo] = wrap(p.startMonth, 12);
      out = `${yyyy(ny)}M${pad(mo)}`;
      break;
    }
    case 'months':
      // A month range is compared with the same months of the next or previous year.
      out = `${yyyy(y + step)}M${pad(p.startMonth)}-M${pad(p.endMonth)}`;
      break;
  }
  // Year 0000 - 1 or 9999 + 1 is no period id.
  return parsePeriod(out) ? out : undefined;
}

/**
 * Periods missing from a sequence of periods of one kind: for `2025Q1, 2025Q2, 2025Q4` that is
 * `2025Q3`. Mixed kinds (months beside quarters) are not a sequence: nothing is reported.
 * At most `limit` ids are returned.
 */
export function missingPeriods(ids: readonly string[], limit = 24): string[] {
  const parsed = ids.map(parsePeriod);
  if (parsed.length < 2 || parsed.some((p) => !p)) return [];
  const kinds = new Set(parsed.map((p) => `${p!.kind}${p!.kind === 'months' ? `${p!.startMonth}-${p!.endMonth}` : ''}`));
  if (kinds.size !== 1) return [];
  // Parsed once: sorting with comparePeriods would parse every id at each comparison.
  const sorted = parsed
    .map((p) => ({ id: p!.id, k: p!.year * 12 + p!.startMonth }))
    .sort((a, b) => a.k - b.k)
    .map((e) => e.id);
  const have = new Set(sorted);
  const out: string[] = [];
  let current = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  // Bounded walk: a 10-year monthly gap is 120 steps; stop at the limit or after 10,000 steps.
  for (let steps = 0; steps < 10_000 && current !== last && out.length < limit; steps++) {
    const next = nextPeriod(current);
    if (!next) break;
    if (!have.has(next)) out.push(next);
    current = next;
  }
  return out;
}

/** True when all ids are periods of the same kind (a line over time makes sense). */
export function samePeriodKind(ids: readonly string[]): boolean {
  const kinds = new Set(ids.map((id) => parsePeriod(id)?.kind ?? 'x'));
  return kinds.size <= 1 && !kinds.has('x');
}
