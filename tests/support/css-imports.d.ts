// Tests that type-check renderer screens (tests/support/fault-harness.ts) meet their stylesheet
// imports, which Vite's client types declare in the renderer's own tsconfig.
declare module '*.css';
