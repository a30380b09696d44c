/**
 * Pure rules behind `<ansinh-resident-card>`: ages from partial dates, length of stay, consent,
 * and what each view may show. No DOM, so the privacy rules can be read (and tested) in one place.
 */
import { ageOn } from '../../contract/shared.js';
import { type PartialResident } from '../../contract/resident.js';
import type { ContractIssue } from '../../contract/issues.js';
import { FULL_DATE_RE } from '../../contract/shared.js';
import type { Lang } from '../../i18n/lang.js';
import { cardMessages, codeLabels } from './messages.js';

export type ResidentCardVariant = 'compact' | 'full' | 'public';

/** Where loading by `resident-id` stands: the shared states of the data path. */
export type { LoadState } from '../../base/controllers/load-state.js';

/** Today's date in the viewer's time zone, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function isIsoDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && FULL_DATE_RE.test(value);
}

export interface Duration {
  years: number;
  months: number;
  days: number;
}

/** Whole years, months and days from `from` to `to` (both YYYY-MM-DD); null when `to` is earlier. */
export function durationBetween(from: string, to: string): Duration | null {
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) return null;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  let days = td - fd;
  if (days < 0) {
    months -= 1;
    // Days in the month before `to`'s month.
    days += new Date(Date.UTC(ty, tm - 1, 0)).getUTCDate();
  }
  return { years: Math.floor(months / 12), months: months % 12, days };
}

/** Initials for the avatar: first letter of the family name and of the given name ("NA"). */
export function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1]! : '';
  const letter = (w: string) => Array.from(w)[0]?.toLocaleUpperCase('vi') ?? '';
  return (letter(first) + letter(last)) || '?';
}

// The public-disclosure rules live in the contract, so a server can apply the same ones
// (toPublicResident); the card re-exports them for its parts and tests.
export {
  consentAllows,
  NEVER_PUBLIC_CATEGORIES,
  PUBLIC_FIELDS,
  publicFields,
  SENSITIVE_CATEGORIES,
  type ConsentFlag,
  type PublicField,
} from '../../contract/disclosure.js';
import { SENSITIVE_CATEGORIES } from '../../contract/disclosure.js';

/** The year-month-day part of an admission or partial date used for comparisons. */
function comparable(partial: string): string {
  return partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
}

/**
 * Plausibility checks that depend on the viewing date, so they cannot be in the contract:
 * birth in the future (a negative age), an age over 120, admission in the future or before birth.
 * Always warnings: the card is still shown.
 */
export function dateWarnings(r: PartialResident, onDate: string): ContractIssue[] {
  const out: ContractIssue[] = [];
  const vi = cardMessages.vi;
  const en = cardMessages.en;
  const field = (key: 'birthDate' | 'admissionDate') => ({ vi: vi[key], en: en[key] });
  const born = r.birthDate;
  // No birth date (a record from another system): parsePartialResident already says so.
  if (born === undefined) return out;
  const age = ageOn(born, onDate);
  if (age && (age.years < 0 || comparable(born) > onDate)) {
    out.push({
      path: ['birthDate'],
      code: 'birth_date_future',
      severity: 'warning',
      field: field('birthDate'),
      message: { vi: vi.warnBirthFuture, en: en.warnBirthFuture },
    });
  } else if (age && age.years > 120) {
    out.push({
      path: ['birthDate'],
      code: 'age_implausible',
      severity: 'warning',
      field: field('birthDate'),
      message: { vi: vi.warnTooOld(age.years), en: en.warnTooOld(age.years) },
    });
  }
  if (r.admission && r.admission.date > onDate) {
    out.push({
      path: ['admission', 'date'],
      code: 'admission_future',
      severity: 'warning',
      field: field('admissionDate'),
      message: { vi: vi.warnAdmissionFuture, en: en.warnAdmissionFuture },
    });
  }
  // A birth year alone is compared by year: admitted in 2019 and born "2019" is plausible.
  const birthYear = born.slice(0, 4);
  const admitted = r.admission?.date;
  const admittedBeforeBirth = admitted !== undefined && (born.length === 10 ? admitted < born : admitted.slice(0, born.length) < born);
  if (admittedBeforeBirth && birthYear) {
    out.push({
      path: ['admission', 'date'],
      code: 'admission_before_birth',
      severity: 'warning',
      field: field('admissionDate'),
      message: { vi: vi.warnAdmissionBeforeBirth, en: en.warnAdmissionBeforeBirth },
    });
  }
  return out;
}

/** The age in words on `day`: "78 tuổi", "khoảng 78 tuổi", or that it cannot be worked out. */
export function ageText(r: Pick<PartialResident, 'birthDate'>, day: string, lang: Lang): string {
  const m = cardMessages[lang];
  const age = r.birthDate === undefined ? undefined : ageOn(r.birthDate, day);
  if (!age || age.years < 0) return m.ageUnknown;
  return age.approximate ? m.ageApprox(age.years) : m.ageExact(age.years);
}

/** The length of stay in words: years and months, or days when under a month. */
export function stayText(from: string, to: string, lang: Lang): string {
  const m = cardMessages[lang];
  const d = durationBetween(from, to);
  if (!d) return m.stayNotStarted;
  const parts: string[] = [];
  if (d.years) parts.push(m.years(d.years));
  if (d.months) parts.push(m.months(d.months));
  if (!d.years && !d.months) parts.push(m.days(d.days));
  return parts.join(' ');
}

/** The day a stay is measured to: the exit when it has happened by `day`, else `day`. */
export function stayEnd(r: { exit?: { date: string } | undefined }, day: string): string {
  return r.exit && r.exit.date <= day ? r.exit.date : day;
}

/**
 * The beneficiary category as shown: a category whose name discloses sensitive data reads as
 * "protected" unless sensitive data may be shown.
 */
export function categoryText(r: PartialResident, sensitiveAllowed: boolean, lang: Lang): { label: string; legalBasis?: string } {
  if (!r.beneficiaryCategory) return { label: cardMessages[lang].notRecorded };
  const code = r.beneficiaryCategory.code;
  if (SENSITIVE_CATEGORIES.has(code) && !sensitiveAllowed) {
    return { label: cardMessages[lang].protectedCategory };
  }
  return { label: codeLabels[lang].category[code], legalBasis: r.beneficiaryCategory.legalBasis };
}

/** A heading level from the `heading-level` attribute, plus `offset`, kept within 1–6. */
export function clampHeadingLevel(level: unknown, offset = 0): number {
  const n = Math.round(Number(level));
  return Math.min(6, Math.max(1, (Number.isFinite(n) ? n : 3) + offset));
}
