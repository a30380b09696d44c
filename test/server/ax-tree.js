// The page's real accessibility tree, from Chromium itself (CDP Accessibility.getFullAXTree), for
// tests that must prove a value never reaches assistive technology. Playwright's
// page.accessibility (used by a11ySnapshot) no longer exists, hence this command:
//   ax-tree {} -> [{ role, name, description, value, ignored }] for every node of the page
export function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('ax-tree needs the Playwright launcher');
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const text = (v) => (v && v.value !== undefined ? String(v.value) : '');
        return nodes.map((n) => ({
          role: text(n.role),
          name: text(n.name),
          description: text(n.description),
          value: text(n.value),
          ignored: !!n.ignored,
        }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
