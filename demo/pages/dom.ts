/** Small DOM helpers for the demo pages: everything through DOM APIs, never HTML strings. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** Creates an ansinh element (or any custom element) with attributes and properties. */
export function ce<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  props: Record<string, unknown> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  Object.assign(node, props);
  return node;
}

/** A bordered section; elements with their own heading (charts, ledger) need no title. */
export function panel(title: string | undefined, ...children: Node[]): HTMLElement {
  const section = el('section', undefined, { class: 'panel' });
  if (title) section.append(el('h2', title));
  section.append(...children);
  return section;
}
