import type { Lang } from './lang.js';

/**
 * A contract `LocalizedText` in the page's language: English when asked for and given, else the
 * Vietnamese source (always present). Absent text reads as ''.
 */
export function localizedText(t: { vi: string; en?: string } | undefined, lang: Lang): string {
  if (!t) return '';
  return lang === 'en' && t.en ? t.en : t.vi;
}
