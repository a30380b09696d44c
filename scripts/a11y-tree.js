// The accessibility tree a screen reader is given, as Chromium computes it (DevTools protocol,
// Accessibility.getFullAXTree), written as indented text so that a change in what is announced is
// a visible diff in review. Used by the Storybook smoke test (scripts/storybook-smoke.js), which
// keeps one snapshot per story and language in test/a11y/trees/.
//
// One line per node a screen reader reaches: role, "name", then its description, value and the
// states that are set (checked, expanded, disabled, invalid...). Left out, as screen readers
// leave them out: nodes the browser marks ignored (aria-hidden, display:none, presentational),
// nameless `generic` wrappers and the text boxes inside a text node; their children are kept.
// A text node whose words are exactly its parent's name is not repeated, nor a value text that
// only repeats a numeric value.

/** Roles a user operates: each must have a name (WCAG 4.1.2). */
const OPERABLE = new Set([
  'button', 'link', 'checkbox', 'radio', 'textbox', 'searchbox', 'combobox', 'listbox', 'option',
  'slider', 'spinbutton', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio',
  'treeitem', 'DisclosureTriangle',
]);
/** States worth hearing; false and empty values are left out. */
const STATES = [
  'checked', 'pressed', 'expanded', 'selected', 'disabled', 'required', 'invalid', 'readonly',
  'level', 'modal', 'multiselectable', 'haspopup', 'live', 'busy', 'valuetext',
];
const SKIPPED_ROLES = new Set(['InlineTextBox', 'none', 'LineBreak']);

/** Whitespace collapsed; a SHA-256 in hex (a ledger's chain head, generated data) is shown as ‹sha-256›. */
const clean = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\b[0-9a-f]{64}\b/g, '‹sha-256›')
    .trim();
const quote = (text) => JSON.stringify(text);

/**
 * The accessibility tree under the element matched by `selector` (shadow roots included, as the
 * browser flattens them), from a Playwright page. Resolves to { lines, problems }.
 */
export async function accessibilityTree(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return { lines: [], problems: [`no element matches ${selector}`] };
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return serialize(nodes, node.backendNodeId);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Text lines and findings for the subtree of the AX node that stands for DOM node `backendId`. */
export function serialize(nodes, backendId) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const start = nodes.find((n) => n.backendDOMNodeId === backendId);
  const lines = [];
  const problems = [];
  if (!start) return { lines, problems: ['the story root is not in the accessibility tree'] };

  const visit = (node, depth, parentName) => {
    const role = node.role?.value ?? '';
    const name = clean(node.name?.value);
    const props = Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value?.value]));
    const shown =
      !node.ignored &&
      !SKIPPED_ROLES.has(role) &&
      !(role === 'generic' && !name) &&
      !(role === 'StaticText' && (name === '' || name === parentName));
    let childDepth = depth;
    let childParentName = parentName;
    if (shown && node !== start) {
      lines.push('  '.repeat(depth) + describe(role, name, node, props));
      childDepth = depth + 1;
      childParentName = name;
      if (!name && (OPERABLE.has(role) || (props.focusable && role !== 'RootWebArea'))) {
        problems.push(`${role} without an accessible name (${lines.at(-1).trim()})`);
      }
    }
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) visit(child, childDepth, childParentName);
    }
  };
  visit(start, 0, '');
  return { lines, problems };
}

/**
 * The native date field's picker button is named "Show date picker" by Chromium 150 and "Show date
 * picker Show date picker" by Chromium 156 (the browser's own control, not ansinh's): one name for
 * both, so the snapshots hold with whichever Chromium Debian serves.
 */
const nativeName = (role, name) => (role === 'button' && name === 'Show date picker Show date picker' ? 'Show date picker' : name);

function describe(role, name, node, props) {
  if (role === 'StaticText') return `text ${quote(name)}`;
  name = nativeName(role, name);
  let line = role + (name ? ` ${quote(name)}` : '');
  const description = clean(node.description?.value);
  if (description) line += ` description=${quote(description)}`;
  const value = clean(node.value?.value);
  if (value) line += ` value=${quote(value)}`;
  for (const key of STATES) {
    const v = props[key];
    if (v === undefined || v === false || v === 'false' || v === '' || v === 'none' || (key === 'live' && v === 'off')) continue;
    // A value text that only says the value again ("08" for 8: the parts of a native date field in
    // Chromium 150, not in 156) adds nothing to hear, and would tie the snapshots to one version.
    if (key === 'valuetext' && value !== '' && /^\d+$/.test(clean(v)) && Number(clean(v)) === Number(value)) continue;
    line += v === true || v === 'true' ? ` [${key}]` : ` [${key}=${clean(v)}]`;
  }
  return line;
}
