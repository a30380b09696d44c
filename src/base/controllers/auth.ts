/**
 * When a load failed for want of a sign-in (401, 403, a redirect to a sign-in page: a
 * DataSourceError whose `needsSignIn` is true), fires `ansinh-auth-required` from `host`, so the
 * page can open its sign-in; the element shows "sign in" with a retry meanwhile. Duck-typed, so an
 * element that only reads through a source does not carry the error class.
 */
export function signalAuthRequired(host: HTMLElement, err: unknown): void {
  const e = err as { needsSignIn?: unknown; code?: unknown; status?: unknown; localized?: unknown } | null;
  if (!e || e.needsSignIn !== true) return;
  const error = { code: String(e.code), message: e.localized as { vi: string; en: string }, ...(typeof e.status === 'number' ? { status: e.status } : {}) };
  host.dispatchEvent(new CustomEvent('ansinh-auth-required', { bubbles: true, composed: true, detail: { error } }));
}
