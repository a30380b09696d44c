/**
 * @custom-elements-manifest/analyzer: documents every element from its JSDoc.
 * Elements register through `Class.define('ansinh-x')` in src/define/*.ts (a define() that warns on
 * a second copy instead of throwing); the plugin below teaches the analyzer that call.
 */
function ansinhDefinePlugin() {
  const tags = new Map(); // class name -> tag name
  return {
    name: 'ansinh-define',
    analyzePhase({ ts, node }) {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.arguments.length === 1 &&
        ts.isStringLiteral(node.arguments[0]) &&
        node.arguments[0].text.startsWith('ansinh-')
      ) {
        tags.set(node.expression.expression.text, node.arguments[0].text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const tag = tags.get(decl.name);
          if (decl.kind === 'class' && tag) {
            decl.customElement = true;
            decl.tagName = tag;
          }
          // AnsinhElement.emit(name, …) dispatches `new CustomEvent(name)`: the analyzer reads the
          // parameter as an event called "name". Every real event is `ansinh-…` and documented with @event.
          if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('ansinh-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/contract/**', 'src/fhir/**', 'src/data/**', 'src/i18n/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [ansinhDefinePlugin()],
};
