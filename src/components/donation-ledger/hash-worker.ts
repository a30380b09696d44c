/**
 * The ledger's hash worker: hashes batches of entries (SHA-256 over canonical JSON) off the main
 * thread. Started by `verifyChain` in chain.ts for large ledgers; where it cannot start (a strict
 * `worker-src`, a library served from another origin, a bundler that did not copy the file) the
 * chain is verified on the main thread in slices instead, with the same result.
 *
 * Request and reply: `HashRequest` and `HashReply` (hashing.ts), where the work itself is done
 * (and tested); this file is only the message glue.
 */
import { answerHashRequest, type HashRequest } from './hashing.js';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage(message: unknown): void;
  crypto?: Crypto;
  isSecureContext?: boolean;
};
const available = scope.crypto?.subtle && scope.isSecureContext !== false ? scope.crypto.subtle : null;

scope.onmessage = async (event) => scope.postMessage(await answerHashRequest(event.data, available));
