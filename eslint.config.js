import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers, lowest first (DESIGN "Layers"). Each may import only from those before it, types included; `lit` enters
// at controllers. labels/events/styles are shared by controllers and elements.
const LIT = ['lit', 'lit/*', '@lit/*'];
const above = {
  bank: ['**/engine/**', '**/engine/*.js', '**/lms/**', '**/lms/*.js'],
  engine: ['**/lms/**', '**/lms/*.js'],
  lms: [],
  controllers: ['**/elements/**'],
  elements: [],
};
// The entry points: src/index.ts, src/standalone.ts and the CLI in src/cli (not bank/index.js or engine/index.js).
const top = ['**/standalone.js', '**/cli/**'];
const topRegex = '^(\\.\\./)+(index\\.js|cli(/.*)?)$';
const common = ['**/controllers/**', '**/elements/**', '**/labels.js', '**/events.js', '**/styles/**', ...top];
const restrict = (groups, message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: groups, message },
        { regex: topRegex, message },
      ],
    },
  ],
});
const layerRules = [
  {
    files: ['src/bank/**/*.ts'],
    rules: restrict(
      [...above.bank, ...common, ...LIT],
      'src/bank is the lowest layer: it imports only from src/bank (and zod).',
    ),
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: restrict(
      [...above.engine, ...common, ...LIT],
      'src/engine imports only from src/bank and src/engine; no lit, no DOM.',
    ),
  },
  {
    files: ['src/lms/**/*.ts'],
    rules: restrict([...common, ...LIT], 'src/lms imports only from src/bank, src/engine and src/lms; no lit.'),
  },
  {
    files: ['src/controllers/**/*.ts', 'src/labels.ts', 'src/events.ts', 'src/styles/**/*.ts'],
    rules: restrict(
      [...above.controllers, ...top],
      'controllers (and labels, events, styles) never import elements or entry points.',
    ),
  },
  {
    files: ['src/elements/**/*.ts'],
    rules: restrict(top, 'elements never import the entry points (index, standalone, cli).'),
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'lib/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'custom-elements.json',
      'examples/app/dist/',
      'examples/*-app/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Elements are defined through MlElement.define(), which guards against double registration.
      'wc/guard-super-call': 'off',
      'wc/no-constructor-attributes': 'error',
    },
  },
  ...layerRules,
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
