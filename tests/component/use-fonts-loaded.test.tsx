import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { useFontsLoaded } from '../../renderer/screens/Staff/Reports/use-fonts-loaded.ts';
import { mountScreen } from './mount.tsx';

/**
 * The Reports screen draws its charts only once the report's faces are loaded (a canvas measures with a
 * fallback face until then, and ECharts keeps what it measured): a fake FontFaceSet says when.
 */
function fakeFonts() {
  const asked: { font: string; text: string }[] = [];
  let settle: (ok: boolean) => void = () => {};
  const fonts = {
    load(font: string, text: string) {
      asked.push({ font, text });
      return new Promise<FontFace[]>((resolve, reject) => {
        settle = (ok) => (ok ? resolve([]) : reject(new Error('no face')));
      });
    },
  } as unknown as FontFaceSet;
  return { fonts, asked, settle: (ok: boolean) => settle(ok) };
}

function Probe({ fonts }: { fonts: FontFaceSet }) {
  const loaded = useFontsLoaded("15px 'Noto Sans Arabic', sans-serif", 'دون مساعدة', fonts);
  return <p>{loaded ? 'drawn' : 'waiting'}</p>;
}

describe('useFontsLoaded', () => {
  it.each([
    ['loaded', true],
    ['failed to load (the page falls back too, and the canvas with it)', false],
  ] as const)('waits for the faces of the very text, then draws once they have %s', async (_, ok) => {
    const { fonts, asked, settle } = fakeFonts();
    await mountScreen(<Probe fonts={fonts} />);
    await expect.element(page.getByText('waiting')).toBeVisible();
    expect(asked).toEqual([{ font: "15px 'Noto Sans Arabic', sans-serif", text: 'دون مساعدة' }]);
    settle(ok);
    await expect.element(page.getByText('drawn')).toBeVisible();
  });
});
