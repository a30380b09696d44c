/**
 * Warnings meant for the developer of a portal, not for its visitors. They are shown when Lit
 * itself runs in development mode (a dev server or a bundler resolving the `development` export
 * condition, as Vite and web-test-runner do), and never in the production build or the CDN file.
 */
export function inDevelopment(): boolean {
  // Lit's development build keeps its warnings in this global set; the production build does not.
  return (globalThis as { litIssuedWarnings?: unknown }).litIssuedWarnings !== undefined;
}

/** `console.warn` with the ansinh prefix, in development only. */
export function devWarn(message: string): void {
  if (inDevelopment()) console.warn(`[ansinh] ${message}`);
}
