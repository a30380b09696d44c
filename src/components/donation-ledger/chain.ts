/**
 * Verifying the hash chain of a ledger without blocking the page.
 *
 * Each entry's `prevHash` is the SHA-256 of the previous entry's canonical JSON (`canonicalJson`
 * from the contract: the one canonical form, documented in docs/ledger-canonical-form.md). All
 * hashes are independent of each other, so they are computed in time slices of a few
 * milliseconds: with Web Crypto (`crypto.subtle.digest`, many digests in flight at once) where the
 * page is a secure context, else with @noble/hashes (plain-HTTP portals have no `crypto.subtle`).
 * Between slices the verifier yields to the event loop, so no task runs longer than ~10 ms.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson } from '../../contract/index.js';

export type HashMethod = 'web-crypto' | 'javascript';

export type BreakReason =
  /** The first entry points at a previous entry: the start of the ledger is missing. */
  | 'missing-start'
  /** The entry points at another entry of the ledger than the one before it. */
  | 'reordered'
  /** The entry before was changed after it was recorded, or entries between them were removed. */
  | 'tampered-or-missing'
  /** The entry cannot be hashed (not JSON data). */
  | 'unhashable'
  /** The last entry does not hash to the published chain head (it was changed, or entries were cut off). */
  | 'head-mismatch';

export interface ChainBreak {
  /** Chain position of the first entry whose link fails. */
  index: number;
  reason: BreakReason;
  /** For `reordered`: the position of the entry it points at. */
  pointsAt?: number;
}

export interface ChainResult {
  ok: boolean;
  /** Hash of the last entry (what the next entry's `prevHash` must be); null when empty. */
  head: string | null;
  /** `hashes[i]` is the hash of entry i ('' when it could not be hashed). */
  hashes: string[];
  break?: ChainBreak;
  method: HashMethod;
}

export interface VerifyOptions {
  /**
   * The Web Crypto implementation to use; `null` forces the JavaScript fallback (what a page on
   * plain HTTP gets). Default: `globalThis.crypto.subtle` when present.
   */
  subtle?: SubtleCrypto | null;
  /** Published chain head to compare the last entry with. */
  expectedHead?: string | null;
  /** Longest slice of work between yields, in ms (default 8). */
  sliceMs?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]!];
  return s;
}

const encoder = new TextEncoder();

/** The Web Crypto of this page, or null where it is missing (insecure origins). */
export function defaultSubtle(): SubtleCrypto | null {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  return c && c.subtle && (globalThis as { isSecureContext?: boolean }).isSecureContext !== false ? c.subtle : null;
}

/** SHA-256 of a text as hex, with Web Crypto when given, else @noble/hashes. */
export async function sha256Text(text: string, subtle: SubtleCrypto | null = defaultSubtle()): Promise<string> {
  const bytes = encoder.encode(text);
  if (subtle) return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
  return toHex(sha256(bytes));
}

/** `ledgerEntryHash` without blocking: the hash the next entry puts in `prevHash`. */
export function entryHash(entry: unknown, subtle: SubtleCrypto | null = defaultSubtle()): Promise<string> {
  return sha256Text(canonicalJson(entry), subtle);
}

/**
 * Yields to the event loop between slices of work: a posted task, queued behind whatever the page
 * already scheduled. (`scheduler.yield()` is not used on purpose: its continuation jumps ahead
 * of other tasks, which starved the virtualiser's own layout work until loading had finished.)
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

function prevHashOf(item: unknown): unknown {
  return item !== null && typeof item === 'object' ? (item as { prevHash?: unknown }).prevHash : undefined;
}

function canonicalOrNull(item: unknown): string | null {
  try {
    return canonicalJson(item);
  } catch {
    return null; // cyclic or exotic values: reported as 'unhashable', never thrown
  }
}

/** Hashes every item, in slices, yielding between them. */
export async function hashAll(items: readonly unknown[], options: VerifyOptions = {}): Promise<{ hashes: string[]; method: HashMethod }> {
  const subtle = options.subtle === undefined ? defaultSubtle() : options.subtle;
  const slice = options.sliceMs ?? 8;
  const hashes = new Array<string>(items.length);
  let i = 0;
  while (i < items.length) {
    if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('Aborted', 'AbortError');
    const start = performance.now();
    const pending: Promise<void>[] = [];
    do {
      const at = i;
      const text = canonicalOrNull(items[at]);
      if (text === null) hashes[at] = '';
      else if (subtle) {
        pending.push(subtle.digest('SHA-256', encoder.encode(text)).then((b) => void (hashes[at] = toHex(new Uint8Array(b)))));
      } else hashes[at] = toHex(sha256(encoder.encode(text)));
      i++;
    } while (i < items.length && (i & 63 || performance.now() - start < slice));
    if (pending.length) await Promise.all(pending);
    options.onProgress?.(i, items.length);
    if (i < items.length) await yieldToMain();
  }
  return { hashes, method: subtle ? 'web-crypto' : 'javascript' };
}

/**
 * Finds the first broken link, given every entry's hash. Pure and synchronous (one pass), so
 * it can be tested without crypto.
 */
export function findBreak(items: readonly unknown[], hashes: readonly string[], expectedHead?: string | null): ChainBreak | undefined {
  let byHash: Map<string, number> | undefined;
  const lookup = (h: unknown) => {
    if (typeof h !== 'string') return undefined;
    byHash ??= new Map(hashes.map((x, i) => [x, i]));
    return byHash.get(h);
  };
  for (let i = 0; i < items.length; i++) {
    if (hashes[i] === '') return { index: i, reason: 'unhashable' };
    const p = prevHashOf(items[i]);
    const want = i === 0 ? null : hashes[i - 1];
    if (p === want) continue;
    const j = lookup(p);
    if (i === 0) return j === undefined ? { index: 0, reason: 'missing-start' } : { index: 0, reason: 'reordered', pointsAt: j };
    if (p === null || (j !== undefined && j !== i - 1)) return { index: i, reason: 'reordered', pointsAt: j };
    return { index: i, reason: 'tampered-or-missing' };
  }
  if (expectedHead !== undefined && items.length) {
    const last = hashes[items.length - 1];
    if (last !== expectedHead) return { index: items.length - 1, reason: 'head-mismatch' };
  }
  return undefined;
}

/**
 * Verifies a whole chain: every `prevHash` must be the hash of the entry before it (null for the
 * first). Never throws for bad data; rejects only when aborted.
 */
export async function verifyChain(items: readonly unknown[], options: VerifyOptions = {}): Promise<ChainResult> {
  const { hashes, method } = await hashAll(items, options);
  const brk = findBreak(items, hashes, options.expectedHead);
  const head = items.length ? hashes[items.length - 1] || null : null;
  return brk ? { ok: false, head, hashes, break: brk, method } : { ok: true, head, hashes, method };
}

// ---------------------------------------------------------------------------------------------
// Signatures (ECDSA P-256 over SHA-256, Web Crypto)
// ---------------------------------------------------------------------------------------------

export const SIGNATURE_ALGORITHM = 'ES256';

function b64urlEncode(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function b64Decode(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const norm = text.trim().replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(norm + '='.repeat((4 - (norm.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** What is signed: the canonical JSON of the value without its `signature` member. */
export function signedText(value: Record<string, unknown>): string {
  const { signature: _ignored, ...rest } = value;
  return canonicalJson(rest);
}

/** Signs `value` (a disclosure) with an ECDSA P-256 private key; returns it with `signature`. */
export async function signWithKey<T extends Record<string, unknown>>(
  value: T,
  privateKey: CryptoKey,
  keyId?: string,
  subtle: SubtleCrypto = crypto.subtle,
): Promise<T & { signature: { algorithm: string; value: string; keyId?: string } }> {
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, encoder.encode(signedText(value)));
  return {
    ...value,
    signature: { algorithm: SIGNATURE_ALGORITHM, value: b64urlEncode(new Uint8Array(sig)), ...(keyId ? { keyId } : {}) },
  };
}

export type SignatureStatus = 'valid' | 'invalid' | 'missing' | 'no-key' | 'unsupported';

/**
 * Checks the `signature` of a value against a portal's public key (JWK, EC P-256). `unsupported`
 * when Web Crypto is absent (plain HTTP): the signature is then neither accepted nor rejected.
 */
export async function verifySignature(
  value: Record<string, unknown>,
  publicKey: JsonWebKey | undefined,
  subtle: SubtleCrypto | null = defaultSubtle(),
): Promise<SignatureStatus> {
  const sig = value.signature as { algorithm?: unknown; value?: unknown } | undefined;
  if (!sig || typeof sig.value !== 'string') return 'missing';
  if (!publicKey) return 'no-key';
  if (!subtle) return 'unsupported';
  if (sig.algorithm !== SIGNATURE_ALGORITHM) return 'invalid';
  const bytes = b64Decode(sig.value);
  if (!bytes || bytes.length !== 64) return 'invalid';
  try {
    const key = await subtle.importKey('jwk', publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const ok = await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes, encoder.encode(signedText(value)));
    return ok ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/**
 * Synchronous `prevHash` of an entry with @noble/hashes, for code that builds chains (back ends in
 * JavaScript, fixtures, generators). Same value as `entryHash` and the contract's `ledgerEntryHash`.
 */
export function entryHashSync(entry: unknown): string {
  return toHex(sha256(encoder.encode(canonicalJson(entry))));
}
