/**
 * The canonical JSON form the ledger hash chain is computed over (docs/ledger-canonical-form.md).
 * A module of its own, with no imports, so the hash worker can be bundled without the contract.
 */

/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, `undefined` dropped.
 * Matches RFC 8785 for the values the contract uses (strings, integers, booleans, null).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}
