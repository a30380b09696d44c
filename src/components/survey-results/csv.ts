/**
 * CSV export of survey responses, one row per response, columns in the order of the form (which
 * is the order of the national online system: metadata, respondent block, A1…E, the price
 * question, G1, G2, H1, H2). Pure, no DOM.
 *
 * - UTF-8 with a byte order mark, so Excel opens Vietnamese text correctly.
 * - `;` by default: Excel on Windows set to Vietnamese uses `,` as the decimal mark and `;` as
 *   the list separator, so it splits `;` files into columns on a double-click. `,` is available
 *   for other tools. No `sep=` line: Excel ignores the BOM when one is present.
 * - Choice answers are written as the national system's option values (`externalValue`), ratings
 *   as 0–5, dates as ISO `YYYY-MM-DD`, numbers with a `.` decimal point.
 * - Contact details (`contactField`, e.g. the phone number) are never exported.
 * - Cells a spreadsheet could run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get
 *   a leading `'` unless they are plain numbers (OWASP CSV injection).
 */
import { surveyItems, type SurveyDefinition, type SurveyItem, type SurveyResponse } from '../../contract/survey.js';
import { answerValue } from './indices.js';

export interface CsvOptions {
  /** Column separator: `;` (default, Excel in Vietnamese) or `,`. */
  delimiter?: ';' | ',';
  /** Header cells: the item code (default) or the national field name where there is one. */
  header?: 'code' | 'field';
  /** Prepend the UTF-8 byte order mark (default true). */
  bom?: boolean;
}

interface Column {
  header: string;
  cell: (r: SurveyResponse) => unknown;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell, neutralised against formula injection and quoted when needed. */
export function csvCell(value: unknown, delimiter: string): string {
  let s: string;
  if (value === undefined || value === null) s = '';
  else if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') s = value ? '1' : '0';
  else if (Array.isArray(value)) s = value.map((v) => String(v)).join('|');
  else if (typeof value === 'string') s = value;
  else s = '';
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  if (s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r')) {
    s = `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

function optionOut(item: SurveyItem, value: unknown): unknown {
  if (item.type !== 'single' && item.type !== 'multiple') return value;
  const map = (v: unknown) => {
    const o = item.options.find((x) => x.value === v || String(x.value) === String(v));
    const external = o?.['externalValue'];
    return typeof external === 'string' || typeof external === 'number' ? external : v;
  };
  return Array.isArray(value) ? value.map(map) : value === undefined || value === null ? value : map(value);
}

function columns(definition: SurveyDefinition, header: 'code' | 'field'): Column[] {
  const cols: Column[] = [{ header: 'id', cell: (r) => r.id }];
  for (const item of surveyItems(definition)) {
    if (item.type === 'group' || item.type === 'display') continue;
    if (item['contactField']) continue; // identity stays out of exports
    const metadataField = item['metadataField'];
    const name = header === 'field' && item.externalField ? item.externalField : item.code;
    cols.push({
      header: name,
      cell: (r) => {
        let v = answerValue(r.answers[item.code]);
        if ((v === undefined || v === null) && typeof metadataField === 'string') {
          v = (r.metadata as Record<string, unknown> | undefined)?.[metadataField];
        }
        return optionOut(item, v);
      },
    });
    if ((item.type === 'single' || item.type === 'multiple') && item.allowOther) {
      cols.push({
        header: header === 'field' && item.externalField ? item.externalField.replace(/\]\[select$/, '') + '][other' : `${item.code}.other`,
        cell: (r) => {
          const a = r.answers[item.code];
          return a !== null && typeof a === 'object' && !Array.isArray(a) ? a.other : undefined;
        },
      });
    }
  }
  return cols;
}

/** The CSV text (with BOM unless `bom: false`), CRLF line ends as RFC 4180 says. */
export function surveyResponsesToCsv(
  definition: SurveyDefinition,
  responses: readonly SurveyResponse[],
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const cols = columns(definition, options.header ?? 'code');
  const lines = [cols.map((c) => csvCell(c.header, delimiter)).join(delimiter)];
  for (const r of responses) lines.push(cols.map((c) => csvCell(c.cell(r), delimiter)).join(delimiter));
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}
