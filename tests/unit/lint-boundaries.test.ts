import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/temp-dir.ts';

/**
 * The files linted below exist only as text. The type-aware rules need each in a TypeScript project,
 * and the project service only finds files on disk, so these few are given the Node-side tsconfig's
 * options; every rule and every `files` pattern is still the real eslint.config.js.
 */
const VIRTUAL_FILES = [
  'renderer/screens/X.tsx',
  'renderer/api/x.ts',
  'renderer/flow/x.ts',
  'shared/x.ts',
  'electron/core/x.ts',
  'electron/web/x.ts',
  'electron/shell/x.ts',
];

/** The process boundaries are promises of the architecture: these prove `npm run lint` enforces them. */
const eslint = new ESLint({
  cwd: REPO_ROOT,
  overrideConfig: {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: VIRTUAL_FILES, defaultProject: 'tsconfig.json' } },
    },
  },
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  if (!VIRTUAL_FILES.includes(filePath)) throw new Error(`${filePath} is not in VIRTUAL_FILES`);
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

/**
 * A screen module with stand-ins for the page's hooks and contract (the rule looks at the hook's name and
 * at the types inside its arguments); stand-ins, because loading the renderer's types costs seconds per file.
 */
function readHookModule(...bodies: string[]): string {
  return [
    'type KioskApi = { listLocales(r: object): Promise<number>; saveChecklist(r: object): Promise<number> };',
    'type ReadKioskApi = { listLocales(r: object): Promise<number> };',
    'declare function useKiosk(): KioskApi;',
    'declare function useCall<T>(key: string, run: (read: ReadKioskApi) => Promise<T>): T;',
    'declare function useEnglishContent<T>(key: string, run: (read: ReadKioskApi) => Promise<T>): T;',
    'declare function useAction<T>(key: string, run: (api: KioskApi) => Promise<T>): T;',
    'const save = (api: KioskApi) => api.saveChecklist({});',
    'export const unused = [save, useAction, useCall, useEnglishContent, useKiosk];',
    ...bodies.map((body, i) => `export function useX${i}() { ${body} }`),
  ].join('\n');
}

describe('lint keeps each process in its lane', () => {
  // The first typed lint builds the TypeScript programs (tens of seconds on a busy machine); the cases time only their own work.
  beforeAll(() => ruleIds('electron/core/x.ts', 'export const x = 1;'), 180_000);

  it.each([
    ['renderer/screens/X.tsx', "import { readFileSync } from 'node:fs'; export const x = readFileSync;"],
    ['renderer/screens/X.tsx', "import { ipcRenderer } from 'electron'; export const x = ipcRenderer;"],
    ['renderer/screens/X.tsx', "import Database from 'better-sqlite3'; export const x = Database;"],
    [
      'renderer/screens/X.tsx',
      "import { createKiosk } from '../../electron/core/create-core.ts'; export const x = createKiosk;",
    ],
    ['shared/x.ts', "import path from 'path'; export const x = path;"],
    ['shared/x.ts', "import React from 'react'; export const x = React;"],
    ['electron/core/x.ts', "import { app } from 'electron'; export const x = app;"],
    ['electron/core/x.ts', "import { setupIpc } from '../shell/ipc.ts'; export const x = setupIpc;"],
    ['electron/web/x.ts', "import { app } from 'electron'; export const x = app;"],
    ['electron/web/x.ts', "import { ipcMain } from 'electron/main'; export const x = ipcMain;"],
    ['electron/web/x.ts', "import { setupIpc } from '../shell/ipc.ts'; export const x = setupIpc;"],
    ['electron/web/x.ts', "import * as main from '../main.ts'; export const x = main;"],
  ])('refuse in %s: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    'fetch("/api/x")',
    'window.fetch("/api/x")',
    'globalThis.fetch("/api/x")',
    'new XMLHttpRequest()',
    'window.kiosk',
  ])('let only renderer/api/ reach the core, not: %s', async (expression) => {
    const ids = await ruleIds('renderer/screens/X.tsx', `export const x = ${expression};`);
    expect(ids.some((id) => id === 'no-restricted-globals' || id === 'no-restricted-properties')).toBe(true);
    expect(await ruleIds('renderer/api/x.ts', `export const x = ${expression};`)).toEqual([]);
  });

  it('refuse visible text written into a screen instead of going through i18next', async () => {
    // Components here are function declarations; the plugin does not look inside `const X = () => <p/>`.
    expect(await ruleIds('renderer/screens/X.tsx', 'export function X() { return <p>Touch to start</p>; }')).toContain(
      'i18next/no-literal-string',
    );
    expect(
      await ruleIds(
        'renderer/screens/X.tsx',
        'export function X() { return <p><span aria-hidden="true">請輕觸螢幕開始</span></p>; }',
      ),
    ).toContain('i18next/no-literal-string');
    expect(
      await ruleIds(
        'renderer/screens/X.tsx',
        "export function X({ t }: { t: (k: string) => string }) { return <p>✓ {t('done')}</p>; }",
      ),
    ).toEqual([]);
  });

  it.each(['electron/core/x.ts', 'renderer/screens/X.tsx'])(
    'refuse in %s a promise nobody awaits or catches',
    async (file) => {
      const floating = 'async function save(): Promise<void> {}\nexport function onTap(): void { save(); }';
      expect(await ruleIds(file, floating)).toContain('@typescript-eslint/no-floating-promises');
      expect(await ruleIds(file, floating.replace('{ save(); }', '{ save().catch(() => undefined); }'))).toEqual([]);
    },
  );

  it('refuse a promise handed where a plain callback is expected', async () => {
    const misused =
      'export function wire(on: (f: () => void) => void): void { on(async () => { await Promise.resolve(); }); }';
    expect(await ruleIds('electron/shell/x.ts', misused)).toContain('@typescript-eslint/no-misused-promises');
  });

  it('refuse awaiting what is not a promise, and an async function that never awaits', async () => {
    expect(
      await ruleIds('electron/core/x.ts', 'export async function f(): Promise<number> { return await 1; }'),
    ).toContain('@typescript-eslint/await-thenable');
    expect(await ruleIds('electron/core/x.ts', 'export async function f(): Promise<number> { return 1; }')).toContain(
      '@typescript-eslint/require-await',
    );
  });

  it('refuse a switch over a union that misses a member, even behind a default', async () => {
    const union = "type Screen = 'attract' | 'plan' | 'done';\n";
    const missing = `${union}export function title(s: Screen): string { switch (s) { case 'attract': return 'a'; case 'plan': return 'p'; } return ''; }`;
    const defaulted = `${union}export function title(s: Screen): string { switch (s) { case 'attract': return 'a'; default: return 'p'; } }`;
    const complete = `${union}export function title(s: Screen): string { switch (s) { case 'attract': return 'a'; case 'plan': return 'p'; case 'done': return 'd'; } }`;
    for (const file of ['renderer/flow/x.ts', 'electron/core/x.ts']) {
      expect(await ruleIds(file, missing)).toContain('@typescript-eslint/switch-exhaustiveness-check');
      expect(await ruleIds(file, defaulted)).toContain('@typescript-eslint/switch-exhaustiveness-check');
      expect(await ruleIds(file, complete)).toEqual([]);
    }
  });

  // log-owner (issue 16, audit F3): the read hook cannot reach a write, by the page's `api` or any other name.
  it('refuse a useCall that can reach a write, and let it read through its own argument and useAction write', async () => {
    const refused = [
      "const kiosk = useKiosk(); return useCall('k', () => kiosk.saveChecklist({}));",
      "const api = useKiosk(); return useCall('k', () => save(api));",
      "const api = useKiosk(); return useEnglishContent('k', () => api.listLocales({}));",
    ];
    const ids = await ruleIds('renderer/screens/X.tsx', readHookModule(...refused));
    expect(ids.filter((id) => id === 'safecall/use-call-reads-only')).toHaveLength(refused.length);
    const allowed = [
      "return useCall('k', (read) => read.listLocales({}));",
      "return useAction('k', (api) => api.saveChecklist({}));",
    ];
    expect(await ruleIds('renderer/screens/X.tsx', readHookModule(...allowed))).toEqual([]);
  });

  it('allow the core its own Node modules', async () => {
    expect(await ruleIds('electron/core/x.ts', "import { join } from 'node:path'; export const x = join;")).toEqual([]);
  });

  it('allow the browser shell the core and Node', async () => {
    expect(
      await ruleIds(
        'electron/web/x.ts',
        "import { createKiosk } from '../core/create-core.ts'; import { join } from 'node:path'; export const x = [createKiosk, join];",
      ),
    ).toEqual([]);
  });
});
