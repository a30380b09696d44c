/**
 * Installs the design tokens (CSS custom properties `--ansinh-*`) into a document once, as a
 * constructable stylesheet in a cascade layer so any host or tenant CSS overrides them.
 * Constructable stylesheets need no 'unsafe-inline' under a strict Content-Security-Policy.
 * (Placeholder until the tokens land; see src/tokens/.)
 */
export function installTokens(_doc: Document): void {}
