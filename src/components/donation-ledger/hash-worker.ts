/**
 * The ledger's hash worker: hashes batches of entries (SHA-256 over canonical JSON) off the main
 * thread. Started by `verifyChain` in chain.ts for large ledgers; where it cannot start (a strict
 * `worker-src`, a library served from another origin, a bundler that did not copy the file) the
 * chain is verified on the main thread in slices instead, with the same result.
 *
 * Request: `{ id, items, webCrypto }`. Reply: `{ id, hashes, method }`, `hashes[i]` '' when item i cannot be
 * hashed (not JSON data).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson } from '../../contract/canonical.js';
import { toHex } from './hex.js';

interface HashRequest {
  id: number;
  items: unknown[];
  /** false: hash with JavaScript even where Web Crypto exists (the page asked for it). */
  webCrypto?: boolean;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage(message: unknown): void;
  crypto?: Crypto;
  isSecureContext?: boolean;
};
const available = scope.crypto?.subtle && scope.isSecureContext !== false ? scope.crypto.subtle : null;
const encoder = new TextEncoder();

scope.onmessage = async (event) => {
  const { id, items } = event.data;
  const subtle = event.data.webCrypto === false ? null : available;
  const hashes = new Array<string>(items.length);
  const pending: Promise<void>[] = [];
  for (let i = 0; i < items.length; i++) {
    let text: string;
    try {
      text = canonicalJson(items[i]);
    } catch {
      hashes[i] = '';
      continue;
    }
    const bytes = encoder.encode(text);
    if (subtle) pending.push(subtle.digest('SHA-256', bytes).then((b) => void (hashes[i] = toHex(new Uint8Array(b)))));
    else hashes[i] = toHex(sha256(bytes));
  }
  await Promise.all(pending);
  scope.postMessage({ id, hashes, method: subtle ? 'web-crypto' : 'javascript' });
};
