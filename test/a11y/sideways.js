// How far a laid-out page scrolls sideways, and where: shared by the Storybook smoke test
// (Chromium, through Playwright's page.evaluate) and test/a11y/stories.test.ts (Firefox, WebKit).
// Self-contained on purpose: page.evaluate sends the function's source, not its imports.

/**
 * How far `doc` scrolls sideways (0 or 1: it reflows) and the innermost elements that stick out
 * past the right edge (those with no descendant past it), shadow roots included, each with its
 * host, at most three.
 * @param {Document} doc
 * @returns {{ over: number, culprits: string[] }}
 */
export function sidewaysOverflow(doc) {
  const root = doc.documentElement;
  const over = Math.max(root.scrollWidth, doc.body.scrollWidth) - root.clientWidth;
  /** @type {string[]} */
  const culprits = [];
  if (over <= 1) return { over, culprits };
  const edge = root.clientWidth + 1;
  /** @param {Element} el */
  const name = (el) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  /** @param {ParentNode} node @param {string} host @returns {boolean} */
  const walk = (node, host) => {
    let found = false;
    for (const el of node.children) {
      const inner = walk(el.shadowRoot ?? el, el.shadowRoot ? el.localName : host);
      const box = el.getBoundingClientRect();
      if (!inner && box.right > edge && box.width > 0) {
        if (culprits.length < 3) culprits.push(`${host ? `${host} > ` : ''}${name(el)} (${Math.round(box.left)}-${Math.round(box.right)} px)`);
        found = true;
      }
      found ||= inner;
    }
    return found;
  };
  walk(doc.body, '');
  return { over, culprits };
}
