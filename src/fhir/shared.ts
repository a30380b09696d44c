/**
 * Shared pieces of the FHIR mapping: the configurable system URIs, the result shape, issue
 * helpers, extensions and translations.
 */
import type { ContractIssue } from '../contract/issues.js';
import type { LocalizedText } from '../contract/shared.js';
import type { Extension, PrimitiveExtension } from './types.js';

/**
 * Namespace of the URIs ansinh mints (identifier systems, code systems, extensions). The
 * Vietnamese MoH `vn-core` profiles are drafts without published canonical URLs [check], so these
 * are ansinh's own until they are: pass `base` or individual `systems` to use a province's or the
 * ministry's URIs instead.
 */
export const DEFAULT_FHIR_BASE = 'https://ansinh.dev/fhir';

export interface FhirSystems {
  /** Căn cước công dân (12 digits). */
  citizenId: string;
  /** Chứng minh nhân dân (old 9- or 12-digit ID card). */
  cmnd: string;
  passport: string;
  /** Mã thẻ bảo hiểm y tế. */
  healthInsurance: string;
  /** Any other identity document. */
  otherId: string;
  /** ansinh record ids (residents, plans, goals, staff, responses). */
  resident: string;
  carePlan: string;
  /** The facility's case file number (số hồ sơ, Thông tư 02/2020/TT-BLĐTBXH). */
  caseFile: string;
  goal: string;
  staff: string;
  response: string;
  survey: string;
  /** Code systems. */
  beneficiaryCategory: string;
  careDomain: string;
  careTeamRole: string;
  carePlanStep: string;
  province: string;
  commune: string;
  surveyOption: string;
}

export interface FhirOptions {
  /** Namespace for every URI below that is not given explicitly. Default `DEFAULT_FHIR_BASE`. */
  base?: string;
  /** Override single systems, e.g. `{ citizenId: 'https://…/sid/cccd' }`. */
  systems?: Partial<FhirSystems>;
}

export function systemsFor(options: FhirOptions = {}): FhirSystems & { base: string } {
  const base = (options.base ?? DEFAULT_FHIR_BASE).replace(/\/+$/, '');
  return {
    base,
    citizenId: `${base}/sid/cccd`,
    cmnd: `${base}/sid/cmnd`,
    passport: `${base}/sid/passport`,
    healthInsurance: `${base}/sid/bhyt`,
    otherId: `${base}/sid/other`,
    resident: `${base}/sid/resident`,
    carePlan: `${base}/sid/care-plan`,
    caseFile: `${base}/sid/case-file`,
    goal: `${base}/sid/goal`,
    staff: `${base}/sid/staff`,
    response: `${base}/sid/survey-response`,
    survey: `${base}/sid/survey`,
    beneficiaryCategory: `${base}/CodeSystem/beneficiary-category`,
    careDomain: `${base}/CodeSystem/care-domain`,
    careTeamRole: `${base}/CodeSystem/care-team-role`,
    carePlanStep: `${base}/CodeSystem/care-plan-step`,
    province: `${base}/CodeSystem/province-2025`,
    commune: `${base}/CodeSystem/commune-2025`,
    surveyOption: `${base}/CodeSystem/survey-option`,
    ...options.systems,
  };
}

/** URL of an ansinh extension. */
export const extUrl = (base: string, name: string): string => `${base}/StructureDefinition/${name}`;

/** HL7 extensions used by the mapping. */
export const HL7 = {
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  maxOccurs: 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  itemControlSystem: 'http://hl7.org/fhir/questionnaire-item-control',
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  dataAbsentReason: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason',
  v2IdType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  confidentiality: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
} as const;

/** What an import returns: the contract value (when one could be built) and what was not mapped. */
export interface FhirImport<T> {
  value: T | undefined;
  issues: ContractIssue[];
}

/** A mapping issue. Lossy or dropped content is a warning; an unusable resource is an error. */
export function mapIssue(
  path: (string | number)[],
  code: string,
  vi: string,
  en: string,
  severity: 'error' | 'warning' = 'warning',
): ContractIssue {
  return { path, code, severity, message: { vi, en } };
}

/** FHIR ids: 1-64 of `A-Za-z0-9-.`. Contract ids may also hold `_ : /`, which become `-`. */
export function fhirId(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64);
  return clean === '' ? 'x' : clean;
}

export const isFhirId = (id: string): boolean => /^[A-Za-z0-9.-]{1,64}$/.test(id);

// ---------------------------------------------------------------------------------------------
// Extensions
// ---------------------------------------------------------------------------------------------

type Scalar = string | number | boolean;
/** [sub-extension name, value[x] type, value] triples; undefined values are skipped. */
export type ExtField = [string, 'String' | 'Code' | 'Boolean' | 'Date' | 'DateTime' | 'Decimal' | 'Integer' | 'Markdown', Scalar | undefined];

export function valueExt(url: string, type: ExtField[1], value: Scalar): Extension {
  return { url, [`value${type}`]: value } as Extension;
}

/** A complex extension: `extension[]` of named simple ones, no value of its own (ext-1). */
export function complexExt(url: string, fields: ExtField[]): Extension {
  const extension = fields
    .filter((f): f is [string, ExtField[1], Scalar] => f[2] !== undefined)
    .map(([name, type, value]) => valueExt(name, type, value));
  return { url, extension };
}

/** The value[x] of a simple extension, whatever its type. */
export function extValue(ext: Extension | undefined): unknown {
  if (!ext) return undefined;
  for (const key of Object.keys(ext)) {
    if (key.startsWith('value')) return ext[key];
  }
  return undefined;
}

/** Sub-extensions of a complex extension as name -> values (a name may repeat). */
export function readComplex(ext: Extension): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const sub of ext.extension ?? []) {
    const list = out.get(sub.url) ?? [];
    list.push(extValue(sub));
    out.set(sub.url, list);
  }
  return out;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// Localised text: Vietnamese in the element, English as an HL7 translation extension
// ---------------------------------------------------------------------------------------------

export function translationOf(text: LocalizedText): PrimitiveExtension | undefined {
  if (text.en === undefined) return undefined;
  return {
    extension: [
      {
        url: HL7.translation,
        extension: [
          { url: 'lang', valueCode: 'en' },
          { url: 'content', valueString: text.en },
        ],
      },
    ],
  };
}

/** Reads `text` + `_text` back into LocalizedText (English from a translation extension). */
export function localized(text: string | undefined, ext: PrimitiveExtension | undefined): LocalizedText | undefined {
  if (text === undefined || text === '') return undefined;
  const out: LocalizedText = { vi: text };
  for (const e of ext?.extension ?? []) {
    if (e.url !== HL7.translation) continue;
    const parts = readComplex(e);
    const lang = parts.get('lang')?.[0];
    const content = parts.get('content')?.[0];
    if (typeof lang === 'string' && lang.toLowerCase().startsWith('en') && typeof content === 'string') {
      out.en = content;
    }
  }
  return out;
}

/** A localised text as a complex extension `{vi, en}` (for places FHIR has no element). */
export function localizedExt(url: string, text: LocalizedText | undefined): Extension | undefined {
  if (!text) return undefined;
  return complexExt(url, [
    ['vi', 'String', text.vi],
    ['en', 'String', text.en],
  ]);
}

export function readLocalizedExt(ext: Extension | undefined): LocalizedText | undefined {
  if (!ext) return undefined;
  const parts = readComplex(ext);
  const vi = str(parts.get('vi')?.[0]);
  if (vi === undefined) return undefined;
  const en = parts.get('en')?.[0];
  return typeof en === 'string' ? { vi, en } : { vi };
}

/** Drops undefined properties so outputs are plain JSON and compare cleanly. */
export function compact<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) {
    if (obj[key] === undefined) delete obj[key];
  }
  return obj;
}

/** The elements of `resource` not in `known`, as one warning each. */
export function unmappedElements(
  resource: Record<string, unknown>,
  known: ReadonlySet<string>,
  path: (string | number)[],
  what: string,
): ContractIssue[] {
  return Object.keys(resource)
    .filter((k) => !known.has(k) && resource[k] !== undefined)
    .map((k) =>
      mapIssue(
        [...path, k],
        'fhir_unmapped_element',
        `Phần tử ${what}.${k} không có chỗ trong dữ liệu ansinh nên không được nhập.`,
        `Element ${what}.${k} has no place in ansinh data and was not imported.`,
      ),
    );
}
