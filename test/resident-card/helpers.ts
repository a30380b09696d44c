import { executeServerCommand } from '@web/test-runner-commands';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';

/**
 * Everything of a card that could reach a person or a script: every text node and every attribute
 * value (aria-*, title, alt, data-*…) in its shadow tree, in nested shadow trees, and in its light
 * DOM. Hidden nodes count too: the rule is that a value is not in the DOM at all.
 */
export function domDump(el: Element): string {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.nodeValue ?? '');
    if (node instanceof Element) {
      for (const a of Array.from(node.attributes)) out.push(`${a.name}=${a.value}`);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(el);
  return out.join('\n');
}

export interface AxNode {
  role: string;
  name: string;
  description: string;
  value: string;
  ignored: boolean;
}

/** Chromium's accessibility tree of the whole page, flattened to the strings it exposes. */
export async function axText(): Promise<string> {
  const nodes = await executeServerCommand<AxNode[], Record<string, never>>('ax-tree', {});
  return nodes.map((n) => [n.role, n.name, n.description, n.value].join(' | ')).join('\n');
}

/** The text a printed page shows of the card (layout-aware, after `emulateMedia({media:'print'})`). */
export function renderedText(el: AnsinhResidentCard): string {
  const card = el.shadowRoot!.querySelector<HTMLElement>('.card');
  return card ? card.innerText : '';
}

/** The shadow root's text content, whitespace collapsed. */
export function shadowText(el: Element): string {
  return domText(el.shadowRoot!);
}

function domText(root: Node): string {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.nodeValue ?? '');
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const c of Array.from(node.childNodes)) visit(c);
  };
  visit(root);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements in the card's shadow tree that take keyboard focus. */
export function focusables(el: Element): HTMLElement[] {
  return Array.from(
    el.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]'),
  ).filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled);
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
