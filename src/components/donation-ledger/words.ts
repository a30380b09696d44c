/**
 * Amounts in words for receipts ("Bằng chữ: …"), which Vietnamese accounting documents require.
 * Vietnamese via read-vietnamese-number; English written out here (receipts in English are a
 * courtesy translation; the Vietnamese words are the legal ones).
 */
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';
import type { Lang } from '../../i18n/lang.js';

const viConfig = new ReadingConfig();
viConfig.unit = ['đồng'];

/** `1500000` -> `Một triệu năm trăm nghìn đồng`. */
export function amountInWordsVi(vnd: number): string {
  if (!Number.isSafeInteger(vnd) || vnd < 0) return '';
  const text = doReadNumber(String(vnd), viConfig).trim();
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

function under1000(n: number): string {
  const parts: string[] = [];
  if (n >= 100) {
    parts.push(`${ONES[Math.floor(n / 100)]} hundred`);
    n %= 100;
    if (n) parts.push('and');
  }
  if (n >= 20) parts.push(TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : ''));
  else if (n > 0) parts.push(ONES[n]!);
  return parts.join(' ');
}

/** `1500000` -> `One million five hundred thousand dong`. */
export function amountInWordsEn(vnd: number): string {
  if (!Number.isSafeInteger(vnd) || vnd < 0) return '';
  if (vnd === 0) return 'Zero dong';
  const groups: string[] = [];
  let n = vnd;
  for (let s = 0; n > 0; s++) {
    const g = n % 1000;
    if (g) groups.unshift(`${under1000(g)}${SCALES[s] ? ` ${SCALES[s]}` : ''}`);
    n = Math.floor(n / 1000);
  }
  const text = `${groups.join(' ')} dong`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function amountInWords(vnd: number, lang: Lang): string {
  return lang === 'vi' ? amountInWordsVi(vnd) : amountInWordsEn(vnd);
}
