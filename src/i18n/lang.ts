/** The languages ansinh ships. Vietnamese is the default. */
export type Lang = 'vi' | 'en';

export const DEFAULT_LANG: Lang = 'vi';

/** Maps any BCP 47 tag to a shipped language: `en`, `en-GB` -> en; everything else -> vi. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : DEFAULT_LANG;
}

/**
 * The language that applies to a node: its own `lang`, else the nearest ancestor's, crossing
 * shadow roots to their hosts, else the document's, else Vietnamese.
 */
export function resolveLang(node: Element): Lang {
  let el: Element | null = node;
  while (el) {
    const tag = el.getAttribute('lang');
    if (tag) return toLang(tag);
    const parent: Element | null = el.parentElement;
    if (parent) {
      el = parent;
    } else {
      const root = el.getRootNode();
      el = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return toLang(node.ownerDocument?.documentElement.getAttribute('lang'));
}
