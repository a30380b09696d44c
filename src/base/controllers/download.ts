/**
 * Saving a file from an element: a Blob behind an object URL and a hidden `<a download>`, which
 * works under a strict Content-Security-Policy (no `data:` URL, no new window) and inside shadow
 * roots. One helper, so every element names and cleans up its downloads the same way.
 */

/**
 * A file name safe on Windows, macOS and Android: letters, digits, `.`, `_` and `-` only (other
 * characters become `_`), Vietnamese diacritics folded to ASCII (many phones' file managers and
 * e-mail gateways still mangle them), at most 120 characters.
 */
export function safeFilename(name: string, fallback = 'ansinh'): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const cleaned = ascii.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._-]+/, '').slice(0, 120);
  return cleaned || fallback;
}

/**
 * Starts the download of `blob` as `filename`. The link is added to `container` (an element's
 * render root, so the click stays inside the component) and removed at once; the object URL is
 * revoked once the browser has had time to start reading it.
 */
export function downloadBlob(container: Node & ParentNode, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFilename(filename);
  a.rel = 'noopener';
  a.hidden = true;
  container.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Starts the download of a text file (CSV, JSON) with the given MIME type. */
export function downloadText(container: Node & ParentNode, text: string, filename: string, type: string): void {
  downloadBlob(container, new Blob([text], { type }), filename);
}
