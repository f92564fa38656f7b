import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/temp-dir.ts';

/** The process boundaries are promises of the architecture: these prove `npm run lint` enforces them. */
const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint keeps each process in its lane', () => {
  it.each([
    ['renderer/screens/X.tsx', "import { readFileSync } from 'node:fs'; export const x = readFileSync;"],
    ['renderer/screens/X.tsx', "import { ipcRenderer } from 'electron'; export const x = ipcRenderer;"],
    ['renderer/screens/X.tsx', "import Database from 'better-sqlite3'; export const x = Database;"],
    ['renderer/screens/X.tsx', "import { createKiosk } from '../../electron/core/create-core.ts'; export const x = createKiosk;"],
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

  it.each(['fetch("/api/x")', 'window.fetch("/api/x")', 'globalThis.fetch("/api/x")', 'new XMLHttpRequest()', 'window.kiosk'])(
    'let only renderer/api/ reach the core, not: %s',
    async (expression) => {
      const ids = await ruleIds('renderer/screens/X.tsx', `export const x = ${expression};`);
      expect(ids.some((id) => id === 'no-restricted-globals' || id === 'no-restricted-properties')).toBe(true);
      expect(await ruleIds('renderer/api/x.ts', `export const x = ${expression};`)).toEqual([]);
    },
  );

  it('refuse visible text written into a screen instead of going through i18next', async () => {
    // Components here are function declarations; the plugin does not look inside `const X = () => <p/>`.
    expect(await ruleIds('renderer/screens/X.tsx', 'export function X() { return <p>Touch to start</p>; }')).toContain('i18next/no-literal-string');
    expect(await ruleIds('renderer/screens/X.tsx', 'export function X() { return <p><span aria-hidden="true">請輕觸螢幕開始</span></p>; }')).toContain('i18next/no-literal-string');
    expect(await ruleIds('renderer/screens/X.tsx', "export function X({ t }: { t: (k: string) => string }) { return <p>✓ {t('done')}</p>; }")).toEqual([]);
  });

  it('allow the core its own Node modules', async () => {
    expect(await ruleIds('electron/core/x.ts', "import { join } from 'node:path'; export const x = join;")).toEqual([]);
  });

  it('allow the browser shell the core and Node', async () => {
    expect(await ruleIds('electron/web/x.ts', "import { createKiosk } from '../core/create-core.ts'; import { join } from 'node:path'; export const x = [createKiosk, join];")).toEqual([]);
  });
});
