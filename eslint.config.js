// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import ts from 'typescript';
import { CALL_EFFECTS } from './shared/call-effects.ts';

/** Every Node built-in, with and without the node: prefix. */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeNativeDeps = ['better-sqlite3', 'sirv', 'raw-body', 'yaml'];

/**
 * The process boundaries of ARCHITECTURE.md, enforced: renderer/ and shared/ run in a sandboxed page
 * (no Node, no Electron); electron/core/ is plain Node and must never import Electron.
 */
const noNodeNoElectron = {
  paths: [...nodeBuiltins, ...nodeNativeDeps, 'electron'].map((name) => ({
    name,
    message: 'renderer/ and shared/ run in the sandboxed page: no Node built-ins, native modules or Electron.',
  })),
  patterns: [
    { group: ['node:*'], message: 'renderer/ and shared/ never import Node.' },
    {
      group: ['**/electron/**', '!**/electron/electron.d.ts'],
      message: 'renderer/ and shared/ never import the main-process code (electron/).',
    },
  ],
};

/**
 * Tests that drive a page need DOM types, so tests/tsconfig.dom.json checks them; the project service only
 * finds files named tsconfig.json, so these files are linted with that project named outright. Its
 * include list is read here so a folder added there is linted with the same types it is checked with.
 */
const domTestsConfig = 'tests/tsconfig.dom.json';
const domTestFiles = /** @type {{ include: string[] }} */ (
  ts.readConfigFile(domTestsConfig, ts.sys.readFile).config
).include.map((glob) => `tests/${glob}`);

// log-owner (issue 16, audit F3): `useCall` is read-only, enforced with the types. Inside the arguments of
// the read hooks, no value may have the shape of the full contract (a write call among its methods): `run`
// gets the read-only view (renderer/api/read-only-api.ts), and reaching around it to the page's `api`, by
// any name or through a helper, fails lint. Writes go through useAction (renderer/api/use-action.ts).
const WRITE_CALLS = Object.entries(CALL_EFFECTS)
  .filter(([, effect]) => effect === 'write')
  .map(([name]) => name);
const READ_HOOKS = /^(useCall|useStaffCall|useEnglishContent)$/;
const readHooks = {
  rules: {
    'use-call-reads-only': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          write:
            "{{hook}} is read-only: `{{name}}` can reach {{call}}, a write. Read through `run`'s argument, or use useAction.",
        },
      },
      /** @param {import('eslint').Rule.RuleContext} context */
      create(context) {
        const services = context.sourceCode.parserServices;
        if (!services?.program) return {};
        const checker = services.program.getTypeChecker();
        /** @param {any} node */
        const check = (node) => {
          let hook = node.parent;
          while (hook && !(hook.type === 'CallExpression' && READ_HOOKS.test(hook.callee?.name ?? '')))
            hook = hook.parent;
          const parent = node.parent;
          // `read.listTutorials`: the property name is no value of its own.
          if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
          if (parent?.type === 'Property' && parent.key === node && !parent.shorthand) return;
          const type = checker.getApparentType(services.getTypeAtLocation(node));
          const call = WRITE_CALLS.find((name) => type.getProperty(name) !== undefined);
          if (call)
            context.report({ node, messageId: 'write', data: { hook: hook.callee.name, name: node.name, call } });
        };
        return { 'CallExpression[callee.name=/^(useCall|useStaffCall|useEnglishContent)$/] > * Identifier': check };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules need the type-checker: each file is linted with the tsconfig that already checks it
    // (the project service finds it). Files in no tsconfig (this config, vite/vitest configs written in JS)
    // fall back to the default project and lose only the typed rules below.
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // A promise nobody awaits fails silently: an unsaved checklist, an unlogged print (code review F5).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'error',
      // A new screen, event kind or print result must be handled wherever a switch names the others.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: true },
      ],
      // ESLint's own rule cannot see that an exhaustive inner switch always returns; tsc's
      // noFallthroughCasesInSwitch (tsconfig.json) makes the same check with the types.
      'no-fallthrough': 'off',
    },
  },
  {
    // Test fakes stand in for async APIs, and `async () => value` is the plainest way to write one.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: domTestFiles,
    languageOptions: { parserOptions: { projectService: false, project: domTestsConfig } },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noNodeNoElectron] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noNodeNoElectron,
          patterns: [
            ...noNodeNoElectron.patterns,
            {
              group: ['../renderer/*', '../electron/*', 'react', 'react-dom', 'i18next'],
              message: 'shared/ is the contract: it depends on nothing but zod.',
            },
          ],
        },
      ],
    },
  },
  {
    // One door: only renderer/api/ may reach the shells (window.kiosk or fetch).
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'Only renderer/api/ talks to the core.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['kiosk', 'fetch', 'XMLHttpRequest'].map((property) => ({
            object,
            property,
            message: 'Only renderer/api/ talks to the core.',
          })),
        ),
      ],
    },
  },
  {
    // Every visible word goes through i18next: a hard-coded text in JSX fails lint. Symbols that
    // read the same in every language (a tick, an asterisk) are allowed.
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        { mode: 'jsx-text-only', words: { exclude: ['[0-9!-/:-@[-`{-~\\s]+', '[✓*\\s]+'] } },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { safecall: readHooks },
    rules: { 'safecall/use-call-reads-only': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/core/ is plain Node: it never imports Electron.' }],
          patterns: [
            {
              group: ['**/shell/**', '**/web/**', '**/main.ts', '**/preload.ts', '**/renderer/**'],
              message:
                'electron/core/ depends on no shell and no renderer: the shells depend on the core, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser shell runs the same core under plain Node, where Electron does not exist: importing it,
    // or the Electron shell that does, would break `npm run start:web` and the e2e suite (code review F7).
    files: ['electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'electron/web/ is the browser shell under plain Node: it never imports Electron.',
            },
          ],
          patterns: [
            {
              group: ['electron/*'],
              message: 'electron/web/ is the browser shell under plain Node: it never imports Electron.',
            },
            {
              group: ['**/shell/**', '**/main.ts', '**/preload.ts', '**/renderer/**'],
              message: 'electron/web/ depends on the core only, never on the Electron shell or the renderer.',
            },
          ],
        },
      ],
    },
  },
);
