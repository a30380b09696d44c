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

/** A batch the hash worker is asked to hash. */
export interface HashRequest {
  id: number;
  items: unknown[];
  /** false: hash with JavaScript even where Web Crypto exists (the page asked for it). */
  webCrypto?: boolean;
}

/** The hash worker's answer: `hashes[i]` is '' when item i cannot be hashed (not JSON data). */
export interface HashReply {
  id: number;
  hashes: string[];
  method: 'web-crypto' | 'javascript';
}

/**
 * What the hash worker does with one request (hash-worker.ts is only its message glue), kept here
 * so the tests measure it on the main thread, where coverage reaches.
 */
export async function answerHashRequest(request: HashRequest, available: SubtleCrypto | null): Promise<HashReply> {
  const { id, items } = request;
  const subtle = request.webCrypto === false ? null : available;
  const hashes = new Array<string>(items.length);
  const pending: Promise<void>[] = [];
  for (let i = 0; i < items.length; i++) {
    const p = hashInto(hashes, i, items[i], subtle);
    if (p) pending.push(p);
  }
  await Promise.all(pending);
  return { id, hashes, method: subtle ? 'web-crypto' : 'javascript' };
}
