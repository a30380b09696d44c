import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** Bans what would let untrusted portal data become markup or code. */
const noRawHtml = [
  { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'unsafeHTML renders untrusted data as markup.' },
  { selector: "ImportSpecifier[imported.name='unsafeSVG']", message: 'unsafeSVG renders untrusted data as markup.' },
  { selector: "ImportDeclaration[source.value=/unsafe-(html|svg)/]", message: 'unsafe-html/unsafe-svg directives are banned.' },
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Never assign innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML parses markup.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'createContextualFragment parses markup.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'document.write parses markup.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function evaluates strings.' },
  { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/] > Literal:first-child", message: 'String timers evaluate code.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', '.tmp/', 'demo/dist/', 'docs/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...noRawHtml],
      // Elements are registered through AnsinhElement.define(), which warns instead of throwing on a second copy.
      'wc/guard-super-call': 'off',
      // Each element merges an interface into its class to type addEventListener with its own
      // event map (base/events.ts, TypedEvents): types only, no member is left uninitialised.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // chai assertions such as `expect(x).to.be.true` are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Benchmark pages read layout properties (e.g. `offsetHeight`) to force a synchronous layout.
    files: ['bench/**/*.js'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
