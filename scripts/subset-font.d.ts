// subset-font (HarfBuzz's subsetter, as WebAssembly) ships no types: the part scripts/lobby-faces.ts uses.
declare module 'subset-font' {
  interface Options {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
  }
  export default function subsetFont(font: Buffer, text: string, options?: Options): Promise<Buffer>;
}
