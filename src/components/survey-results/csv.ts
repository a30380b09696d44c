/**
 * CSV export of survey responses, one row per response, columns in the order of the form (which
 * is the order of the national online system: metadata, respondent block, A1…E, the price
 * question, G1, G2, H1, H2). Pure, no DOM.
 *
 * - Written by the shared writer (`base/controllers/export.ts`): UTF-8 byte order mark, RFC 4180
 *   quoting, formula injection neutralised, the `excel-vi` dialect (`;` and decimal `,`) by
 *   default or `standard` (`,` and decimal `.`).
 * - Choice answers are written as the national system's option values (`externalValue`), ratings
 *   as 0–5, dates as ISO `YYYY-MM-DD`.
 * - The MoH forms get the hospital code after the id (from each response's metadata).
 * - Contact details (`contactField`, e.g. the phone number) are never exported.
 */
import { surveyItems, type SurveyDefinition, type SurveyItem, type SurveyResponse } from '../../contract/survey.js';
import { answerValue } from './indices.js';
import { toCsv, type CsvOptions, type CsvValue } from '../../base/controllers/export.js';

export interface SurveyCsvOptions extends CsvOptions {
  /** Header cells: the item code (default) or the national field name where there is one. */
  header?: 'code' | 'field';
  /**
   * @deprecated Use `dialect`: `','` is `standard`, `';'` is `excel-vi` (which also writes decimals
   * with `,`). Kept so calls written before 2026-12 still get the separator they asked for.
   */
  delimiter?: ';' | ',';
}

interface Column {
  header: string;
  cell: (r: SurveyResponse) => unknown;
}

/** An answer as a CSV cell value: objects (an "other" answer's wrapper) leave the cell empty. */
function cellValue(value: unknown): CsvValue {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  return undefined;
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
  // The MoH forms' "Mã bệnh viện" (`ttp][bvn][mabv`): not asked of respondents but set by the
  // hospital (`definition.hospitalCode`, copied into each response's metadata).
  if (definition.template) cols.push({ header: header === 'field' ? 'ttp][bvn][mabv' : 'hospitalCode', cell: (r) => r.metadata?.hospitalCode });
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
  options: SurveyCsvOptions = {},
): string {
  const cols = columns(definition, options.header ?? 'code');
  if (options.dialect === undefined && options.delimiter) options = { ...options, dialect: options.delimiter === ',' ? 'standard' : 'excel-vi' };
  return toCsv(
    cols.map((c) => c.header),
    responses.map((r) => cols.map((c) => cellValue(c.cell(r)))),
    options,
  );
}
