/**
 * The ledger's hash worker: hashes batches of entries (SHA-256 over canonical JSON) off the main
 * thread. Started by `verifyChain` in chain.ts for large ledgers; where it cannot start (a strict
 * `worker-src`, a library served from another origin, a bundler that did not copy the file) the
 * chain is verified on the main thread in slices instead, with the same result.
 *
 * Request: `{ id, items, webCrypto }`. Reply: `{ id, hashes, method }`, `hashes[i]` '' when item i cannot be
 * hashed (not JSON data).
 */
import { hashInto } from './hashing.js';

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

scope.onmessage = async (event) => {
  const { id, items } = event.data;
  const subtle = event.data.webCrypto === false ? null : available;
  const hashes = new Array<string>(items.length);
  const pending: Promise<void>[] = [];
  for (let i = 0; i < items.length; i++) {
    const p = hashInto(hashes, i, items[i], subtle);
    if (p) pending.push(p);
  }
  await Promise.all(pending);
  scope.postMessage({ id, hashes, method: subtle ? 'web-crypto' : 'javascript' });
};
