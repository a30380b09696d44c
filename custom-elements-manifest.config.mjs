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

/** What a portal codes against: no private, protected or underscore members (issue 19). */
function isPublic(member) {
  return !['private', 'protected'].includes(member.privacy) && !/^[_#]/.test(member.name ?? '');
}

/** `src/x/y.ts` -> `dist/x/y.js`: the manifest names the files the package ships (issue 19). */
function shipped(path) {
  return typeof path === 'string' && path.startsWith('src/') ? path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : path;
}

/**
 * Publishes the manifest of the package as shipped: public members only, module paths in dist/,
 * and only modules that still declare or export something after that.
 */
function publicManifestPlugin() {
  const rewrite = (ref) => {
    if (ref && typeof ref === 'object' && typeof ref.module === 'string') ref.module = shipped(ref.module);
  };
  return {
    name: 'ansinh-public-manifest',
    packageLinkPhase({ customElementsManifest }) {
      // Type-only modules and re-export barrels emit no .js file: only modules that declare
      // something, and the root entry, are listed.
      const modules = customElementsManifest.modules.filter((mod) => mod.path === 'src/index.ts' || (mod.declarations ?? []).length > 0);
      for (const mod of modules) {
        mod.path = shipped(mod.path);
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter(isPublic);
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !/^[_#]/.test(a.fieldName ?? ''));
          rewrite(decl.superclass);
          for (const m of decl.members ?? []) rewrite(m.inheritedFrom);
          for (const a of decl.attributes ?? []) rewrite(a.inheritedFrom);
          for (const e of decl.events ?? []) rewrite(e.inheritedFrom);
          for (const m of decl.mixins ?? []) rewrite(m);
        }
        for (const exp of mod.exports ?? []) rewrite(exp.declaration);
      }
      customElementsManifest.modules = modules;
    },
  };
}

export default {
  // The elements and what they inherit from; their parts, models, messages and controllers are
  // internals (issue 19: the manifest describes what a portal codes against).
  globs: ['src/index.ts', 'src/define/*.ts', 'src/components/*/*.ts', 'src/base/ansinh-element.ts', 'src/base/context.ts', 'src/base/primitives/*.ts'],
  // Not part of the elements' API: the sample data (ansinh/sample has no elements), the hash worker
  // (bundled as an asset), the contrast arithmetic of the theme tests and stories, the CDN entry and its loader.
  exclude: ['src/components/*/model.ts', 'src/components/*/messages.ts', 'src/base/primitives/messages.ts', 'src/sample/**', 'src/**/hash-worker.ts', 'src/tokens/contrast.ts', 'src/cdn.ts', 'src/loader.ts', 'src/**/*.styles.ts', 'src/contract/**', 'src/fhir/**', 'src/data/**', 'src/i18n/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [ansinhDefinePlugin(), publicManifestPlugin()],
};
