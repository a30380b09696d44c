/**
 * The one CSV and JSON writer every element exports with. Pure, no DOM.
 *
 * - RFC 4180: CRLF line ends; a cell holding the separator, a quote, CR or LF is quoted and its
 *   quotes doubled.
 * - Spreadsheet formula injection (OWASP "CSV injection"): a text cell starting with `=`, `+`,
 *   `-`, `@`, a tab or a CR gets a leading `'`, so Excel and LibreOffice show it as text instead
 *   of running it. Numbers are written as numbers (a `number` value, or a text that is exactly a
 *   plain decimal number such as `-3`), so `-3` stays the number −3.
 * - A UTF-8 byte order mark first, so Excel reads Vietnamese diacritics as UTF-8 and not as the
 *   ANSI code page (without it "Nguyễn" opens as "Nguyá»…n").
 * - Two dialects. `excel-vi` (the default): `;` between cells and `,` as the decimal mark, which is
 *   what Excel on Windows set to Vietnamese expects (decimal symbol `,`, list separator `;`), so a
 *   double-click opens the file in columns with its numbers as numbers. `standard`: `,` between
 *   cells and `.` as the decimal mark, for scripts, databases and spreadsheets in other locales.
 *   No `sep=` line is written: Excel then ignores the byte order mark.
 */

/** How the cells of a CSV file are separated and how decimals are written. */
export type CsvDialect = 'excel-vi' | 'standard';

export interface CsvOptions {
  /** `excel-vi` (default): `;` and decimal `,`; `standard`: `,` and decimal `.`. */
  dialect?: CsvDialect;
  /** Write the UTF-8 byte order mark first (default true). */
  bom?: boolean;
}

/** The value of one cell: text, a number, a yes/no, a list (joined with `|`) or nothing. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The separator between cells in a dialect. */
export function csvSeparator(dialect: CsvDialect = 'excel-vi'): ';' | ',' {
  return dialect === 'standard' ? ',' : ';';
}

/** One cell, neutralised against formula injection and quoted when it has to be. */
export function csvCell(value: CsvValue, dialect: CsvDialect = 'excel-vi'): string {
  const separator = csvSeparator(dialect);
  let s: string;
  if (value === undefined || value === null) s = '';
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    s = String(value);
    if (dialect === 'excel-vi') s = s.replace('.', ',');
  } else if (typeof value === 'boolean') s = value ? '1' : '0';
  else if (Array.isArray(value)) s = value.map((v) => String(v)).join('|');
  else s = String(value);
  if (typeof value !== 'number' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  if (s.includes(separator) || s.includes('"') || s.includes('\n') || s.includes('\r')) {
    s = `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

/** A whole CSV file: a header row, then one row per record. */
export function toCsv(
  header: readonly CsvValue[],
  rows: Iterable<readonly CsvValue[]>,
  options: CsvOptions = {},
): string {
  const dialect = options.dialect ?? 'excel-vi';
  const separator = csvSeparator(dialect);
  const line = (cells: readonly CsvValue[]) => cells.map((c) => csvCell(c, dialect)).join(separator);
  const lines = [line(header)];
  for (const row of rows) lines.push(line(row));
  return `${options.bom === false ? '' : CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** JSON export: indented, UTF-8, with a final newline; `undefined` fields are left out. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export const CSV_MIME = 'text/csv;charset=utf-8';
export const JSON_MIME = 'application/json;charset=utf-8';
