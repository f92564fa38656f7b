import { afterEach, describe, expect, it } from 'vitest';
import { PhoneScreen } from '../../renderer/components/PhoneScreen.tsx';
import { THEMES } from '../../renderer/flow/journey.ts';
import type { Locale } from '../../shared/locales.ts';
import {
  PHONE_APPS,
  PHONE_CONTROLS,
  PHONE_FRAMES,
  PHONE_GESTURES,
  PHONE_ICONS,
  ROW_KINDS,
  SCREEN_KINDS,
  type PhoneFrame,
  type PhoneLocale,
  type ScreenKind,
  type ScreenView,
} from '../../shared/phone-picture.ts';
import { AXE_TAGS } from '../support/axe-rules.ts';
import { PICTURES, wordsFor } from '../support/phone-pictures.ts';
import { axeViolations } from './axe.ts';
import { mountScreen } from './mount.tsx';
import { normalized } from './text.ts';

/**
 * The phone picture (issue 17), drawn alone in the real Chromium with the kiosk's stylesheet: every
 * member of the closed lists in shared/phone-picture.ts is drawn (adding one without a drawing fails
 * here), the target is marked, a switch shows before and after, untranslated words are dashed and
 * explained, the picture runs in the phone's direction, and it is accessible. How it looks is held by
 * the screenshots of tests/e2e/phone-pictures.e2e.ts.
 */
function draw(
  screen: ScreenView,
  options: {
    locale?: Locale;
    phone?: PhoneLocale;
    frame?: PhoneFrame;
    words?: ReturnType<typeof wordsFor>;
  } = {},
) {
  const locale = options.locale ?? 'en';
  return mountScreen(
    <PhoneScreen
      screen={options.frame ? { ...screen, frame: options.frame } : screen}
      words={options.words ?? wordsFor(locale)}
      phoneLocale={options.phone ?? 'en'}
      locale={locale}
      variant={{ platform: 'any' }}
    />,
    { locale, frame: false },
  );
}

const list = (rows: ScreenView['rows'], more: Partial<ScreenView> = {}): ScreenView => ({
  kind: 'list',
  app: 'settings',
  title: 'settings',
  controls: [],
  apps: [],
  tabs: [],
  rows,
  ...more,
});
const row = (label: string, more: Partial<ScreenView['rows'][number]> = {}): ScreenView['rows'][number] => ({
  label,
  kind: 'link',
  target: false,
  ...more,
});
const picture = (name: string) => {
  const found = PICTURES.find((p) => p.name === name);
  if (!found) throw new Error(`no picture ${name}`);
  return found.screen;
};

function box(element: Element | null): DOMRect {
  if (!element) throw new Error('nothing to measure');
  return element.getBoundingClientRect();
}
/** A drawing that shows: an svg with a shape in it and a size on screen. */
function drawn(svg: Element | null): boolean {
  if (!svg) return false;
  const b = box(svg);
  return b.width > 4 && b.height > 4 && svg.querySelector('path, circle, rect, ellipse, text') !== null;
}
function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
/** The colour rules a theme is held to, as screens-accessible.test.tsx holds every screen: AAA in the high-contrast themes. */
const colourRules = (theme: string) =>
  theme.startsWith('contrast') ? ['color-contrast', 'color-contrast-enhanced'] : ['color-contrast'];
const text = (selector: string) => normalized(document.querySelector(selector)?.textContent ?? '');

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('the phone picture draws every member of the closed lists', () => {
  it('every icon, on a tile (iPhone) and plain (Pixel)', async () => {
    const rows = PHONE_ICONS.map((icon) => row('general', { icon }));
    for (const frame of ['iphone', 'pixel'] as const) {
      await draw(list(rows), { frame });
      const missing = PHONE_ICONS.filter((icon) => !drawn(document.querySelector(`svg[data-icon="${icon}"]`)));
      expect(missing, `${frame}: icons without a drawing`).toEqual([]);
    }
  });

  it('every header control, back at the start and the others at the end of the bar', async () => {
    for (const frame of ['iphone', 'pixel'] as const) {
      for (const control of PHONE_CONTROLS) {
        const controls = [
          { control: 'back' as const, target: false },
          { control, target: false },
        ];
        await draw(list([row('general')], { controls, back: 'apps' }), { frame });
        const screen = box(document.querySelector('.phone__screen'));
        const svg = document.querySelector(`.phone-bar svg[data-control="${control}"]`);
        expect(drawn(svg), `${frame}: ${control} drawn`).toBe(true);
        const middle = box(svg).left + box(svg).width / 2;
        if (control === 'back')
          expect(middle, `${frame}: back at the start`).toBeLessThan(screen.left + screen.width / 4);
        else expect(middle, `${frame}: ${control} at the end`).toBeGreaterThan(screen.left + (screen.width * 3) / 4);
      }
    }
  });

  it("every app's header, on an iPhone and an Android phone", async () => {
    for (const frame of ['iphone', 'pixel'] as const)
      for (const app of PHONE_APPS.filter((a) => a !== 'home')) {
        await draw(list([row('general')], { app, back: 'apps' }), { frame });
        expect(text('.phone-bar .phone__title'), `${frame} ${app}: the title in the bar`).toBe('Settings');
        expect(drawn(document.querySelector('.phone-bar svg[data-control="back"]')), `${frame} ${app}: back`).toBe(
          true,
        );
      }
  });

  it('every kind of row: a section header as a small title, the others as rows', async () => {
    await draw(list(ROW_KINDS.map((kind) => row('general', { kind, value: 'on' }))));
    expect(document.querySelectorAll('.phone-list__header')).toHaveLength(1);
    for (const kind of ROW_KINDS.filter((k) => k !== 'header'))
      expect(document.querySelector(`.phone-row--${kind}`), kind).not.toBeNull();
    expect(document.querySelector('.phone-row--switch .phone-switch--on'), 'switch').not.toBeNull();
    expect(document.querySelector('.phone-row--check .phone-row__tick'), 'tick').not.toBeNull();
    expect(document.querySelector('.phone-row--link .phone-chevron'), 'chevron').not.toBeNull();
    const red = getComputedStyle(document.querySelector('.phone-row--destructive .phone-row__label')!).color;
    expect(red, 'destructive in red').not.toBe(
      getComputedStyle(document.querySelector('.phone-row--link .phone-row__label')!).color,
    );
  });

  it('every kind of screen', async () => {
    // A Record over the closed list: a kind added without saying what shows it drawn does not compile.
    const shows: Record<ScreenKind, [ScreenView, string]> = {
      list: [picture('iphone-settings-en'), '.phone-list .phone-row'],
      home: [picture('iphone-home-screen-zh-hant'), '.phone-home__grid .phone-home__app .phone-icon'],
      menu: [picture('pixel-whatsapp-menu-en'), '.phone-pop--menu .phone-choice'],
      sheet: [picture('iphone-sheet-en'), '.phone-pop--sheet .phone-choice'],
      dialog: [picture('pixel-dialog-en'), '.phone-pop--dialog .phone-pop__title'],
      call: [picture('samsung-call-en'), '.phone-call__buttons .phone-call__circle'],
    };
    for (const kind of SCREEN_KINDS) {
      const [screen, selector] = shows[kind];
      expect(screen.kind).toBe(kind);
      await draw(screen);
      const part = document.querySelector(selector);
      expect(part, `${kind}: ${selector}`).not.toBeNull();
      expect(box(part).height, `${kind}: ${selector} has a size`).toBeGreaterThan(4);
    }
  });

  it('every frame, with its camera and status bar', async () => {
    const marks: Record<PhoneFrame, string> = {
      iphone: '.phone-status__island',
      'iphone-home': '.phone__home-button',
      pixel: '.phone-status__hole',
      samsung: '.phone-status__hole',
    };
    for (const frame of PHONE_FRAMES) {
      await draw(picture('iphone-settings-en'), { frame });
      expect(document.querySelector(`.phone__frame--${frame}`), frame).not.toBeNull();
      expect(box(document.querySelector(marks[frame])).width, `${frame}: ${marks[frame]}`).toBeGreaterThan(4);
      expect(text('.phone-status__time'), `${frame}: the time`).toBe('9:41');
      expect(drawn(document.querySelector('.phone-status__battery')), `${frame}: battery`).toBe(true);
    }
    // One UI's big title area, which a Samsung owner knows Settings by.
    await draw(picture('samsung-phone-settings-en'), { frame: 'samsung' });
    expect(box(document.querySelector('.phone-bar__oneui-title')).height).toBeGreaterThan(60);
  });

  it('every gesture, on the screen', async () => {
    for (const gesture of PHONE_GESTURES) {
      await draw({ ...picture('iphone-whatsapp-swipe-en'), gesture });
      const shown = document.querySelector(`[data-gesture="${gesture}"]`);
      expect(shown, gesture).not.toBeNull();
      const screen = box(document.querySelector('.phone__screen'));
      const finger = box(shown?.querySelector('.phone-gesture__finger') ?? null);
      expect(finger.width, `${gesture}: the fingertip`).toBeGreaterThan(4);
      expect(overlaps(finger, screen), `${gesture}: on the screen`).toBe(true);
      if (gesture !== 'long-press') expect(drawn(shown?.querySelector('svg') ?? null), `${gesture}: arrow`).toBe(true);
    }
  });
});

describe('the target', () => {
  it('is outlined with "Tap here" beside the word, never over it', async () => {
    await draw(picture('iphone-settings-en'));
    const targets = document.querySelectorAll('.phone-target');
    expect(targets).toHaveLength(1);
    expect(normalized(targets[0]?.querySelector('.phone-row__label')?.textContent ?? '')).toBe('Apps');
    expect(getComputedStyle(targets[0]!).outlineStyle).toBe('solid');
    expect(text('.phone-target .phone-target__tag')).toBe('Tap here');
    expect(
      overlaps(
        box(document.querySelector('.phone-target__tag')),
        box(document.querySelector('.phone-target .phone-row__label')),
      ),
    ).toBe(false);
  });

  it('circles the button to tap: ⋮ in the bar, the (i) on a row, an app on the home screen, a call button', async () => {
    const cases: [string, string][] = [
      ['pixel-whatsapp-chats-ar', '.phone-bar .phone-control--target [data-control="more-vertical"]'],
      ['iphone-home-button-recents-en', '.phone-row .phone-control--target [data-control="info"]'],
      ['iphone-home-screen-zh-hant', '.phone-home__app--target [data-icon="app-settings"]'],
      ['samsung-call-en', '.phone-call__button--target [data-icon="share-screen"]'],
    ];
    for (const [name, selector] of cases) {
      await draw(picture(name));
      expect(document.querySelector(selector), name).not.toBeNull();
      expect(document.querySelectorAll('.phone-target'), name).toHaveLength(1);
      expect(text('.phone-target__tag'), name).toBe('Tap here');
    }
    // On the Recents row it is the (i) that is circled, not the row.
    await draw(picture('iphone-home-button-recents-en'));
    expect(document.querySelector('.phone-row--target')).toBeNull();
  });

  it('reads "Turn on" / "Turn off" on a switch the step changes, in the visitor\'s language', async () => {
    await draw(picture('iphone-facetime-switch-en'));
    expect(text('.phone-target__tag')).toBe('Turn on');
    await draw(list([row('silence', { kind: 'switch', value: 'on', to: 'off', target: true })]));
    expect(text('.phone-target__tag')).toBe('Turn off');
    await draw(picture('iphone-facetime-switch-en'), { locale: 'zh-Hant', phone: 'en' });
    expect(text('.phone-target__tag')).toBe('打開');
  });
});

describe('the bottom tab bar', () => {
  const tabsOf = () => [...document.querySelectorAll('.phone-tab')];
  const labelOf = (tab: Element | undefined) =>
    normalized(tab?.querySelector('.phone-tab__label .phone-word')?.textContent ?? '');

  it('every icon is drawn as a tab too', async () => {
    for (let i = 0; i < PHONE_ICONS.length; i += 5) {
      const icons = PHONE_ICONS.slice(i, i + 5);
      const tabs = icons.map((icon) => ({ icon, label: 'general', target: false, selected: false }));
      await draw(list([row('general')], { tabs }));
      const missing = icons.filter((icon) => !drawn(document.querySelector(`.phone-tab svg[data-icon="${icon}"]`)));
      expect(missing, 'tab icons without a drawing').toEqual([]);
    }
  });

  it('sits at the screen\'s foot in the phone\'s order, the tab showing now tinted, the one to tap circled with "Tap here" above it', async () => {
    for (const frame of ['iphone', 'pixel'] as const) {
      await draw(picture('iphone-whatsapp-tabs-ar'), { frame });
      const screen = box(document.querySelector('.phone__screen'));
      const bar = box(document.querySelector('.phone-tabs'));
      expect(screen.bottom - bar.bottom, `${frame}: at the foot`).toBeLessThan(2);
      expect(bar.top, `${frame}: under the rows`).toBeGreaterThanOrEqual(
        box(document.querySelector('.phone-list')).bottom - 1,
      );
      expect(tabsOf().map(labelOf)).toEqual(['Updates', 'Calls', 'Communities', 'Chats', 'Settings']);

      const selected = document.querySelector('.phone-tab--selected');
      expect(labelOf(selected ?? undefined)).toBe('Chats');
      expect(selected?.getAttribute('aria-current')).toBe('page');
      const other = tabsOf()[0]!;
      expect(getComputedStyle(selected!).color, `${frame}: the selected tab is tinted`).not.toBe(
        getComputedStyle(other).color,
      );

      const targets = document.querySelectorAll('.phone-target');
      expect(targets).toHaveLength(1);
      expect(targets[0]?.classList.contains('phone-tab')).toBe(true);
      expect(labelOf(targets[0])).toBe('Settings');
      expect(getComputedStyle(targets[0]!).outlineStyle).toBe('solid');
      expect(text('.phone-tab--target .phone-target__tag')).toBe('Tap here');
      const tag = box(document.querySelector('.phone-target__tag'));
      expect(overlaps(tag, box(targets[0]!.querySelector('.phone-tab__label')))).toBe(false);
      expect(tag.bottom, 'the label above the tab').toBeLessThanOrEqual(box(targets[0]!).top + 1);
      expect(tag.left >= screen.left - 1 && tag.right <= screen.right + 1, 'the label inside the screen').toBe(true);
    }
  });

  it("shows each tab's word by the one rule and mirrors the bar on an Arabic phone", async () => {
    await draw(picture('iphone-whatsapp-tabs-ar'), { locale: 'en', phone: 'en' });
    const settingsLtr = box(document.querySelector('.phone-tab--target'));
    const updatesLtr = box(tabsOf()[0]!);
    expect(settingsLtr.left, 'Settings at the bottom right').toBeGreaterThan(updatesLtr.left);

    await draw(picture('iphone-whatsapp-tabs-ar'), { locale: 'ar', phone: 'ar' });
    expect(box(document.querySelector('.phone-tab--target')).left, 'Settings at the bottom left').toBeLessThan(
      box(tabsOf()[0]!).left,
    );
    // Settings is Arabic on the phone; Updates is not confirmed there: its Arabic meaning, dashed.
    expect(labelOf(document.querySelector('.phone-tab--target') ?? undefined)).toBe('الإعدادات');
    expect(tabsOf()[0]?.querySelector('.phone-word--translated')?.textContent).toBe('المستجدات');
    expect(document.querySelector('.phone__legend')).not.toBeNull();
  });

  it('is not drawn on a screen without tabs', async () => {
    await draw(picture('iphone-settings-en'));
    expect(document.querySelector('.phone-tabs')).toBeNull();
  });
});

describe('a switch', () => {
  it('shows its state now, and on the target both before and after: moving on screen, a still pair for paper', async () => {
    await draw(picture('iphone-facetime-switch-en'));
    const switches = [...document.querySelectorAll('.phone-switch-set')];
    expect(switches.map((s) => s.getAttribute('aria-label'))).toEqual(['On', 'On', 'Now: Off. After you tap: On.']);
    const target = document.querySelector('.phone-row--target .phone-switch-set');
    const moving = target?.querySelector('.phone-switch--moving');
    expect(moving?.classList.contains('phone-switch--off')).toBe(true);
    expect(getComputedStyle(moving!).animationName).toBe('phone-track-on');
    const still = [...(target?.querySelectorAll('.phone-switch-still .phone-switch') ?? [])];
    expect(still.map((s) => (s.classList.contains('phone-switch--on') ? 'on' : 'off'))).toEqual(['off', 'on']);
    // The two states are drawn differently: the track's colour changes.
    expect(getComputedStyle(still[0]!).backgroundColor).not.toBe(getComputedStyle(still[1]!).backgroundColor);
  });

  it("sits at the far side of its row, on the phone's side: right on an English phone, left on an Arabic one", async () => {
    for (const [phone, far] of [
      ['en', 'right'],
      ['ar', 'left'],
    ] as const) {
      await draw(picture('iphone-facetime-switch-en'), { locale: 'ar', phone });
      const label = box(document.querySelector('.phone-row .phone-row__label'));
      const sw = box(document.querySelector('.phone-row .phone-switch-set'));
      if (far === 'right') expect(sw.left, phone).toBeGreaterThan(label.right);
      else expect(sw.right, phone).toBeLessThan(label.left);
    }
  });
});

describe('the words', () => {
  it("dashes a word the phone's language does not confirm, shows its meaning, and says so once under the picture", async () => {
    await draw(picture('iphone-wechat-me-zh-hant'), { locale: 'zh-Hant', phone: 'zh-Hant' });
    const dashed = [...document.querySelectorAll('.phone-word--translated')].map((w) =>
      normalized(w.textContent ?? ''),
    );
    expect(dashed).toEqual(['收藏']);
    expect(getComputedStyle(document.querySelector('.phone-word--translated')!).borderTopStyle).toBe('dashed');
    expect(document.querySelectorAll('.phone__legend')).toHaveLength(1);
    expect(text('.phone__legend')).toBe('虛線框內的字是翻譯：你的手機會在同一位置顯示它自己的字。');
  });

  it("has no legend when every word is the phone's own", async () => {
    await draw(picture('iphone-facetime-switch-en'));
    expect(document.querySelector('.phone-word--translated')).toBeNull();
    expect(document.querySelector('.phone__legend')).toBeNull();
  });

  it("shows an English phone's word with its meaning small under it for a Chinese reader", async () => {
    await draw(picture('iphone-settings-en'), { locale: 'zh-Hant', phone: 'en' });
    const target = document.querySelector('.phone-row--target');
    expect(normalized(target?.querySelector('.phone-row__label')?.textContent ?? '')).toBe('Apps');
    expect(normalized(target?.querySelector('.phone-word__gloss')?.textContent ?? '')).toBe('應用程式');
    const gloss = getComputedStyle(target!.querySelector('.phone-word__gloss')!);
    expect(parseFloat(gloss.fontSize)).toBeLessThan(
      parseFloat(getComputedStyle(target!.querySelector('.phone-row__label')!).fontSize),
    );
  });

  it('never shows a word id, nor an English word a phone in another language does not show', async () => {
    await draw(picture('iphone-facetime-switch-en'), { locale: 'zh-Hant', phone: 'zh-Hant' });
    const shown = normalized(document.querySelector('.phone')?.textContent ?? '');
    for (const id of ['silence', 'live-photos', 'call-filtering', 'calls', 'apps']) expect(shown).not.toContain(id);
    for (const english of ['Silence Unknown Callers', 'Call Filtering', 'Calls', 'Apps'])
      expect(shown).not.toContain(english);
    expect(shown).toContain('把陌生來電靜音');
  });
});

describe('direction follows the phone, not the page', () => {
  it('an English phone in an Arabic page is drawn left to right; an Arabic phone, and "I don\'t know" in Arabic, mirrored', async () => {
    const cases: [PhoneLocale, 'ltr' | 'rtl'][] = [
      ['en', 'ltr'],
      ['ar', 'rtl'],
      ['unknown', 'rtl'],
    ];
    for (const [phone, dir] of cases) {
      await draw(picture('iphone-facetime-switch-en'), { locale: 'ar', phone });
      expect(document.documentElement.dir).toBe('rtl');
      expect(document.querySelector('figure.phone')?.getAttribute('dir'), String(phone)).toBe(dir);
      // The marker reads in the visitor's language and direction, whatever the phone's.
      expect(document.querySelector('.phone-target__tag [dir]')?.getAttribute('dir')).toBe('rtl');
    }
  });

  it('mirrors the back chevron on an Arabic phone', async () => {
    for (const [phone, scale] of [
      ['en', 'none'],
      ['ar', '-1 1'],
    ] as const) {
      await draw(picture('iphone-facetime-switch-en'), { locale: 'ar', phone });
      expect(getComputedStyle(document.querySelector('svg[data-control="back"]')!).scale, phone).toBe(scale);
    }
  });
});

describe('for a screen reader', () => {
  it('names the picture by its screen and reads the marker', async () => {
    await draw(picture('iphone-settings-en'), { locale: 'zh-Hant', phone: 'en' });
    const figure = document.querySelector('figure.phone');
    expect(figure?.getAttribute('aria-label')).toBe('你的手機畫面示意圖：Settings（設定）');
    expect(figure?.querySelector('.phone-target__tag')?.getAttribute('aria-hidden')).toBeNull();
  });

  it('is clean under axe: every picture of the visual test, in its language, in every theme', async () => {
    // One page per reading language with all its pictures: axe runs once per language and theme.
    for (const locale of [...new Set(PICTURES.map((p) => p.reading))]) {
      await mountScreen(
        <>
          {PICTURES.filter((p) => p.reading === locale).map((p) => (
            <PhoneScreen
              key={p.name}
              screen={p.screen}
              words={wordsFor(p.reading)}
              phoneLocale={p.phone}
              locale={p.reading}
              variant={p.variant}
              visitorPhone={p.visitorPhone}
            />
          ))}
        </>,
        { locale, frame: false },
      );
      expect(await axeViolations({ tags: AXE_TAGS }), locale).toEqual([]);
      for (const theme of THEMES.filter((t) => t !== 'standard')) {
        document.documentElement.dataset.theme = theme;
        expect(await axeViolations({ rules: colourRules(theme) }), `${locale}, ${theme}`).toEqual([]);
      }
      delete document.documentElement.dataset.theme;
    }
  });
});
