/**
 * Monthly allowances as the decrees write them: allowance = standard level (mức chuẩn trợ giúp xã
 * hội) × coefficient, where the coefficient depends on the category, the setting (at home in the
 * community, or cared for in a social assistance facility), the age band on the day, the
 * disability level, the point of the clause (older people) and, for single poor parents, the
 * number of children. Levels and coefficients change by decree and a province may pay more, so
 * they are dated data a portal overrides, never code. Sources and their status: docs/domain.md.
 */
import * as z from 'zod/mini';
import { loose } from './zod.js';
import {
  ageOn,
  BeneficiaryCategoryCodeSchema,
  DisabilityLevelSchema,
  ERR,
  IsoDateSchema,
  LocalizedTextSchema,
  OlderPersonGroupSchema,
  ShortTextSchema,
  SourceStatusSchema,
  VndAmountSchema,
  type BeneficiaryCategory,
  type DisabilityLevel,
} from './shared.js';

/** Where a person is cared for: at home (Art. 6 allowances) or in a facility (Art. 25). */
export const AllowanceSettingSchema = z.enum(['community', 'facility']);
export type AllowanceSetting = z.infer<typeof AllowanceSettingSchema>;

const AgeSchema = z.int().check(z.gte(0), z.lte(150));

/** One coefficient row: who it applies to, from when, and its legal source. */
export const CoefficientRowSchema = loose({
  /** The category it applies to; absent: every category in the setting (the facility rows). */
  category: z.optional(BeneficiaryCategoryCodeSchema),
  /** Default `community`. */
  setting: z.optional(AllowanceSettingSchema),
  /** Older people: the point of Art. 5(5) it applies to. */
  olderPersonGroup: z.optional(OlderPersonGroupSchema),
  /** When set, the coefficient applies only at this disability level. */
  disabilityLevel: z.optional(DisabilityLevelSchema),
  /** Age band in whole years on the day: from `ageFrom` (inclusive) to below `ageBelow`. */
  ageFrom: z.optional(AgeSchema),
  ageBelow: z.optional(AgeSchema),
  /** `child`: the amount is per child being raised (single poor parents). Default `person`. */
  basis: z.optional(z.enum(['person', 'child'])),
  coefficient: z.number().check(z.gte(0), z.lte(10)),
  /** First and last day the row is in force (a later row of the same scope replaces it). */
  from: z.optional(IsoDateSchema),
  to: z.optional(IsoDateSchema),
  /** Who the row is for, in words, shown to staff. */
  condition: z.optional(LocalizedTextSchema),
  source: z.optional(ShortTextSchema),
  status: z.optional(SourceStatusSchema),
}).check(
  // A row that can never apply is a typing mistake in a province's table, not data to ignore.
  z.refine((r) => r.ageFrom === undefined || r.ageBelow === undefined || r.ageFrom < r.ageBelow, { message: ERR.ageBand, path: ['ageBelow'] }),
  z.refine((r) => !r.from || !r.to || r.from <= r.to, { message: ERR.dateRange, path: ['to'] }),
);
export type CoefficientRow = z.infer<typeof CoefficientRowSchema>;

export const StandardLevelSchema = loose({
  /** First day the level applies. */
  from: IsoDateSchema,
  amountVnd: VndAmountSchema,
  source: z.optional(ShortTextSchema),
  status: z.optional(SourceStatusSchema),
});
export type StandardLevel = z.infer<typeof StandardLevelSchema>;

export const PolicyTableSchema = loose({
  standardLevels: z.array(StandardLevelSchema),
  coefficients: z.array(CoefficientRowSchema),
});
export type PolicyTable = z.infer<typeof PolicyTableSchema>;

const ART6 = 'Nghị định 20/2021/NĐ-CP, Điều 6 khoản 1';
const ART25 = 'Nghị định 20/2021/NĐ-CP, Điều 25 khoản 1';
const v = 'verified' as const;
const t = (vi: string, en: string) => ({ vi, en });

/**
 * The national table. Levels: 360,000 đ from 01/07/2021 (Nghị định 20/2021/NĐ-CP, Art. 4) and
 * 500,000 đ from 01/07/2024 (Nghị định 76/2024/NĐ-CP) [reported: the amending decree's text was
 * not at hand]. A 540,000 đ level from 01/07/2026 (Nghị định 335/2026/NĐ-CP) is reported by
 * secondary sources only, so it is left out: a portal adds `{ from: '2026-07-01', amountVnd:
 * 540000 }` once confirmed. Coefficients: Art. 6(1) points a-g and Art. 25(1), quoted in
 * docs/domain.md [verified against the codified text of Nghị định 20/2021/NĐ-CP].
 */
export const DEFAULT_POLICY_TABLE: PolicyTable = {
  standardLevels: [
    { from: '2021-07-01', amountVnd: 360000, source: 'Nghị định 20/2021/NĐ-CP, Điều 4', status: v },
    { from: '2024-07-01', amountVnd: 500000, source: 'Nghị định 76/2024/NĐ-CP', status: 'reported' },
  ],
  coefficients: [
    { category: 'tre-em-khong-nguon-nuoi-duong', ageBelow: 4, coefficient: 2.5, condition: t('Dưới 4 tuổi', 'Under 4'), source: `${ART6} điểm a`, status: v },
    { category: 'tre-em-khong-nguon-nuoi-duong', ageFrom: 4, coefficient: 1.5, condition: t('Từ đủ 4 tuổi trở lên', 'Aged 4 and over'), source: `${ART6} điểm a`, status: v },
    { category: 'nguoi-16-22-tuoi-dang-hoc', coefficient: 1.5, source: `${ART6} điểm b`, status: v },
    { category: 'tre-em-nhiem-hiv-ho-ngheo', ageBelow: 4, coefficient: 2.5, condition: t('Dưới 4 tuổi', 'Under 4'), source: `${ART6} điểm c`, status: v },
    { category: 'tre-em-nhiem-hiv-ho-ngheo', ageFrom: 4, ageBelow: 16, coefficient: 2.0, condition: t('Từ đủ 4 tuổi đến dưới 16 tuổi', 'Aged 4 to 15'), source: `${ART6} điểm c`, status: v },
    { category: 'nguoi-don-than-ngheo-nuoi-con', basis: 'child', coefficient: 1.0, condition: t('Cho mỗi một con đang nuôi', 'For each child being raised'), source: `${ART6} điểm d`, status: v },
    // "từ đủ 60 tuổi đến 80 tuổi" and "từ đủ 80 tuổi trở lên" meet at 80; Art. 6(2) pays the higher.
    { category: 'nguoi-cao-tuoi', olderPersonGroup: 'a', ageFrom: 60, ageBelow: 80, coefficient: 1.5, condition: t('Điểm a khoản 5 Điều 5, từ đủ 60 tuổi đến 80 tuổi', 'Art. 5(5)(a), aged 60 to 80'), source: `${ART6} điểm đ`, status: v },
    { category: 'nguoi-cao-tuoi', olderPersonGroup: 'a', ageFrom: 80, coefficient: 2.0, condition: t('Điểm a khoản 5 Điều 5, từ đủ 80 tuổi trở lên', 'Art. 5(5)(a), aged 80 and over'), source: `${ART6} điểm đ`, status: v },
    { category: 'nguoi-cao-tuoi', olderPersonGroup: 'b', coefficient: 1.0, condition: t('Điểm b khoản 5 Điều 5', 'Art. 5(5)(b)'), source: `${ART6} điểm đ`, status: v },
    { category: 'nguoi-cao-tuoi', olderPersonGroup: 'c', coefficient: 1.0, condition: t('Điểm c khoản 5 Điều 5', 'Art. 5(5)(c)'), source: `${ART6} điểm đ`, status: v },
    { category: 'nguoi-cao-tuoi', olderPersonGroup: 'd', coefficient: 3.0, condition: t('Điểm d khoản 5 Điều 5', 'Art. 5(5)(d)'), source: `${ART6} điểm đ`, status: v },
    // A child (under 16, Luật Trẻ em 2016) or an older person (60 and over, Luật Người cao tuổi
    // 2009) with a disability gets the higher row: Art. 6(2) pays the highest that applies.
    { category: 'nguoi-khuyet-tat', disabilityLevel: 'dac-biet-nang', coefficient: 2.0, condition: t('Người khuyết tật đặc biệt nặng', 'Extremely severe disability'), source: `${ART6} điểm e`, status: v },
    { category: 'nguoi-khuyet-tat', disabilityLevel: 'dac-biet-nang', ageBelow: 16, coefficient: 2.5, condition: t('Trẻ em khuyết tật đặc biệt nặng', 'Child with an extremely severe disability'), source: `${ART6} điểm e`, status: v },
    { category: 'nguoi-khuyet-tat', disabilityLevel: 'dac-biet-nang', ageFrom: 60, coefficient: 2.5, condition: t('Người cao tuổi là người khuyết tật đặc biệt nặng', 'Older person with an extremely severe disability'), source: `${ART6} điểm e`, status: v },
    { category: 'nguoi-khuyet-tat', disabilityLevel: 'nang', coefficient: 1.5, condition: t('Người khuyết tật nặng', 'Severe disability'), source: `${ART6} điểm e`, status: v },
    { category: 'nguoi-khuyet-tat', disabilityLevel: 'nang', ageBelow: 16, coefficient: 2.0, condition: t('Trẻ em khuyết tật nặng', 'Child with a severe disability'), source: `${ART6} điểm e`, status: v },
    { category: 'nguoi-khuyet-tat', disabilityLevel: 'nang', ageFrom: 60, coefficient: 2.0, condition: t('Người cao tuổi là người khuyết tật nặng', 'Older person with a severe disability'), source: `${ART6} điểm e`, status: v },
    { category: 'tre-em-duoi-3-tuoi-ho-ngheo-vung-kho-khan', coefficient: 1.5, source: `${ART6} điểm g`, status: v },
    { category: 'nguoi-nhiem-hiv-ho-ngheo', coefficient: 1.5, source: `${ART6} điểm g`, status: v },
    // The monthly nurture allowance in a facility is a floor ("thấp nhất"): a province may pay more
    // by overriding these rows.
    { setting: 'facility', ageBelow: 4, coefficient: 5.0, condition: t('Sống tại cơ sở trợ giúp xã hội, dưới 4 tuổi', 'Living in a social assistance facility, under 4'), source: ART25, status: v },
    { setting: 'facility', ageFrom: 4, coefficient: 4.0, condition: t('Sống tại cơ sở trợ giúp xã hội, từ đủ 4 tuổi', 'Living in a social assistance facility, aged 4 and over'), source: ART25, status: v },
  ],
};

/** What the allowance is worked out from: a resident, or as little as a category. */
export interface AllowancePerson {
  beneficiaryCategory: Pick<BeneficiaryCategory, 'code' | 'olderPersonGroup' | 'childrenInCare'>;
  birthDate?: string | undefined;
  disability?: { level: DisabilityLevel } | undefined;
  admission?: { date: string; type: string } | undefined;
  exit?: { date: string } | undefined;
}

/** A worked-out allowance: the amount and everything it comes from, to show as a formula. */
export interface AllowanceResult {
  amountVnd: number;
  setting: AllowanceSetting;
  level: StandardLevel;
  coefficient: number;
  /** The row that applies (its source, status and condition). */
  row: CoefficientRow;
  /** Per-child rows: the number of children it is multiplied by. */
  children?: number;
  /** The birth date is partial and a year younger would fall in another band: check it. */
  ageUncertain?: boolean;
}

/** Why no allowance can be worked out: what staff should record or check. */
export type AllowanceGap = 'no-level' | 'no-row' | 'needs-birth-date' | 'needs-older-person-group' | 'needs-children' | 'outside-decree-20';

/**
 * Categories outside Nghị định 20/2021/NĐ-CP: people in drug rehabilitation (Luật Phòng, chống ma
 * túy 2021; Nghị định 116/2021/NĐ-CP) get neither its community allowance nor its facility
 * nurture allowance, even when they live in a centre that also cares for social protection
 * beneficiaries. Their own support is not in the national table; a province that pays one adds
 * rows for these categories (the table's rows for everyone in a setting never apply to them).
 */
export const OUTSIDE_DECREE_20: ReadonlySet<BeneficiaryCategory['code']> = new Set(['cai-nghien-bat-buoc', 'cai-nghien-tu-nguyen']);

/**
 * The setting on `day`: in a facility while admitted (on or before the day), not yet exited and
 * not self-paying (Art. 24(4): voluntary residents pay by contract); in the community otherwise.
 */
export function allowanceSetting(p: AllowancePerson, day: string): AllowanceSetting {
  const a = p.admission;
  const inside = !!a && a.date <= day && (!p.exit || p.exit.date > day);
  const paying = a?.type === 'voluntary' || p.beneficiaryCategory.code === 'tu-nguyen-tu-chi-tra';
  return inside && !paying ? 'facility' : 'community';
}

const inForce = (r: { from?: string | undefined; to?: string | undefined }, day: string): boolean =>
  (r.from ?? '0000-01-01') <= day && (!r.to || r.to >= day);
const inBand = (r: CoefficientRow, age: number): boolean => (r.ageFrom === undefined || age >= r.ageFrom) && (r.ageBelow === undefined || age < r.ageBelow);
/** Rows with the same scope replace one another by date; different scopes compete (Art. 6(2)). */
const scope = (r: CoefficientRow): string =>
  [r.category, r.setting ?? 'community', r.olderPersonGroup, r.disabilityLevel, r.ageFrom, r.ageBelow, r.basis ?? 'person'].join('|');
/** What a row pays per standard level: per-child rows count the children (one when unknown). */
const weight = (r: CoefficientRow, children: number | undefined): number => r.coefficient * (r.basis === 'child' ? (children ?? 1) : 1);

/**
 * The monthly allowance on `day` (YYYY-MM-DD), or the reason it cannot be worked out. Among the
 * rows in force for the person's setting, category, group, disability level and age, a later row
 * replaces an earlier one of the same scope, and the highest coefficient is paid (Art. 6(2): one
 * amount, the highest). Per-child rows are multiplied by `childrenInCare`. Rounded to whole đồng.
 * Not modelled: a single poor parent who is also in clause 5, 6 or 8 gets both amounts (Art. 6(2)),
 * since a person has one category in the contract.
 */
export function allowanceFor(table: PolicyTable, p: AllowancePerson, onDate: string): AllowanceResult | { gap: AllowanceGap } {
  const day = onDate.slice(0, 10);
  let level: StandardLevel | undefined;
  for (const l of table.standardLevels) if (l.from <= day && (!level || l.from >= level.from)) level = l;
  if (!level) return { gap: 'no-level' };
  const setting = allowanceSetting(p, day);
  const cat = p.beneficiaryCategory;
  // A portal table written before the facility rows existed: the national facility rows apply.
  const coefficients = table.coefficients.some((r) => r.setting === 'facility')
    ? table.coefficients
    : [...table.coefficients, ...DEFAULT_POLICY_TABLE.coefficients.filter((r) => r.setting === 'facility')];
  const rows = coefficients.filter(
    (r) =>
      (r.setting ?? 'community') === setting &&
      // Rows for everyone in a setting (the facility rows) are Nghị định 20's: not for categories outside it.
      (r.category === undefined ? !OUTSIDE_DECREE_20.has(cat.code) : r.category === cat.code) &&
      (r.disabilityLevel === undefined || r.disabilityLevel === p.disability?.level) &&
      inForce(r, day),
  );
  const latest = new Map<string, CoefficientRow>();
  for (const r of rows) {
    const seen = latest.get(scope(r));
    if (!seen || (r.from ?? '') >= (seen.from ?? '')) latest.set(scope(r), r);
  }
  const current = [...latest.values()];
  const grouped = current.filter((r) => r.olderPersonGroup === undefined || r.olderPersonGroup === cat.olderPersonGroup);
  if (!grouped.length && current.length && !cat.olderPersonGroup) return { gap: 'needs-older-person-group' };
  const known = p.birthDate ? ageOn(p.birthDate, day) : null;
  // A birth date after the day is a mistake to correct, not an age below 4.
  const age = known && known.years >= 0 ? known : null;
  const banded = grouped.some((r) => r.ageFrom !== undefined || r.ageBelow !== undefined);
  if (banded && !age) {
    // Without an age, only rows without a band can apply, and only if no banded row could pay more.
    const plain = grouped.filter((r) => r.ageFrom === undefined && r.ageBelow === undefined);
    const most = Math.max(...plain.map((x) => weight(x, cat.childrenInCare)));
    if (!plain.length || grouped.some((r) => weight(r, cat.childrenInCare) > most)) return { gap: 'needs-birth-date' };
  }
  const best = (years: number | undefined): CoefficientRow | undefined =>
    grouped
      .filter((r) => years === undefined ? r.ageFrom === undefined && r.ageBelow === undefined : inBand(r, years))
      .reduce<CoefficientRow | undefined>((top, r) => (!top || weight(r, cat.childrenInCare) > weight(top, cat.childrenInCare) ? r : top), undefined);
  const row = best(age?.years);
  // A birth year alone at the top of a band: a year younger would have a row, so ask for the date.
  if (!row) return { gap: age?.approximate && best(age.years - 1) ? 'needs-birth-date' : OUTSIDE_DECREE_20.has(cat.code) ? 'outside-decree-20' : 'no-row' };
  let children: number | undefined;
  let count = 1;
  if (row.basis === 'child') {
    if (cat.childrenInCare === undefined) return { gap: 'needs-children' };
    children = count = cat.childrenInCare;
  }
  const result: AllowanceResult = { amountVnd: Math.round(level.amountVnd * row.coefficient * count), setting, level, coefficient: row.coefficient, row };
  if (children !== undefined) result.children = children;
  // A partial birth date: `years` is the age if the birthday has passed; a year less is possible.
  if (age?.approximate && best(age.years - 1)?.coefficient !== row.coefficient) result.ageUncertain = true;
  return result;
}

/**
 * @deprecated Since 2026-12: use `allowanceFor`, which works out the setting, age band, group and
 * children. Kept for portals written against the first contract: the amount in the community for
 * rows that need none of those, or `null`.
 */
export function monthlyAllowance(
  table: PolicyTable,
  category: BeneficiaryCategory['code'],
  disabilityLevel: DisabilityLevel | undefined,
  onDate: string,
): number | null {
  const plain = { ...table, coefficients: table.coefficients.filter((r) => r.ageFrom === undefined && r.ageBelow === undefined && r.olderPersonGroup === undefined) };
  const r = allowanceFor(plain, { beneficiaryCategory: { code: category }, ...(disabilityLevel ? { disability: { level: disabilityLevel } } : {}) }, onDate);
  return 'gap' in r ? null : r.amountVnd;
}
