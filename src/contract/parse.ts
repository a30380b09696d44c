/**
 * `parseX(input)` for every top-level schema. They never throw, whatever the input: problems come
 * back as `ContractIssue`s naming the field and saying what is wrong in Vietnamese and English,
 * without echoing the value (it may be personal data).
 */
import type { $ZodIssue } from 'zod/v4/core';
import type * as z from 'zod/mini';
import type { ContractIssue, LocalizedMessage, ParseResult } from './issues.js';
import { fieldLabel } from './labels.js';
import { ERR, checkCitizenIdConsistency } from './shared.js';
import { RESIDENT_SENSITIVE_FIELDS, ResidentSchema, type Resident } from './resident.js';
import { CarePlanSchema, type CarePlan } from './care-plan.js';
import {
  SurveyDefinitionSchema,
  SurveyResponseSchema,
  surveyItems,
  type SurveyDefinition,
  type SurveyResponse,
} from './survey.js';
import {
  FundSchema,
  LedgerDisclosureSchema,
  LedgerEntrySchema,
  type Fund,
  type LedgerDisclosure,
  type LedgerEntry,
} from './ledger.js';
import { StatDatasetSchema, type StatDataset } from './stat.js';

/** At most this many issues are reported; the rest are summed up in one last issue. */
export const MAX_ISSUES = 50;

const KEYED: Record<string, LocalizedMessage> = {
  [ERR.partialDate]: {
    vi: 'Cần năm (1950), năm-tháng (1950-07) hoặc năm-tháng-ngày (1950-07-15), và phải là ngày có thật.',
    en: 'Use a year (1950), year-month (1950-07) or full date (1950-07-15) that exists in the calendar.',
  },
  [ERR.date]: {
    vi: 'Cần ngày dạng năm-tháng-ngày (ví dụ 2026-11-22), và phải là ngày có thật.',
    en: 'Use a full date, year-month-day (e.g. 2026-11-22), that exists in the calendar.',
  },
  [ERR.dateTime]: {
    vi: 'Cần thời điểm có múi giờ, ví dụ 2026-11-22T08:30:00+07:00.',
    en: 'Use a date and time with its time zone, e.g. 2026-11-22T08:30:00+07:00.',
  },
  [ERR.citizenId]: {
    vi: 'Số căn cước công dân phải gồm đúng 12 chữ số.',
    en: 'A citizen ID number has exactly 12 digits.',
  },
  [ERR.id]: {
    vi: 'Mã chỉ gồm chữ cái không dấu, chữ số và các ký tự _ - . : /, không có khoảng trắng, tối đa 128 ký tự.',
    en: 'Use only unaccented letters, digits and _ - . : /, no spaces, at most 128 characters.',
  },
  [ERR.itemCode]: {
    vi: 'Mã câu hỏi chỉ gồm chữ cái không dấu, chữ số và _ - ., tối đa 40 ký tự (ví dụ A1).',
    en: 'A question code uses only unaccented letters, digits and _ - ., at most 40 characters (e.g. A1).',
  },
  [ERR.sha256]: {
    vi: 'Cần mã băm SHA-256: 64 ký tự hệ mười sáu viết thường.',
    en: 'Use a SHA-256 hash: 64 lower-case hexadecimal characters.',
  },
  [ERR.url]: {
    vi: 'Đường dẫn phải bắt đầu bằng https://, http:// hoặc / (không nhận javascript: hay data:).',
    en: 'A link must start with https://, http:// or / (javascript: and data: are not accepted).',
  },
  [ERR.provinceCode]: {
    vi: 'Mã tỉnh/thành phố gồm 2 chữ số theo danh mục từ 01/07/2025.',
    en: 'A province code has 2 digits, from the list in force since 1 July 2025.',
  },
  [ERR.communeCode]: {
    vi: 'Mã xã/phường/đặc khu gồm 5 chữ số theo danh mục từ 01/07/2025.',
    en: 'A commune code has 5 digits, from the list in force since 1 July 2025.',
  },
  [ERR.period]: {
    vi: 'Kỳ báo cáo có dạng 2025, 2025S1, 2025Q1, 2025M03 hoặc 2025M01-M09.',
    en: 'A period looks like 2025, 2025S1, 2025Q1, 2025M03 or 2025M01-M09.',
  },
  [ERR.phone]: {
    vi: 'Số điện thoại gồm 6–20 chữ số, có thể có dấu + ở đầu, khoảng trắng, dấu chấm hoặc gạch ngang.',
    en: 'A phone number has 6–20 digits, optionally a leading +, spaces, dots or dashes.',
  },
  [ERR.amountOrLines]: {
    vi: 'Khoản phân phối phải có số tiền hoặc danh sách hiện vật.',
    en: 'A distribution needs an amount or a list of in-kind items.',
  },
  [ERR.healthInsurance]: {
    vi: 'Mã thẻ BHYT gồm 10–15 chữ in hoa hoặc chữ số, không có khoảng trắng.',
    en: 'A health insurance number has 10–15 capital letters or digits, no spaces.',
  },
};

const TYPE_NAMES: Record<string, readonly [string, string]> = {
  string: ['chuỗi ký tự', 'text'],
  number: ['số', 'a number'],
  int: ['số nguyên', 'a whole number'],
  boolean: ['đúng/sai', 'true or false'],
  array: ['danh sách', 'a list'],
  object: ['đối tượng', 'an object'],
  null: ['null', 'null'],
  undefined: ['không có giá trị', 'nothing'],
  nan: ['NaN', 'NaN'],
  unknown: ['giá trị', 'a value'],
};

function typeName(t: string): readonly [string, string] {
  return TYPE_NAMES[t] ?? [t, t];
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return shown.join(', ') + (values.length > 12 ? ', …' : '');
}

function formatNumber(n: unknown, lang: 'vi' | 'en'): string {
  if (typeof n === 'bigint') n = Number(n);
  if (typeof n !== 'number') return String(n);
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
}

const SAFE_MAX = Number.MAX_SAFE_INTEGER;

function message(issue: $ZodIssue): { code: string; message: LocalizedMessage } {
  const keyed = Object.hasOwn(KEYED, issue.message) ? KEYED[issue.message] : undefined;
  if (keyed) return { code: issue.message.replace(/^ansinh:/, ''), message: keyed };
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) {
        return {
          code: 'required',
          message: { vi: 'Thiếu: trường này là bắt buộc.', en: 'Missing: this field is required.' },
        };
      }
      const [ev, ee] = typeName(issue.expected);
      const [rv, re] = typeName(receivedType(input));
      return {
        code: 'invalid_type',
        message: { vi: `Sai kiểu: cần ${ev}, nhận được ${rv}.`, en: `Wrong type: expected ${ee}, got ${re}.` },
      };
    }
    case 'too_small': {
      const n = issue.minimum;
      if (issue.origin === 'string') {
        return Number(n) <= 1
          ? { code: 'empty', message: { vi: 'Không được để trống.', en: 'Must not be empty.' } }
          : { code: 'too_short', message: { vi: `Cần ít nhất ${n} ký tự.`, en: `Needs at least ${n} characters.` } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return {
          code: 'too_few',
          message: { vi: `Cần ít nhất ${n} mục.`, en: `Needs at least ${n} item${Number(n) === 1 ? '' : 's'}.` },
        };
      }
      return {
        code: 'too_small',
        message: issue.inclusive
          ? { vi: `Phải lớn hơn hoặc bằng ${formatNumber(n, 'vi')}.`, en: `Must be at least ${formatNumber(n, 'en')}.` }
          : { vi: `Phải lớn hơn ${formatNumber(n, 'vi')}.`, en: `Must be greater than ${formatNumber(n, 'en')}.` },
      };
    }
    case 'too_big': {
      const n = issue.maximum;
      if (issue.origin === 'string') {
        return { code: 'too_long', message: { vi: `Tối đa ${n} ký tự.`, en: `At most ${n} characters.` } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { code: 'too_many', message: { vi: `Tối đa ${n} mục.`, en: `At most ${n} items.` } };
      }
      if (Number(n) >= SAFE_MAX) {
        return {
          code: 'too_big',
          message: { vi: 'Số quá lớn để lưu chính xác.', en: 'The number is too large to store exactly.' },
        };
      }
      return {
        code: 'too_big',
        message: issue.inclusive
          ? { vi: `Phải nhỏ hơn hoặc bằng ${formatNumber(n, 'vi')}.`, en: `Must be at most ${formatNumber(n, 'en')}.` }
          : { vi: `Phải nhỏ hơn ${formatNumber(n, 'vi')}.`, en: `Must be less than ${formatNumber(n, 'en')}.` },
      };
    }
    case 'invalid_value':
      return {
        code: 'invalid_value',
        message:
          issue.values.length === 1
            ? { vi: `Giá trị phải là ${listValues(issue.values)}.`, en: `The value must be ${listValues(issue.values)}.` }
            : {
                vi: `Giá trị không hợp lệ. Chọn một trong: ${listValues(issue.values)}.`,
                en: `Not an allowed value. Choose one of: ${listValues(issue.values)}.`,
              },
      };
    case 'invalid_union': {
      const u = issue as { note?: string; options?: unknown[] };
      if (u.note === 'No matching discriminator' && u.options) {
        return {
          code: 'invalid_value',
          message: {
            vi: `Giá trị không hợp lệ. Chọn một trong: ${listValues(u.options)}.`,
            en: `Not an allowed value. Choose one of: ${listValues(u.options)}.`,
          },
        };
      }
      return {
        code: 'invalid_union',
        message: {
          vi: 'Giá trị không khớp với dạng nào được chấp nhận.',
          en: 'The value matches none of the accepted shapes.',
        },
      };
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      if (inner && Object.hasOwn(KEYED, inner.message)) {
        return { code: inner.message.replace(/^ansinh:/, ''), message: KEYED[inner.message]! };
      }
      return { code: 'invalid_key', message: { vi: 'Tên khoá không hợp lệ.', en: 'Invalid key.' } };
    }
    case 'invalid_format':
      return { code: 'invalid_format', message: { vi: 'Sai định dạng.', en: 'Wrong format.' } };
    case 'not_multiple_of':
      return {
        code: 'not_multiple_of',
        message: { vi: `Phải là bội số của ${String(issue.divisor)}.`, en: `Must be a multiple of ${String(issue.divisor)}.` },
      };
    default:
      return { code: issue.code, message: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' } };
  }
}

function toContractIssue(root: string, issue: $ZodIssue): ContractIssue {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const { code, message: msg } = message(issue);
  return { path, code, severity: 'error', field: fieldLabel(root, path), message: msg };
}

function tooMany(count: number): ContractIssue {
  return {
    path: [],
    code: 'too_many_issues',
    severity: 'error',
    message: {
      vi: `Còn ${count} lỗi khác chưa liệt kê.`,
      en: `${count} more issue${count === 1 ? '' : 's'} not listed.`,
    },
  };
}

type Schema<T> = z.ZodMiniType<T>;

function run<T>(
  root: string,
  schema: Schema<T>,
  input: unknown,
  warn?: (value: T) => ContractIssue[],
): ParseResult<T> {
  try {
    const result = schema.safeParse(input, { reportInput: true } as never);
    if (result.success) {
      let warnings: ContractIssue[] = [];
      if (warn) {
        try {
          warnings = warn(result.data).map((w) => ({ ...w, field: w.field ?? fieldLabel(root, w.path) }));
        } catch {
          warnings = [];
        }
      }
      return { ok: true, value: result.data, warnings };
    }
    const all = result.error.issues;
    const issues = all.slice(0, MAX_ISSUES).map((i) => toContractIssue(root, i));
    if (all.length > MAX_ISSUES) issues.push(tooMany(all.length - MAX_ISSUES));
    return { ok: false, issues };
  } catch {
    // Hostile inputs (throwing getters, revoked proxies) must not escape.
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'unreadable',
          severity: 'error',
          field: fieldLabel(root, []),
          message: {
            vi: 'Không đọc được dữ liệu: cần một đối tượng JSON thuần.',
            en: 'The data could not be read: a plain JSON object is needed.',
          },
        },
      ],
    };
  }
}

function warning(path: (string | number)[], code: string, vi: string, en: string): ContractIssue {
  return { path, code, severity: 'warning', message: { vi, en } };
}

function duplicates(
  list: readonly { id: string }[],
  listName: string,
  out: ContractIssue[],
): Set<string> {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id)) {
      out.push(
        warning([listName, i, 'id'], 'duplicate_id', `Mã "${x.id}" bị trùng trong danh sách.`, `The id "${x.id}" appears twice in the list.`),
      );
    }
    seen.add(x.id);
  });
  return seen;
}

// ---------------------------------------------------------------------------------------------
// Semantic warnings (cannot be expressed in JSON Schema, so never errors)
// ---------------------------------------------------------------------------------------------

export function residentWarnings(r: Resident): ContractIssue[] {
  const out: ContractIssue[] = [];
  if (r.citizenId) out.push(...checkCitizenIdConsistency(r.citizenId, r.birthDate, r.sex));
  r.publishable?.forEach((f, i) => {
    const top = f.split('.')[0] ?? f;
    if ((RESIDENT_SENSITIVE_FIELDS as readonly string[]).includes(top)) {
      out.push(
        warning(
          ['publishable', i],
          'publishable_sensitive',
          `"${f}" là dữ liệu nhạy cảm nên không bao giờ được công khai, kể cả khi có trong danh sách này.`,
          `"${f}" is sensitive data and is never made public, even when listed here.`,
        ),
      );
    }
  });
  if (r.exit && r.exit.date < r.admission.date) {
    out.push(
      warning(['exit', 'date'], 'exit_before_admission', 'Ngày rời trung tâm sớm hơn ngày tiếp nhận.', 'The exit date is before the admission date.'),
    );
  }
  return out;
}

export function carePlanWarnings(p: CarePlan): ContractIssue[] {
  const out: ContractIssue[] = [];
  const goalIds = duplicates(p.goals, 'goals', out);
  duplicates(p.activities, 'activities', out);
  duplicates(p.careTeam, 'careTeam', out);
  p.activities.forEach((a, i) => {
    a.goalIds?.forEach((g, j) => {
      if (!goalIds.has(g)) {
        out.push(
          warning(['activities', i, 'goalIds', j], 'unknown_goal', `Không có mục tiêu mã "${g}" trong kế hoạch.`, `The plan has no goal with id "${g}".`),
        );
      }
    });
  });
  const last = p.transitions[p.transitions.length - 1];
  if (last && last.to !== p.status) {
    out.push(
      warning(['status'], 'status_history_mismatch', 'Bước hiện tại khác với bước cuối trong lịch sử chuyển bước.', 'The current step differs from the last step in the history.'),
    );
  }
  return out;
}

export function surveyDefinitionWarnings(d: SurveyDefinition): ContractIssue[] {
  const out: ContractIssue[] = [];
  const codes = new Set<string>();
  const scaleIds = new Set((d.scales ?? []).map((s) => s.id));
  const items = surveyItems(d);
  for (const item of items) {
    if (codes.has(item.code)) {
      out.push(
        warning(['sections'], 'duplicate_item_code', `Mã câu hỏi "${item.code}" bị trùng: câu trả lời sẽ ghi đè nhau.`, `Question code "${item.code}" is used twice: answers would overwrite each other.`),
      );
    }
    codes.add(item.code);
  }
  d.sections.forEach((s, si) => {
    const check = (item: (typeof s.items)[number], path: (string | number)[]) => {
      item.enableWhen?.forEach((c, ci) => {
        if (!codes.has(c.item)) {
          out.push(
            warning([...path, 'enableWhen', ci, 'item'], 'unknown_item', `Điều kiện trỏ tới câu hỏi "${c.item}" không có trong phiếu.`, `The condition refers to question "${c.item}", which is not in the form.`),
          );
        }
      });
      if (item.type === 'scale5' && item.scale !== undefined && !scaleIds.has(item.scale)) {
        out.push(
          warning([...path, 'scale'], 'unknown_scale', `Không có thang đo mã "${item.scale}".`, `There is no scale with id "${item.scale}".`),
        );
      }
    };
    s.items.forEach((item, ii) => {
      check(item, ['sections', si, 'items', ii]);
      if (item.type === 'group') item.items.forEach((sub, k) => check(sub, ['sections', si, 'items', ii, 'items', k]));
    });
  });
  return out;
}

export function ledgerDisclosureWarnings(d: LedgerDisclosure): ContractIssue[] {
  const out: ContractIssue[] = [];
  d.totals.byFund.forEach((f, i) => {
    if ((f.openingBalanceVnd ?? 0) + f.receivedVnd - f.distributedVnd !== f.balanceVnd) {
      out.push(
        warning(['totals', 'byFund', i, 'balanceVnd'], 'balance_mismatch', 'Số dư không bằng đầu kỳ + đã nhận − đã phân phối.', 'The balance is not opening + received − distributed.'),
      );
    }
  });
  if (d.period.to < d.period.from) {
    out.push(warning(['period', 'to'], 'period_reversed', 'Ngày kết thúc kỳ sớm hơn ngày bắt đầu.', 'The period ends before it starts.'));
  }
  return out;
}

export function statDatasetWarnings(s: StatDataset): ContractIssue[] {
  const out: ContractIssue[] = [];
  const periods = new Set(s.periods.map((p) => p.id));
  const units = new Set(s.orgUnits.map((o) => o.id));
  const cats = new Set(s.disaggregations.flatMap((d) => d.categories.map((c) => c.id)));
  const cells = new Set<string>();
  s.values.forEach((v, i) => {
    if (!periods.has(v.period)) {
      out.push(warning(['values', i, 'period'], 'unknown_period', `Kỳ "${v.period}" không có trong danh sách kỳ báo cáo.`, `Period "${v.period}" is not in the list of periods.`));
    }
    if (!units.has(v.orgUnit)) {
      out.push(warning(['values', i, 'orgUnit'], 'unknown_org_unit', `Đơn vị "${v.orgUnit}" không có trong danh sách đơn vị.`, `Unit "${v.orgUnit}" is not in the list of units.`));
    }
    if (v.category !== undefined && !cats.has(v.category)) {
      out.push(warning(['values', i, 'category'], 'unknown_category', `Nhóm "${v.category}" không có trong phân tổ.`, `Category "${v.category}" is not in any disaggregation.`));
    }
    const key = `${v.period}\u0000${v.orgUnit}\u0000${v.category ?? ''}`;
    if (cells.has(key)) {
      out.push(warning(['values', i], 'duplicate_value', 'Ô số liệu này (kỳ, đơn vị, nhóm) bị nhập hai lần.', 'This cell (period, unit, category) appears twice.'));
    }
    cells.add(key);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Public parse functions
// ---------------------------------------------------------------------------------------------

export const parseResident = (input: unknown): ParseResult<Resident> =>
  run('resident', ResidentSchema, input, residentWarnings);
export const parseCarePlan = (input: unknown): ParseResult<CarePlan> =>
  run('carePlan', CarePlanSchema, input, carePlanWarnings);
export const parseSurveyDefinition = (input: unknown): ParseResult<SurveyDefinition> =>
  run('surveyDefinition', SurveyDefinitionSchema, input, surveyDefinitionWarnings);
export const parseSurveyResponse = (input: unknown): ParseResult<SurveyResponse> =>
  run('surveyResponse', SurveyResponseSchema, input);
export const parseLedgerEntry = (input: unknown): ParseResult<LedgerEntry> =>
  run('ledgerEntry', LedgerEntrySchema, input);
export const parseLedgerDisclosure = (input: unknown): ParseResult<LedgerDisclosure> =>
  run('ledgerDisclosure', LedgerDisclosureSchema, input, ledgerDisclosureWarnings);
export const parseFund = (input: unknown): ParseResult<Fund> => run('fund', FundSchema, input);
export const parseStatDataset = (input: unknown): ParseResult<StatDataset> =>
  run('statDataset', StatDatasetSchema, input, statDatasetWarnings);

/**
 * Parses a list of items with one parser, prefixing each issue path with the item's index.
 * Returns ok only when every item is valid.
 */
export function parseList<T>(input: unknown, parse: (item: unknown) => ParseResult<T>): ParseResult<T[]> {
  let items: unknown[] | undefined;
  try {
    items = Array.isArray(input) ? Array.from(input as unknown[]) : undefined;
  } catch {
    items = undefined;
  }
  if (!items) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'invalid_type',
          severity: 'error',
          message: { vi: 'Sai kiểu: cần danh sách.', en: 'Wrong type: expected a list.' },
        },
      ],
    };
  }
  const values: T[] = [];
  const issues: ContractIssue[] = [];
  const warnings: ContractIssue[] = [];
  items.forEach((item, i) => {
    const r = parse(item);
    const prefix = (x: ContractIssue): ContractIssue => ({ ...x, path: [i, ...x.path] });
    if (r.ok) {
      values.push(r.value);
      warnings.push(...r.warnings.map(prefix));
    } else {
      issues.push(...r.issues.map(prefix));
    }
  });
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, value: values, warnings };
}
