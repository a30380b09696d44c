/**
 * One statistical indicator over periods and organisation units, DHIS2-style (data × period ×
 * org unit, optional disaggregation by category). Public portals must not reveal small counts that
 * identify people: cells below `suppressionThreshold` are suppressed by the view.
 */
import * as z from 'zod/mini';
import { loose } from './zod.js';
import {
  AdminUnitSchema,
  DateTimeSchema,
  ERR,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  ShortTextSchema,
} from './shared.js';

/**
 * Period ids: `2025` (year), `2025S1` (6 months), `2025Q1` (quarter), `2025M03` (month), and
 * month ranges such as `2025M01-M09` (9 months). Reports with fixed cut-offs (15th to 14th) keep
 * the id and give exact `start` and `end` dates.
 */
export const PeriodIdSchema = z
  .string()
  .check(z.regex(/^\d{4}(?:Q[1-4]|S[12]|M(?:0[1-9]|1[0-2])(?:-M(?:0[1-9]|1[0-2]))?)?$/, ERR.period));
export type PeriodId = z.infer<typeof PeriodIdSchema>;

export const StatUnitSchema = z.enum(['count', 'percent', 'vnd', 'ratio', 'score', 'rate', 'days']);
export type StatUnit = z.infer<typeof StatUnitSchema>;

export const IndicatorSchema = loose({
  code: IdSchema,
  name: LocalizedTextSchema,
  unit: StatUnitSchema,
  description: z.optional(LocalizedTextSchema),
  /** value = numerator / denominator × factor (e.g. factor 100 for a percentage). */
  formula: z.optional(
    loose({
      numerator: LocalizedTextSchema,
      denominator: LocalizedTextSchema,
      factor: z.number(),
    }),
  ),
  /** Decimal places to show. */
  decimals: z.optional(z.int().check(z.gte(0), z.lte(6))),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const StatPeriodSchema = loose({
  id: PeriodIdSchema,
  label: z.optional(LocalizedTextSchema),
  start: z.optional(IsoDateSchema),
  end: z.optional(IsoDateSchema),
});
export type StatPeriod = z.infer<typeof StatPeriodSchema>;

export const OrgUnitSchema = loose({
  id: IdSchema,
  name: LocalizedTextSchema,
  /** Where it is, in 2025 administrative units (a ward of a hospital has none). */
  adminUnit: z.optional(AdminUnitSchema),
  parentId: z.optional(IdSchema),
});
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

export const DisaggregationSchema = loose({
  id: IdSchema,
  name: LocalizedTextSchema,
  categories: z.array(loose({ id: IdSchema, name: LocalizedTextSchema })).check(z.minLength(1)),
});
export type Disaggregation = z.infer<typeof DisaggregationSchema>;

export const StatValueSchema = loose({
  period: PeriodIdSchema,
  orgUnit: IdSchema,
  /** Category id from `disaggregations`; absent for the total. */
  category: z.optional(IdSchema),
  /** null = no data (not zero). */
  value: z.nullable(z.number()),
  /** Set by the publisher when the cell was already suppressed at source. */
  suppressed: z.optional(z.boolean()),
});
export type StatValue = z.infer<typeof StatValueSchema>;

export const StatTargetSchema = loose({
  value: z.number(),
  period: z.optional(PeriodIdSchema),
  orgUnit: z.optional(IdSchema),
  label: z.optional(LocalizedTextSchema),
  /** Whether the target is a floor (at least, the usual case) or a ceiling. */
  direction: z.optional(z.enum(['at-least', 'at-most'])),
});
export type StatTarget = z.infer<typeof StatTargetSchema>;

export const StatDatasetSchema = loose({
  id: IdSchema,
  title: z.optional(LocalizedTextSchema),
  indicator: IndicatorSchema,
  periods: z.array(StatPeriodSchema).check(z.minLength(1)),
  orgUnits: z.array(OrgUnitSchema).check(z.minLength(1)),
  disaggregations: z._default(z.array(DisaggregationSchema), []),
  values: z.array(StatValueSchema),
  targets: z.optional(z.array(StatTargetSchema)),
  /** Counts below this are hidden in public views. 0 turns suppression off. */
  suppressionThreshold: z._default(z.int().check(z.gte(0)), 5),
  source: z.optional(ShortTextSchema),
  updatedAt: z.optional(DateTimeSchema),
});
export type StatDataset = z.infer<typeof StatDatasetSchema>;
export type StatDatasetInput = z.input<typeof StatDatasetSchema>;
