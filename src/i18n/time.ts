import { LOCALE } from './format.js';
import type { Lang } from './lang.js';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * A time of day, `14:05`, in the reader's convention (a Date or ms since the epoch). Its own
 * module, so the elements that show a time (the offline label) do not make every element carry
 * the date formatters.
 */
export function formatTime(at: number | Date, lang: Lang): string {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit' })));
  return f.format(at);
}
