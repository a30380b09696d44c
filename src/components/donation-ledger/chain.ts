/**
 * Verifying the hash chain of a ledger without blocking the page.
 *
 * Each entry's `prevHash` is the SHA-256 of the previous entry's canonical JSON (`canonicalJson`
 * from the contract: the one canonical form, documented in docs/ledger-canonical-form.md). All
 * hashes are independent of each other, so they are computed in time slices of a few
 * milliseconds: with Web Crypto (`crypto.subtle.digest`, many digests in flight at once) where the
 * page is a secure context, else with @noble/hashes (plain-HTTP portals have no `crypto.subtle`).
 * Between slices the verifier yields to the event loop, so no task runs longer than ~10 ms.
 *
 * Large ledgers (4,096 entries and more) are hashed by a small pool of workers (hash-worker.ts),
 * the main thread only copying batches to them. Where a worker cannot start or stops answering,
 * its batches are hashed on the main thread in slices, so the result is the same either way.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson } from '../../contract/canonical.js';
import { hashInto, toHex } from './hashing.js';
import { devWarn } from '../../base/dev.js';

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
  /** Workers that hashed (0: everything on the main thread, in slices). */
  workers: number;
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
  /**
   * Workers to hash with. Default: one per core (at most 4) for 4,096 entries and more,
   * none below that. 0 keeps everything on the main thread.
   */
  workers?: number;
  /** Where the hash worker script is (default: hash-worker.js next to this module). */
  workerUrl?: string | URL;
  /**
   * The main thread has its own work meanwhile (the ledger element reads the entries while the
   * chain is hashed): leave it a core, so the default is one worker per core minus one.
   */
  mainThreadBusy?: boolean;
  /** A worker silent this long (ms) is given up and its batches hashed on the main thread (default 5,000). */
  workerStallMs?: number;
}

export { toHex };

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

const WORKER_MIN = 4096;
const BATCH = 2048;
/** A worker that neither answers nor fails for this long is given up (its batches go to the main thread). */
const WORKER_STALL_MS = 5000;

/** Hashes items [from, to) on the main thread, in slices, yielding between them. */
async function hashRange(
  items: readonly unknown[],
  from: number,
  to: number,
  hashes: string[],
  subtle: SubtleCrypto | null,
  options: VerifyOptions,
  progress: (n: number) => void,
): Promise<void> {
  const slice = options.sliceMs ?? 8;
  let i = from;
  while (i < to) {
    if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('Aborted', 'AbortError');
    const start = performance.now();
    const pending: Promise<void>[] = [];
    const first = i;
    do {
      const p = hashInto(hashes, i, items[i], subtle);
      if (p) pending.push(p);
      i++;
    } while (i < to && ((i - from) & 63 || performance.now() - start < slice));
    if (pending.length) await Promise.all(pending);
    progress(i - first);
    if (i < to) await yieldToMain();
  }
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown };
}
let workerPolicy: { createScriptURL(input: string): unknown } | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a Worker needs a TrustedScriptURL. The policy
 * `ansinh-worker` passes exactly one URL, the library's own hash worker, so it cannot be used to
 * load anything else. Where the page's `trusted-types` directive does not list the name, creating
 * it fails and the chain is hashed on the main thread.
 */
function trustedWorkerUrl(url: URL): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!tt) return url;
  if (workerPolicy === undefined) {
    const own = url.href;
    try {
      workerPolicy = tt.createPolicy('ansinh-worker', {
        createScriptURL: (input) => {
          if (input !== own) throw new TypeError('ansinh-worker: only the ledger hash worker may be loaded');
          return input;
        },
      });
    } catch {
      workerPolicy = null;
    }
  }
  return workerPolicy ? workerPolicy.createScriptURL(url.href) : url;
}

function startWorker(url: string | URL | undefined): Worker | undefined {
  try {
    // A portal's own `workerUrl` (a string, URL or TrustedScriptURL) is used as given.
    if (url) return new globalThis.Worker(url, { type: 'module' });
    // Bundlers (Vite, webpack) build and emit the worker file when they see the literal
    // `new Worker(new URL('./hash-worker.ts', import.meta.url))`; this local `Worker` passes the
    // URL through the Trusted Types policy before calling the real one.
    const Worker = function (own: URL, options: WorkerOptions) {
      return new globalThis.Worker(trustedWorkerUrl(own) as URL, options);
    } as unknown as typeof globalThis.Worker;
    return new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined; // no Worker, a cross-origin script, or a blocked URL
  }
}

function workerCount(options: VerifyOptions, n: number): number {
  if (options.workers !== undefined) return Math.max(0, Math.min(8, Math.floor(options.workers)));
  if (n < WORKER_MIN || typeof Worker === 'undefined') return 0;
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2;
  // The main thread only copies batches while the workers hash, so every core gets one, unless
  // the main thread is busy with other work.
  return Math.max(1, Math.min(4, options.mainThreadBusy ? cores - 1 : cores));
}

/**
 * Hashes with a pool of workers. Resolves with the batches no worker could do (to be hashed on
 * the main thread), and whether every worker batch used Web Crypto.
 */
function hashInWorkers(
  items: readonly unknown[],
  count: number,
  hashes: string[],
  options: VerifyOptions,
  allowWebCrypto: boolean,
  progress: (n: number) => void,
): Promise<{ leftover: [number, number][]; webCrypto: boolean; used: number }> {
  const queue: [number, number][] = [];
  for (let i = 0; i < items.length; i += BATCH) queue.push([i, Math.min(items.length, i + BATCH)]);
  const leftover: [number, number][] = [];
  let webCrypto = true;
  let used = 0;
  return new Promise((resolve, reject) => {
    const live = new Set<Worker>();
    const inFlight = new Map<Worker, Map<number, [number, number]>>();
    const timers = new Map<Worker, ReturnType<typeof setTimeout>>();
    let nextId = 0;
    let settled = false;
    const finish = () => {
      if (settled || live.size || queue.length) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ leftover, webCrypto, used });
    };
    const retire = (w: Worker) => {
      if (!live.delete(w)) return;
      clearTimeout(timers.get(w));
      w.terminate();
      for (const range of inFlight.get(w)?.values() ?? []) leftover.push(range);
      inFlight.delete(w);
      if (!live.size) {
        // No worker left: the rest goes to the main thread.
        leftover.push(...queue.splice(0));
      }
      finish();
    };
    const watch = (w: Worker) => {
      clearTimeout(timers.get(w));
      timers.set(
        w,
        setTimeout(() => retire(w), options.workerStallMs ?? WORKER_STALL_MS),
      );
    };
    const feed = (w: Worker) => {
      const mine = inFlight.get(w)!;
      while (mine.size < 2 && queue.length) {
        const range = queue.shift()!;
        const id = nextId++;
        try {
          w.postMessage({ id, items: items.slice(range[0], range[1]), webCrypto: allowWebCrypto });
          mine.set(id, range);
        } catch {
          leftover.push(range); // not cloneable (functions, proxies): hashed on the main thread
        }
      }
      if (mine.size) watch(w);
      else {
        clearTimeout(timers.get(w));
        live.delete(w);
        w.terminate();
        finish();
      }
    };
    const onAbort = () => {
      if (settled) return;
      settled = true;
      for (const w of live) {
        clearTimeout(timers.get(w));
        w.terminate();
      }
      reject(options.signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const answered = new Set<Worker>();
    for (let k = 0; k < count; k++) {
      const w = startWorker(options.workerUrl);
      if (!w) continue;
      live.add(w);
      inFlight.set(w, new Map());
      w.onmessage = (e: MessageEvent<{ id: number; hashes: string[]; method: HashMethod }>) => {
        const range = inFlight.get(w)?.get(e.data?.id);
        if (!range || !Array.isArray(e.data.hashes) || e.data.hashes.length !== range[1] - range[0]) return retire(w);
        inFlight.get(w)!.delete(e.data.id);
        for (let i = range[0]; i < range[1]; i++) hashes[i] = String(e.data.hashes[i - range[0]]);
        if (e.data.method !== 'web-crypto') webCrypto = false;
        if (!answered.has(w)) {
          answered.add(w);
          used++;
        }
        progress(range[1] - range[0]);
        feed(w);
      };
      w.onerror = (e) => {
        e.preventDefault();
        retire(w);
      };
      w.onmessageerror = () => retire(w);
    }
    if (!live.size) {
      leftover.push(...queue.splice(0));
      finish();
      return;
    }
    for (const w of [...live]) feed(w);
  });
}

/** Hashes every item: in workers for large ledgers, else (and for whatever they leave) in main-thread slices. */
export async function hashAll(items: readonly unknown[], options: VerifyOptions = {}): Promise<{ hashes: string[]; method: HashMethod; workers: number }> {
  const subtle = options.subtle === undefined ? defaultSubtle() : options.subtle;
  const hashes = new Array<string>(items.length);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, items.length);
  };
  if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('Aborted', 'AbortError');
  const count = workerCount(options, items.length);
  let ranges: [number, number][] = [[0, items.length]];
  let webCrypto = !!subtle;
  let workers = 0;
  if (count > 0 && items.length) {
    const r = await hashInWorkers(items, count, hashes, options, !!subtle, progress);
    ranges = r.leftover.sort((a, b) => a[0] - b[0]);
    workers = r.used;
    if (!r.webCrypto) webCrypto = false;
    if (!workers && !options.signal?.aborted) {
      // Seen when a bundler did not emit the worker file (esbuild), the library is served from
      // another origin, or the page's policy refuses workers.
      devWarn(`no hash worker started: ${items.length} ledger entries hashed on the main thread (docs/components/donation-ledger.md#known-issues)`);
    }
  }
  for (const [from, to] of ranges) await hashRange(items, from, to, hashes, subtle, options, progress);
  if (!items.length) options.onProgress?.(0, 0);
  return { hashes, method: webCrypto ? 'web-crypto' : 'javascript', workers };
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
  const { hashes, method, workers } = await hashAll(items, options);
  const brk = findBreak(items, hashes, options.expectedHead);
  const head = items.length ? hashes[items.length - 1] || null : null;
  return brk ? { ok: false, head, hashes, break: brk, method, workers } : { ok: true, head, hashes, method, workers };
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
