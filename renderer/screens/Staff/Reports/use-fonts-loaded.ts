import { useEffect, useState } from 'react';

/**
 * Whether the faces that draw `text` in `font` are loaded. The charts measure their text on a canvas,
 * which measures with a fallback face until the bundled one is loaded (and ECharts keeps every width it
 * measured): a report in a language no screen has shown since start-up is drawn once its face is here.
 * A face that fails to load is not waited for (the page falls back too, and the canvas agrees with it).
 */
export function useFontsLoaded(
  font: string,
  text: string,
  fonts: FontFaceSet | undefined = globalThis.document?.fonts,
): boolean {
  const key = `${font}\n${text}`;
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    if (!fonts) return;
    let current = true;
    const done = () => {
      if (current) setLoaded(key);
    };
    fonts.load(font, text).then(done, done);
    return () => {
      current = false;
    };
  }, [fonts, font, text, key]);
  return !fonts || loaded === key;
}
