import type { DataSource } from '../../data/source.js';

/**
 * What this page last read from a source, per key (`resident:ds-0001`, `ledger:`), so an element
 * can show it, labelled offline, when the source cannot be reached. Memory only: nothing personal
 * is written to the device. At most 200 keys per source, the oldest dropped first.
 */
const lastRead = new WeakMap<DataSource, Map<string, { value: unknown; at: number }>>();

export function rememberRead(source: DataSource, key: string, value: unknown): void {
  let byKey = lastRead.get(source);
  if (!byKey) lastRead.set(source, (byKey = new Map()));
  byKey.delete(key);
  byKey.set(key, { value, at: Date.now() });
  if (byKey.size > 200) byKey.delete(byKey.keys().next().value as string);
}

export function recallRead(source: DataSource, key: string): { value: unknown; at: number } | undefined {
  return lastRead.get(source)?.get(key);
}

/** True for failures that mean "not reachable now": no connection, a timeout (duck-typed DataSourceError). */
export function isUnreachable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'network' || code === 'timeout';
}
