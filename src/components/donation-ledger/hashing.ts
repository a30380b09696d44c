/**
 * Hashing one ledger entry (SHA-256 over its canonical JSON), shared by the main thread (chain.ts)
 * and the hash worker (hash-worker.ts), so both give the same hashes by construction.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson } from '../../contract/canonical.js';

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const encoder = new TextEncoder();

/** Lower-case hex of bytes (a digest). */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]!];
  return s;
}

/** Canonical JSON of an item, or null for values that cannot be serialised (cyclic, exotic). */
export function canonicalOrNull(item: unknown): string | null {
  try {
    return canonicalJson(item);
  } catch {
    return null;
  }
}

/**
 * Writes the hash of `item` to `hashes[at]` ('' when it cannot be hashed): at once with
 * @noble/hashes, or through the returned promise with Web Crypto.
 */
export function hashInto(hashes: string[], at: number, item: unknown, subtle: SubtleCrypto | null): Promise<void> | undefined {
  const text = canonicalOrNull(item);
  if (text === null) {
    hashes[at] = '';
    return undefined;
  }
  const bytes = encoder.encode(text);
  if (!subtle) {
    hashes[at] = toHex(sha256(bytes));
    return undefined;
  }
  return subtle.digest('SHA-256', bytes).then((b) => void (hashes[at] = toHex(new Uint8Array(b))));
}
