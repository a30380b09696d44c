import type { Lang } from './lang.js';

/**
 * Intl helpers for the two shipped languages. Formatter objects are cached per language and
 * options, because creating an Intl formatter costs far more than using one.
 * Vietnamese uses vi-VN conventions: `1.234.568 ₫`, `1.234.567,5`, `80,8%`, `22/11/2026`.
 */
export const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALE[lang], options));
}

/** `1234567.5` -> `1.234.567,5` (vi) / `1,234,567.5` (en). Non-finite numbers give an em dash. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(lang, { maximumFractionDigits: 2, ...options }).format(value);
}

/** Đồng have no minor unit: `1234568` -> `1.234.568 ₫` (vi) / `₫1,234,568` (en). */
export function formatVnd(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(lang, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(value);
}

/** A ratio as a percent: `0.808` -> `80,8%` (vi). */
export function formatPercent(ratio: number, lang: Lang, fractionDigits = 1): string {
  if (!Number.isFinite(ratio)) return '—';
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: fractionDigits }).format(ratio);
}

/**
 * Compact figures with Vietnamese units written out, as newspapers and reports do:
 * `1200` -> `1,2 nghìn`, `3500000` -> `3,5 triệu`, `1200000000` -> `1,2 tỷ` (vi); `1.2K`… (en).
 */
export function formatCompact(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  if (lang === 'en') return numberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  const abs = Math.abs(value);
  const units: [number, string][] = [
    [1e9, 'tỷ'],
    [1e6, 'triệu'],
    [1e3, 'nghìn'],
  ];
  for (const [size, unit] of units) {
    if (abs >= size) return `${formatNumber(value / size, 'vi', { maximumFractionDigits: 1 })} ${unit}`;
  }
  return formatNumber(value, 'vi', { maximumFractionDigits: 1 });
}

/**
 * A date written as the contract stores it (YYYY, YYYY-MM or YYYY-MM-DD) in the reader's
 * convention: `2026-11-22` -> `22/11/2026` (vi), `22 Nov 2026` (en); `2026-11` -> `tháng 11/2026`
 * / `Nov 2026`; `2026` -> `năm 2026` / `2026`. Anything else is returned as text unchanged.
 */
export function formatDate(value: string | Date, lang: Lang): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '—';
    return dateFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(value);
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim().slice(0, 10));
  if (!m) return value;
  const [, y, mo, d] = m;
  if (d && mo) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    return lang === 'vi'
      ? `${d}/${mo}/${y}`
      : dateFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  if (mo) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, 1));
    return lang === 'vi'
      ? `tháng ${Number(mo)}/${y}`
      : dateFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return lang === 'vi' ? `năm ${y}` : String(y);
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(LOCALE[lang], options));
}

/** Plural category for a count (`one`/`other` in English; Vietnamese has only `other`). */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  return cached(`p|${lang}`, () => new Intl.PluralRules(LOCALE[lang])).select(count);
}

/** Picks a form by plural category, e.g. `plural(n, 'en', { one: 'resident', other: 'residents' })`. */
export function plural(count: number, lang: Lang, forms: { one?: string; other: string }): string {
  const category = pluralCategory(count, lang);
  return category === 'one' && forms.one !== undefined ? forms.one : forms.other;
}

/** Vietnamese collation: sorts `Ánh, An, Bình, Đạt` as a Vietnamese reader expects. */
export function compareText(a: string, b: string, lang: Lang = 'vi'): number {
  return cached(`c|${lang}`, () => new Intl.Collator(LOCALE[lang], { sensitivity: 'base', numeric: true })).compare(a, b);
}

/**
 * Folds text for diacritic-insensitive search: lower case, no combining marks, `đ` -> `d`.
 * `Nguyễn Văn Đạt` -> `nguyen van dat`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when every word of `query` occurs in `text`, ignoring case and diacritics:
 * "nguyen an" finds "Nguyễn Văn An". An empty query matches everything.
 */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = foldForSearch(text);
  return foldForSearch(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
