/**
 * Reporting periods (the contract's `PeriodId`): parse, order, name and step. Pure functions, no
 * DOM, shared by `<ansinh-stat-chart>` and `<ansinh-stat-figure>`.
 *
 * Ids: `2025` (year), `2025S1` / `2025S2` (6 months), `2025Q1` (quarter), `2025M03` (month),
 * `2025M01-M09` (a run of months inside one year, e.g. the 9-month report).
 */
import type { Lang } from './lang.js';

export type PeriodKind = 'year' | 'semester' | 'quarter' | 'month' | 'months';

export interface Period {
  id: string;
  kind: PeriodKind;
  year: number;
  /** First and last month (1-12) the period covers. */
  startMonth: number;
  endMonth: number;
}


const DIGIT_0 = 48;
const digit = (id: string, i: number): number => {
  const d = id.charCodeAt(i) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : -1;
};
/** Month `01`-`12` at position i, or -1. */
const month = (id: string, i: number): number => {
  const a = digit(id, i);
  const b = digit(id, i + 1);
  if (a < 0 || b < 0) return -1;
  const m = a * 10 + b;
  return m >= 1 && m <= 12 ? m : -1;
};

/**
 * Parses a period id, or returns undefined when it is not one (never throws). Reads characters
 * rather than running a regular expression: long series parse 100,000 ids.
 */
export function parsePeriod(id: string): Period | undefined {
  if (typeof id !== 'string' || id.length < 4) return undefined;
  const y0 = digit(id, 0);
  const y1 = digit(id, 1);
  const y2 = digit(id, 2);
  const y3 = digit(id, 3);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const n = id.length;
  if (n === 4) return { id, kind: 'year', year, startMonth: 1, endMonth: 12 };
  const tag = id[4];
  if (tag === 'Q' && n === 6) {
    const q = digit(id, 5);
    return q >= 1 && q <= 4 ? { id, kind: 'quarter', year, startMonth: q * 3 - 2, endMonth: q * 3 } : undefined;
  }
  if (tag === 'S' && n === 6) {
    const h = digit(id, 5);
    return h === 1 || h === 2 ? { id, kind: 'semester', year, startMonth: h === 1 ? 1 : 7, endMonth: h === 1 ? 6 : 12 } : undefined;
  }
  if (tag === 'M' && (n === 7 || n === 11)) {
    const start = month(id, 5);
    if (start < 0) return undefined;
    if (n === 7) return { id, kind: 'month', year, startMonth: start, endMonth: start };
    if (id[7] !== '-' || id[8] !== 'M') return undefined;
    const end = month(id, 9);
    if (end < 0 || end < start) return undefined;
    return { id, kind: 'months', year, startMonth: start, endMonth: end };
  }
  return undefined;
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
  return p ? labelOf(p, lang) : String(id);
}

/** `periodLabel` of a period already parsed. */
export function labelOf(p: Period, lang: Lang): string {
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
  return missingOf(ids.map(parsePeriod), limit);
}

/** `missingPeriods` of periods already parsed (undefined: not a period id). */
export function missingOf(parsed: readonly (Period | undefined)[], limit = 24): string[] {
  if (parsed.length < 2 || !sameKindOf(parsed)) return [];
  const first = parsed[0]!;
  if (first.kind === 'months') {
    for (const p of parsed) if (p!.startMonth !== first.startMonth || p!.endMonth !== first.endMonth) return [];
  }
  // Parsed once: sorting with comparePeriods would parse every id at each comparison. Periods in
  // order (the usual case) are neither copied nor sorted: one pass finds the gaps.
  const step = first.kind === 'year' || first.kind === 'months' ? 12 : first.endMonth - first.startMonth + 1;
  let ordered = parsed as readonly Period[];
  const gaps: number[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const d = ordered[i]!.year * 12 + ordered[i]!.startMonth - (ordered[i - 1]!.year * 12 + ordered[i - 1]!.startMonth);
    if (d < 0) {
      ordered = [...ordered].sort((a, b) => a.year * 12 + a.startMonth - (b.year * 12 + b.startMonth));
      gaps.length = 0;
      for (let j = 1; j < ordered.length; j++) {
        const e = ordered[j]!.year * 12 + ordered[j]!.startMonth - (ordered[j - 1]!.year * 12 + ordered[j - 1]!.startMonth);
        if (e > step) gaps.push(j);
      }
      break;
    }
    if (d > step) gaps.push(i);
  }
  const out: string[] = [];
  for (const i of gaps) {
    if (out.length >= limit) break;
    const next = ordered[i]!;
    let current = ordered[i - 1]!.id;
    // Bounded walk: a 10-year monthly gap is 120 steps; stop at the limit or after 10,000 steps.
    for (let steps = 0; steps < 10_000 && out.length < limit; steps++) {
      const n = nextPeriod(current);
      if (!n || n === next.id) break;
      out.push(n);
      current = n;
    }
  }
  return out;
}

/** True when all ids are periods of the same kind (a line over time makes sense). */
export function samePeriodKind(ids: readonly string[]): boolean {
  return sameKindOf(ids.map(parsePeriod));
}

/**
 * Ids of the periods that are totals of others in the list: a period that spans another, shorter
 * one of the same year (`2025` with `2025Q1`, `2025Q1` with `2025M02`). A total must not share an
 * axis with its parts: placed by its start it sits between them ("Năm 2025" between "Quý I" and
 * "Quý II") and reads as one more step. Periods of one kind (bar runs of months) have none.
 */
export function periodTotals(parsed: readonly (Period | undefined)[]): Set<string> {
  const totals = new Set<string>();
  const first = parsed[0];
  if (!first || (first.kind !== 'months' && sameKindOf(parsed))) return totals;
  // Per year, which (start, end) month spans are present: at most 78, so each check is bounded.
  const spans = new Map<number, Set<number>>();
  for (const p of parsed) if (p) (spans.get(p.year) ?? spans.set(p.year, new Set()).get(p.year)!).add(p.startMonth * 16 + p.endMonth);
  for (const p of parsed) {
    if (!p || p.startMonth === p.endMonth) continue;
    const present = spans.get(p.year)!;
    search: for (let a = p.startMonth; a <= p.endMonth; a++) {
      for (let b = a; b <= p.endMonth; b++) {
        if ((a !== p.startMonth || b !== p.endMonth) && present.has(a * 16 + b)) {
          totals.add(p.id);
          break search;
        }
      }
    }
  }
  return totals;
}

/** `samePeriodKind` of periods already parsed. */
export function sameKindOf(parsed: readonly (Period | undefined)[]): boolean {
  const kind = parsed[0]?.kind;
  for (const p of parsed) if (!p || p.kind !== kind) return false;
  return true;
}
