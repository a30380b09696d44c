import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import type { Plugin } from 'vite';

type PluginOptions = NonNullable<Parameters<typeof minifyHTMLLiterals>[0]>;

/**
 * Minifies the markup in Lit `html` and the CSS in `css` templates of src/ (the Lit team's plugin:
 * html-minifier-next for markup, LightningCSS for CSS), in the library and the CDN builds alike.
 * Comments and indentation inside templates are otherwise shipped as written, since no JS
 * minifier touches a template's text.
 *
 * Kept from the defaults: comments removed. Changed: whitespace is collapsed to one space, never
 * removed (`conservativeCollapse`): the minifier cannot see what a binding inserts, and removing
 * it dropped a visible space ("Thông tin phiếu ·Câu 1/55", where a span ends in " · " before a
 * binding); empty attributes are kept (`alt=""` marks a decorative image); inline JS is not
 * touched (there is none: CSP). A template that matters for speed is written without whitespace
 * between its tags by hand (the compact resident card). A `css` template that LightningCSS cannot
 * read on its own (a declaration list, or a selector made of an interpolated piece, as in
 * tokens.ts and resident-card.styles.ts) is left as written and listed once per build; a markup
 * template the minifier cannot read fails the build.
 */
export function minifyTemplates(): Plugin {
  const unread: string[] = [];
  const strategy = {
    ...defaultStrategy,
    minifyCSS(text: string, options?: object): string {
      try {
        return defaultStrategy.minifyCSS!(text, options);
      } catch (err) {
        unread.push(`${text.trim().slice(0, 60).replace(/\s+/g, ' ')}… (${err instanceof Error ? err.message : String(err)})`);
        return text;
      }
    },
  };
  const plugin = minifyHTMLLiterals({
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.d.ts'],
    failOnError: true,
    // A custom strategy: the plugin's types only know the default one.
    options: { strategy, minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false, minifyJS: false } } as unknown as PluginOptions['options'],
  }) as unknown as Plugin;
  return {
    ...plugin,
    name: 'ansinh-minify-templates',
    enforce: 'pre',
    buildEnd() {
      if (unread.length) this.info(`${unread.length} css templates left as written:\n  ${unread.join('\n  ')}`);
      unread.length = 0;
    },
  };
}
