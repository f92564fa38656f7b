import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';

/** Where the fixture page is served inside the browser: no port and no server, only page.route. */
export const FIXTURE_URL = 'http://phone-pictures.test/';

/** The kiosk's own build (npm run build:renderer), whose stylesheet and bundled fonts the fixture uses. */
const RENDERER = resolve(import.meta.dirname, '..', '..', '..', 'dist', 'renderer');

/**
 * Builds the fixture page (index.html + fixture.tsx around the real PhoneScreen) into `outDir` with the
 * app's own Vite and React plugin. The fonts and the app's stylesheet are not built again: the page
 * links the shipped ones from dist/renderer (serveFixture), which keeps this build to about a second
 * instead of hashing some 1,400 font files, and photographs exactly what the kiosk ships.
 */
export async function buildFixture(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: '/',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome140',
      assetsInlineLimit: 0,
      reportCompressedSize: false,
      // The fixture is one chunk (React, i18next and the picture): no reason to split it.
      chunkSizeWarningLimit: 4000,
    },
  });
}

/**
 * The shipped stylesheets as the kiosk has them once its lobby is drawn: the ones its index.html links (app.css
 * and the lobby's own faces), then the ones it loads after the lobby (renderer/styles/all-fonts.ts): every face
 * of fonts.css and the Common families, which draw every screen after the lobby.
 */
function shippedStylesheets(): string {
  const index = join(RENDERER, 'index.html');
  if (!existsSync(index)) throw new Error('dist/renderer is not built: run `npm run build:renderer` first.');
  const first = [...readFileSync(index, 'utf8').matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
  const later = readdirSync(join(RENDERER, 'assets'))
    .filter((name) => /^(fonts|common-fonts)-[\w-]+\.css$/.test(name))
    .map((name) => `<link rel="stylesheet" href="/assets/${name}">`);
  if (later.length !== 2)
    throw new Error(`dist/renderer/assets should hold fonts and common-fonts: ${later.join(', ')}`);
  return [...first, ...later].join('\n');
}

/** Serves the built fixture to `page` at FIXTURE_URL: its own files first, then the kiosk's (fonts, stylesheet). */
export async function serveFixture(page: Page, outDir: string): Promise<void> {
  const links = shippedStylesheets();
  await page.route(`${FIXTURE_URL}**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    if (path === '/' || path === '/index.html') {
      // The kiosk's stylesheet first, so the fixture's own copy of the picture's rules (phone.css, built
      // from the working tree) wins over an older dist/renderer.
      const html = readFileSync(join(outDir, 'index.html'), 'utf8').replace('<head>', `<head>\n${links}`);
      return route.fulfill({ body: html, contentType: 'text/html' });
    }
    const file = [join(outDir, path), join(RENDERER, path)].find((f) => existsSync(f));
    return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
}
