// Tests that type-check renderer screens and load their stylesheets (tests/component/mount.tsx) meet
// the stylesheet imports, which Vite's client types declare in the renderer's own tsconfig.
declare module '*.css';
