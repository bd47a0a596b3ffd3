// Lint and layer rules, run by `npm test` (npm run lint). The layers, bottom to top:
//   text/     pure string functions and data: imports nothing of ours outside text/, no DOM, no Lit
//   speech/   the SpeechEngine seam and the Web Speech adapter: text/ only, no Lit
//   dom/      the article's text map, index and highlighter: text/ only
//   reading/  the reading state machine and the controllers of reading state: the layers below,
//             and storage/preferences
//   controls/ rendering and input: anything but the element
//   the element (article-reader.ts) and the entry points on top.
// An import from a lower layer into a higher one is an error.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

const NO_LOOK_BEHIND = 'No look-behind in a regular expression: WebKit runs them about 10x slower.';
const UP = 'This import runs up a layer (see the top of eslint.config.mjs).';
const LIT = { group: ['lit', 'lit/*', '@lit/*'], message: 'This layer is free of Lit.' };
const layer = (files, regex, ...extra) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message: UP }, ...extra] }] },
});

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'node_modules/', 'src/generated/', 'coverage/', '.speech-run/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      // Escaped slashes keep the normaliser's regular expressions readable as delimiters.
      'no-useless-escape': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the reader runs under a strict CSP.' },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: the reader runs under a strict CSP.',
        },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never inject text as HTML.' },
        // WebKit's regexp engine runs a pattern with a look-behind about 10x slower (docs/text.md).
        { selector: 'Literal[regex.pattern=/\\(\\?<[=!]/]', message: NO_LOOK_BEHIND },
        { selector: 'TemplateElement[value.raw=/\\(\\?<[=!]/]', message: NO_LOOK_BEHIND },
        { selector: 'Literal[value=/\\(\\?<[=!]/]', message: NO_LOOK_BEHIND },
      ],
    },
  },
  {
    // Tests build their fixtures from HTML strings of our own, and use chai's property assertions.
    files: ['test/**', 'bench/**', 'demo/**', 'scripts/**'],
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-control-regex': 'off',
    },
  },
  layer(['src/text/*.ts'], '^\\.\\./', LIT),
  layer(['src/text/*/*.ts'], '^\\.\\./\\.\\./', LIT),
  layer(['src/speech/*.ts'], '^\\.\\./(?!text/)', LIT),
  layer(['src/dom/*.ts'], '^\\.\\./(?!text/)'),
  layer(
    ['src/reading/*.ts'],
    '^\\.\\./(controls/|article-reader|index|define|messages|locale-controller|localization|styles|icons)',
  ),
  layer(['src/controls/*.ts'], '^\\.\\./(article-reader|index|define)'),
);
