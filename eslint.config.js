// ESLint flat config: typescript-eslint, react-hooks, and the layer rules of STYLE.md §2.4.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pureEngines = [
  'analyser',
  'taalcheck',
  'report',
  'prompts',
  'practice',
  'packs',
  'adapters',
  'mobility',
  'i18n',
  'conversation',
];

const restrict = (patterns) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group.pattern], message: group.message })) },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'coverage', 'demo/**/*.js', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: pureEngines.map((dir) => `lib/${dir}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { pattern: 'react', message: 'lib/ engines are framework-free (STYLE 2.1 rule 3).' },
      { pattern: 'react-dom*', message: 'lib/ engines are framework-free (STYLE 2.1 rule 3).' },
      { pattern: 'react/*', message: 'lib/ engines are framework-free (STYLE 2.1 rule 3).' },
      { pattern: 'wxt*', message: 'Pure engines run in plain Node for the CLIs.' },
      { pattern: '#imports', message: 'Pure engines run in plain Node for the CLIs.' },
      { pattern: 'dexie*', message: 'Pure engines do not touch storage.' },
      {
        pattern: '**/lib/{db,vault,messaging,settings,host,site-access}/**',
        message: 'Pure engines sit below the storage and browser layers.',
      },
      {
        pattern: '../{db,vault,messaging,settings,host,site-access}/**',
        message: 'Pure engines sit below the storage and browser layers.',
      },
    ]),
  },
  {
    files: ['lib/crypto/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { pattern: '../*', message: 'lib/crypto uses Web Crypto only.' },
      { pattern: 'wxt*', message: 'lib/crypto uses Web Crypto only.' },
      { pattern: 'dexie*', message: 'lib/crypto uses Web Crypto only.' },
    ]),
  },
  {
    files: ['lib/host/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { pattern: 'wxt*', message: 'lib/host is DOM only.' },
      { pattern: 'dexie*', message: 'lib/host is DOM only.' },
      { pattern: 'react', message: 'lib/host is DOM only.' },
      { pattern: 'react-dom*', message: 'lib/host is DOM only.' },
      { pattern: 'zod', message: 'lib/host runs in the content script: no zod.' },
    ]),
  },
  {
    files: ['lib/db/**/*.ts', 'lib/vault/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { pattern: 'react', message: 'Storage knows no React.' },
      { pattern: 'react-dom*', message: 'Storage knows no React.' },
      { pattern: '**/host/**', message: 'Storage knows no host page.' },
    ]),
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/testing/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/testing/]',
          message: 'Production code never imports lib/testing.',
        },
      ],
    },
  },
  {
    files: ['components/ui/**/*.{ts,tsx}'],
    rules: restrict([
      { pattern: 'wxt*', message: 'components/ui stays browser-agnostic.' },
      { pattern: '#imports', message: 'components/ui stays browser-agnostic.' },
      { pattern: 'dexie*', message: 'components/ui stays storage-agnostic.' },
    ]),
  },
  {
    files: ['entrypoints/*.content/**/*.ts', 'entrypoints/host.ts'],
    rules: restrict([
      { pattern: '**/lib/{db,vault,crypto}/**', message: 'Content scripts never open the vault.' },
      { pattern: 'react', message: 'Content scripts stay small.' },
      { pattern: 'react-dom*', message: 'Content scripts stay small.' },
      { pattern: 'dexie*', message: 'Content scripts never open IndexedDB.' },
    ]),
  },
  {
    files: ['cli/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', 'bench/**/*.{ts,mjs}'],
    rules: { 'no-console': 'off' },
  },
);
