// Writes the design tokens as a plain CSS file (dist/tokens/ansinh.css) for pages that prefer a
// <link> to the constructable stylesheet the elements install, and copies the optional self-hosted
// font files. The tokens' source of truth stays the TS module in src/tokens/.
import { mkdirSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const tokensModule = resolve('dist/tokens/tokens.js');
mkdirSync('dist/tokens', { recursive: true });
if (existsSync(tokensModule)) {
  const mod = await import(pathToFileURL(tokensModule).href);
  const text = typeof mod.tokensText === 'function' ? mod.tokensText() : String(mod.tokensCss?.cssText ?? '');
  if (!text.trim()) throw new Error('dist/tokens/tokens.js exports no tokens text.');
  writeFileSync('dist/tokens/ansinh.css', text);
  console.log(`dist/tokens/ansinh.css: ${text.length} characters`);
}
if (existsSync('src/tokens/fonts.css')) cpSync('src/tokens/fonts.css', 'dist/tokens/fonts.css');

// Optional self-hosted Be Vietnam Pro (never a font CDN): fonts.css points at ./files/….
const fontDir = 'node_modules/@fontsource/be-vietnam-pro/files';
if (existsSync(fontDir)) {
  mkdirSync('dist/tokens/files', { recursive: true });
  for (const subset of ['vietnamese', 'latin']) {
    for (const weight of [400, 500, 700]) {
      // woff2 only: every browser ansinh supports reads it (docs/browser-support.md), and the woff
      // copies cost 70 kB of the package (issue 19).
      for (const ext of ['woff2']) {
        const name = `be-vietnam-pro-${subset}-${weight}-normal.${ext}`;
        cpSync(`${fontDir}/${name}`, `dist/tokens/files/${name}`);
      }
    }
  }
  // The fonts are under the SIL Open Font License 1.1, which asks that its notice travel with them.
  cpSync('node_modules/@fontsource/be-vietnam-pro/LICENSE', 'dist/tokens/files/OFL.txt');
}
