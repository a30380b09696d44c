/**
 * CSV export: UTF-8 with a byte-order mark (so Excel opens Vietnamese text correctly), CRLF line
 * ends, RFC 4180 quoting, and cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) prefixed with an apostrophe (OWASP "CSV injection").
 */
export const BOM = '\uFEFF';

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
