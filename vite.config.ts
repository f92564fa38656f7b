import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin as PostcssPlugin } from 'postcss';
import { defineConfig, type Plugin } from 'vite';
import { pageFile } from './electron/core/page-routes.ts';
import { commonFacesSheet } from './scripts/common-faces.ts';
import { lobbyFacesSheet } from './scripts/lobby-faces.ts';

const page = (file: string) => fileURLToPath(new URL(`renderer/${file}`, import.meta.url));

/**
 * The dev server (npm run dev) answers the print page's addresses (/print/checklist, /print/handout)
 * as both shells do, so the print layout hot-reloads too.
 */
const pageRoutes: Plugin = {
  name: 'safecall-page-routes',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const [path = '/', query] = (req.url ?? '/').split('?');
      const file = pageFile(path);
      if (file !== path) req.url = query === undefined ? file : `${file}?${query}`;
      next();
    });
  },
};

/**
 * Fonts: each @fontsource face lists a woff2 source and a .woff fallback for browsers without woff2. Chromium
 * always takes the first, so the fallback is dropped before the build copies its file (issue 18: 686 files, 18 MB
 * the kiosk never fetched). A face without a woff2 source is left as it is.
 */
const woff2Only: PostcssPlugin = {
  postcssPlugin: 'safecall-woff2-only',
  Declaration: {
    src(decl) {
      if (!decl.value.includes('.woff2')) return;
      decl.value = decl.value.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
    },
  },
};

/** The lobby's own faces, cut to its characters, in the page's first style sheet (scripts/lobby-faces.ts, issue 18). */
const lobbyFaces = lobbyFacesSheet(
  (file) => /[\\/]renderer[\\/]styles[\\/]lobby-fonts\.css$/.test(file),
  page('i18n/locales'),
  fileURLToPath(new URL('node_modules/.cache/safecall-lobby-faces', import.meta.url)),
);

/** Each script's Common family, a face or two per weight (scripts/common-faces.ts, issue 18). */
const commonFaces = commonFacesSheet(
  (file) => /[\\/]renderer[\\/]styles[\\/]common-fonts\.css$/.test(file),
  [page('i18n/locales'), fileURLToPath(new URL('content', import.meta.url))],
);

// The renderer is one static bundle served by both shells (app:// in Electron, loopback HTTP in the
// browser shell). Asset URLs are absolute from the origin's root, so pages served under a path
// (/print/checklist) find them too; both shells serve the build at their root.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), pageRoutes],
  css: { postcss: { plugins: [woff2Only, lobbyFaces, commonFaces] } },
  build: {
    outDir: '../dist/renderer',
    // Two pages: the kiosk, and the print layout a hidden window (or a browser) prints.
    rollupOptions: { input: { index: page('index.html'), print: page('print.html') } },
    emptyOutDir: true,
    target: 'chrome140',
    // No inline scripts or data: URLs for scripts: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The one large chunk is the report charts (ECharts, ~510 kB), split off and fetched only when staff
    // open a report; the visitor's page stays ~125 kB. Warn only past it.
    chunkSizeWarningLimit: 600,
  },
});
