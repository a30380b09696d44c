/** Types of ./sideways.js (plain JavaScript, so the Node smoke test can import it too). */
export function sidewaysOverflow(doc: Document): { over: number; culprits: string[] };
