/**
 * Building blocks shared by every top-level schema: text in two languages, partial dates,
 * money in đồng, citizen IDs, 2025 administrative units and the dated allowance policy table.
 *
 * Rule of thumb used across the contract: everything a JSON Schema validator can check (shape,
 * types, patterns, ranges) is an error in both Zod and the exported JSON Schema, so a PHP, Java or
 * .NET backend gets the same verdict. Checks that need several fields or outside knowledge
 * (citizen ID vs. birth year, references between lists) are warnings from `parseX` only.
 */
import * as z from 'zod/mini';
import { loose } from './zod.js';
import type { ContractIssue } from './issues.js';

// ---------------------------------------------------------------------------------------------
// Custom error keys. Zod carries them as the issue message; `parse.ts` turns them into vi/en text.
// ---------------------------------------------------------------------------------------------
export const ERR = {
  partialDate: 'ansinh:partial_date',
  date: 'ansinh:date',
  dateTime: 'ansinh:date_time',
  citizenId: 'ansinh:citizen_id',
  id: 'ansinh:id',
  itemCode: 'ansinh:item_code',
  sha256: 'ansinh:sha256',
  url: 'ansinh:url',
  provinceCode: 'ansinh:province_code',
  communeCode: 'ansinh:commune_code',
  period: 'ansinh:period',
  phone: 'ansinh:phone',
  amountOrLines: 'ansinh:amount_or_lines',
  healthInsurance: 'ansinh:health_insurance',
  ageBand: 'ansinh:age_band',
  dateRange: 'ansinh:date_range',
} as const;

// ---------------------------------------------------------------------------------------------
// Calendar-exact date patterns. Written as regular expressions (not refinements) so that the
// exported JSON Schema rejects 2025-02-30 exactly as Zod does. Leap years: divisible by 4 and not
// by 100, or divisible by 400.
// ---------------------------------------------------------------------------------------------
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const FULL_DATE = `(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?';
const OFFSET = '(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';

export const FULL_DATE_RE = new RegExp(`^${FULL_DATE}$`);
export const PARTIAL_DATE_RE = new RegExp(`^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|${FULL_DATE})$`);
export const DATE_TIME_RE = new RegExp(`^${FULL_DATE}T${TIME}${OFFSET}$`);

/** Year, year-month or full date: birth dates of abandoned children and older people are often only a year. */
export const PartialDateSchema = z.string().check(z.regex(PARTIAL_DATE_RE, ERR.partialDate));
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** A full calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check(z.regex(FULL_DATE_RE, ERR.date));
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** An instant with its UTC offset, e.g. `2026-11-22T08:30:00+07:00`. */
export const DateTimeSchema = z.string().check(z.regex(DATE_TIME_RE, ERR.dateTime));
export type DateTime = z.infer<typeof DateTimeSchema>;

/** Identifiers: 1-128 characters of letters, digits and `_ - . : /`, no spaces. */
export const IdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$/, ERR.id));
export type Id = z.infer<typeof IdSchema>;

/** Non-empty text of bounded size (names, titles, short answers). */
export const ShortTextSchema = z.string().check(z.minLength(1), z.maxLength(500));
/** Free text: notes, descriptions. May be empty. */
export const LongTextSchema = z.string().check(z.maxLength(20000));

/** Text in Vietnamese (required) and, when available, English. */
export const LocalizedTextSchema = loose({
  vi: z.string().check(z.minLength(1), z.maxLength(20000)),
  en: z.optional(z.string().check(z.maxLength(20000))),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * A sum of money in đồng. VND has no minor unit: store whole đồng as a safe integer, never a
 * float and never thousands.
 */
export const VndAmountSchema = z.int().check(z.gte(0));
export type VndAmount = z.infer<typeof VndAmountSchema>;

/**
 * Links the contract accepts: http(s) or same-origin paths. Never `javascript:` or `data:`.
 * The pattern is unambiguous (linear time) because hostile input may be megabytes long.
 */
export const UrlSchema = z
  .string()
  .check(z.maxLength(2048), z.regex(/^(?:https?:\/\/[^\s/?#]+(?:[/?#]\S*)?|\.{0,2}\/(?!\/)\S*)$/, ERR.url));

/** A phone number as written: digits with optional leading +, spaces, dots or dashes. */
export const PhoneSchema = z.string().check(z.regex(/^\+?[0-9][0-9 .-]{5,19}$/, ERR.phone));

/** Lower-case hex SHA-256 digest. */
export const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, ERR.sha256));

export const SexSchema = z.enum(['male', 'female', 'other', 'unknown']);
export type Sex = z.infer<typeof SexSchema>;

// ---------------------------------------------------------------------------------------------
// Citizen ID (CCCD)
// ---------------------------------------------------------------------------------------------

/**
 * Căn cước công dân: 12 digits = 3-digit province-of-registration code, 1 digit for century and
 * sex, 2-digit birth year, 6 serial digits. Only the shape is an error; see
 * `checkCitizenIdConsistency` for the birth-year and sex check (a warning).
 */
export const CitizenIdSchema = z.string().check(z.regex(/^\d{12}$/, ERR.citizenId));
export type CitizenId = z.infer<typeof CitizenIdSchema>;

/**
 * Compares the century/sex digit and the birth-year digits of a citizen ID with a birth date and
 * sex. Returns warnings only [check: the digit scheme is reported, not read in the decree].
 * Century/sex digit: 0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 1800s.
 */
export function checkCitizenIdConsistency(
  citizenId: string,
  birthDate: string | undefined,
  sex: string | undefined,
  path: (string | number)[] = ['citizenId'],
): ContractIssue[] {
  if (!/^\d{12}$/.test(citizenId)) return [];
  const issues: ContractIssue[] = [];
  const digit = Number(citizenId[3]);
  const centuries = [1900, 2000, 2100, 2200, 1800];
  const century = centuries[Math.floor(digit / 2)] ?? 1900;
  const idSex = digit % 2 === 0 ? 'male' : 'female';
  const field = { vi: 'Số định danh cá nhân', en: 'Personal identification number' };
  if (birthDate && /^\d{4}/.test(birthDate)) {
    const year = Number(birthDate.slice(0, 4));
    const idYear = century + Number(citizenId.slice(4, 6));
    if (year !== idYear) {
      issues.push({
        path,
        code: 'citizen_id_birth_year',
        severity: 'warning',
        field,
        message: {
          vi: `Số định danh cá nhân mã hóa năm sinh ${idYear}, nhưng ngày sinh ghi năm ${year}. Hãy kiểm tra lại một trong hai.`,
          en: `The citizen ID encodes birth year ${idYear}, but the date of birth says ${year}. Check one of them.`,
        },
      });
    }
  }
  if ((sex === 'male' || sex === 'female') && sex !== idSex) {
    issues.push({
      path,
      code: 'citizen_id_sex',
      severity: 'warning',
      field,
      message: {
        vi: `Số định danh cá nhân mã hóa giới tính ${idSex === 'male' ? 'nam' : 'nữ'}, khác với giới tính đã ghi. Hãy kiểm tra lại.`,
        en: `The citizen ID encodes sex ${idSex}, which differs from the recorded sex. Check it.`,
      },
    });
  }
  return issues;
}

/** Shows only the first and last two digits: `0*********45`. Default for every non-staff view. */
export function maskCitizenId(citizenId: string): string {
  if (citizenId.length <= 3) return '*'.repeat(citizenId.length);
  return citizenId[0] + '*'.repeat(Math.max(0, citizenId.length - 3)) + citizenId.slice(-2);
}

// ---------------------------------------------------------------------------------------------
// Administrative units (two tiers from 01/07/2025)
// ---------------------------------------------------------------------------------------------

/**
 * A place in the two-tier system in force from 01/07/2025 (34 provinces, 3,321 communes; codes per
 * Quyết định 19/2025/QĐ-TTg [reported]). Province codes have 2 digits, commune codes 5. Records
 * written before the reform keep the old address in `legacyAddress` as text.
 */
export const AdminUnitSchema = loose({
  provinceCode: z.string().check(z.regex(/^\d{2}$/, ERR.provinceCode)),
  provinceName: ShortTextSchema,
  communeCode: z.optional(z.string().check(z.regex(/^\d{5}$/, ERR.communeCode))),
  communeName: z.optional(ShortTextSchema),
  /** House number, street, hamlet (thôn, tổ dân phố). */
  addressLine: z.optional(ShortTextSchema),
  /** The pre-2025 address (63 provinces, districts) exactly as written in old records. */
  legacyAddress: z.optional(ShortTextSchema),
});
export type AdminUnit = z.infer<typeof AdminUnitSchema>;

// ---------------------------------------------------------------------------------------------
// Beneficiary categories and the allowance policy table
// ---------------------------------------------------------------------------------------------

/**
 * Beneficiary categories. Art. 5 of Nghị định 20/2021/NĐ-CP lists the groups with a monthly
 * allowance (clauses 1-8); Art. 24 lists people cared for in social-assistance facilities, incl.
 * emergency protection; self-paying residents are admitted by contract [reported].
 */
export const BENEFICIARY_CATEGORIES = [
  'tre-em-khong-nguon-nuoi-duong', // Art. 5(1): children without carers
  'nguoi-16-22-tuoi-dang-hoc', // Art. 5(2): 16-22 still studying, no carers
  'tre-em-nhiem-hiv-ho-ngheo', // Art. 5(3): children with HIV in poor households
  'nguoi-don-than-ngheo-nuoi-con', // Art. 5(4): poor single parents
  'nguoi-cao-tuoi', // Art. 5(5): older people
  'nguoi-khuyet-tat', // Art. 5(6): people with disabilities (đặc biệt nặng / nặng)
  'tre-em-duoi-3-tuoi-ho-ngheo-vung-kho-khan', // Art. 5(7): under 3, poor mountainous / ethnic-minority households
  'nguoi-nhiem-hiv-ho-ngheo', // Art. 5(8): people with HIV in poor households
  'cham-soc-tai-co-so', // Art. 24: care in a facility (no carer, no home)
  'bao-ve-khan-cap', // Art. 24: emergency protection (violence, trafficking, homelessness)
  'tu-nguyen-tu-chi-tra', // self-paying resident, admitted by contract
  // Drug rehabilitation in a facility (Luật Phòng, chống ma túy 73/2021/QH14, Điều 28; Nghị định
  // 116/2021/NĐ-CP): not social assistance beneficiaries of Nghị định 20/2021, no allowance row.
  'cai-nghien-bat-buoc', // compulsory treatment, public facility only (Điều 28 khoản 1 điểm b; minors 12-18: Điều 33)
  'cai-nghien-tu-nguyen', // voluntary treatment in a facility (Điều 28 khoản 1 điểm a; Điều 30-31)
  'khac', // anything else; say which in legalBasis
] as const;

export const BeneficiaryCategoryCodeSchema = z.enum(BENEFICIARY_CATEGORIES);
export type BeneficiaryCategoryCode = z.infer<typeof BeneficiaryCategoryCodeSchema>;

/**
 * Older people (Art. 5(5) of Nghị định 20/2021/NĐ-CP): the point of the clause a person falls
 * under, which sets the coefficient (Art. 6(1)(đ)) [verified from the text].
 * a: poor household, no one obliged to support them (or that person is on a monthly allowance);
 * b: aged 75 to 80, poor or near-poor household, in an extremely disadvantaged ethnic-minority
 *    or mountain commune or village; c: aged 80 or over with no pension or monthly allowance;
 * d: poor, no one obliged to support them, eligible for a facility but cared for by someone in
 *    the community.
 */
export const OLDER_PERSON_GROUPS = ['a', 'b', 'c', 'd'] as const;
export const OlderPersonGroupSchema = z.enum(OLDER_PERSON_GROUPS);
export type OlderPersonGroup = z.infer<typeof OlderPersonGroupSchema>;

export const BeneficiaryCategorySchema = loose({
  code: BeneficiaryCategoryCodeSchema,
  /** Legal basis as written on the decision, e.g. "Khoản 1 Điều 5 Nghị định 20/2021/NĐ-CP". */
  legalBasis: z.optional(ShortTextSchema),
  /** Older people: the point of Art. 5(5) (a-d) the decision names; it sets the coefficient. */
  olderPersonGroup: z.optional(OlderPersonGroupSchema),
  /** Single poor parents (Art. 5(4)): children being raised; the allowance is per child. */
  childrenInCare: z.optional(z.int().check(z.gte(0), z.lte(30))),
});
export type BeneficiaryCategory = z.infer<typeof BeneficiaryCategorySchema>;

export const DisabilityLevelSchema = z.enum(['dac-biet-nang', 'nang', 'nhe']);
export type DisabilityLevel = z.infer<typeof DisabilityLevelSchema>;

export const SourceStatusSchema = z.enum(['verified', 'reported', 'check']);

/** The calendar date in Vietnam (UTC+7 all year: no daylight saving) at `now`, as YYYY-MM-DD. */
export function vietnamDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * Whole years of age on `onDate` (YYYY-MM-DD) from a partial birth date (YYYY, YYYY-MM or
 * YYYY-MM-DD). A year alone, or a year and month in the birth month, cannot tell whether the
 * birthday has passed: `approximate`, and `years` is the age if it has. May be negative (a birth
 * date in the future): the caller warns.
 */
export interface Age {
  years: number;
  /** True when the birth date is too partial to know whether the birthday has passed. */
  approximate: boolean;
}
export function ageOn(birthDate: string, onDate: string): Age | null {
  const b = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(birthDate);
  const o = /^(\d{4})-(\d{2})-(\d{2})$/.exec(onDate);
  if (!b || !o) return null;
  const [by, bm, bd] = [Number(b[1]), b[2] ? Number(b[2]) : undefined, b[3] ? Number(b[3]) : undefined];
  const [oy, om, od] = [Number(o[1]), Number(o[2]), Number(o[3])];
  if (bm === undefined) return { years: oy - by, approximate: true };
  if (bd === undefined) {
    if (om === bm) return { years: oy - by, approximate: true };
    return { years: oy - by - (om < bm ? 1 : 0), approximate: false };
  }
  const before = om < bm || (om === bm && od < bd);
  return { years: oy - by - (before ? 1 : 0), approximate: false };
}
