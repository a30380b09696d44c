/**
 * The never-throwing core of every `parseX()`: runs a schema and words each problem in Vietnamese
 * and English (field names from `labels.ts`), without echoing the value. Kept apart from
 * `parse.ts` so a caller that needs one schema's wording (an element loading it lazily) does not
 * pull in every other record's schema.
 */
import type { $ZodIssue } from 'zod/v4/core';
import type * as z from 'zod/mini';
import type { ContractIssue, LocalizedMessage, ParseResult } from './issues.js';
import { fieldLabel } from './labels.js';
import { ERR } from './shared.js';

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
    vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
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
  [ERR.ageBand]: {
    vi: 'Độ tuổi "đến dưới" phải lớn hơn độ tuổi "từ": dòng này không áp dụng cho ai.',
    en: 'The age band ends before it starts: the row applies to no one.',
  },
  [ERR.dateRange]: {
    vi: 'Ngày hết hiệu lực sớm hơn ngày bắt đầu.',
    en: 'The row ends before it starts.',
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
      return { code: 'invalid_key', message: { vi: 'Tên khóa không hợp lệ.', en: 'Invalid key.' } };
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

export function run<T>(
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

/** A contract warning (a semantic check the schema cannot express). */
export function warning(path: (string | number)[], code: string, vi: string, en: string): ContractIssue {
  return { path, code, severity: 'warning', message: { vi, en } };
}

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
