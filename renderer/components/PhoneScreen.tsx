import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { PhoneLocale, PhoneWordView, ScreenView } from '../../shared/phone-picture.ts';
import { phoneLanguage, showWord, withGloss } from '../../shared/phone-words.ts';
import { CallScreen } from './phone/Call.tsx';
import { frameSystem, pictureFrame, type PictureVariant, type VisitorPhone } from './phone/frame.ts';
import { Gesture, ROW_GESTURES } from './phone/Gesture.tsx';
import { AppHeader } from './phone/Header.tsx';
import { HomeScreen } from './phone/Home.tsx';
import { PhoneLookContext, type PhoneLook } from './phone/look.ts';
import { Overlay } from './phone/Overlays.tsx';
import { PhoneFrame } from './phone/PhoneFrame.tsx';
import { RowList } from './phone/Rows.tsx';
import { TabBar } from './phone/TabBar.tsx';
import { hasTranslatedWord, WordRuleContext, type WordRule } from './phone/words.tsx';
import './phone/phone.css';

interface Props {
  screen: ScreenView;
  words: Readonly<Record<string, PhoneWordView>>;
  /** The visitor's answer to "which language is your phone in?" ('unknown': their reading language). */
  phoneLocale: PhoneLocale;
  /** The visitor's reading language: the marker, the legend, the meanings. */
  locale: Locale;
  variant: PictureVariant;
  /** The visitor's own phone, for a guide written for any phone. */
  visitorPhone?: VisitorPhone | undefined;
}

function ScreenContent({ screen }: { screen: ScreenView }) {
  switch (screen.kind) {
    case 'home':
      return <HomeScreen screen={screen} />;
    case 'call':
      return <CallScreen screen={screen} />;
    case 'menu':
    case 'sheet':
    case 'dialog':
      return <Overlay screen={screen} />;
    case 'list':
      return (
        <>
          <AppHeader screen={screen} />
          <RowList rows={screen.rows} gesture={screen.gesture} />
          <TabBar tabs={screen.tabs} />
        </>
      );
  }
}

/**
 * The picture of the visitor's phone for one step (issue 17, ux audit M2, M3, m10), drawn from the
 * step's screen description: the visitor's kind of phone, its status bar, the app's header, the rows
 * around the one to tap, the target marked, a gesture where the step is a movement. Vector and CSS
 * only, so it follows the theme, scales to the screen and prints.
 *
 * Every word goes through the one rule (shared/phone-words.ts). The picture runs in the PHONE's
 * direction, not the page's: a phone in English is drawn left to right inside an Arabic page (no phone
 * shows English words on a mirrored screen), a phone in Arabic mirrored.
 */
export function PhoneScreen({ screen, words, phoneLocale, locale, variant, visitorPhone }: Props) {
  const { t } = useTranslation();
  const frame = pictureFrame(screen.frame, variant, visitorPhone);
  const look: PhoneLook = { frame, system: frameSystem(frame), app: screen.app };
  const rule: WordRule = { words, phoneLocale, locale };
  const phoneLang = LOCALE_INFO[phoneLanguage(phoneLocale, locale)];
  const reading = LOCALE_INFO[locale];
  const titleWord = screen.title ? words[screen.title] : undefined;
  const title = titleWord ? showWord(titleWord, phoneLocale, locale) : undefined;
  const screenGesture = screen.gesture && !ROW_GESTURES.has(screen.gesture) ? screen.gesture : undefined;
  const classes = [
    'phone',
    `phone--${frame}`,
    `phone--${look.system}`,
    `phone--app-${screen.app}`,
    `phone--kind-${screen.kind}`,
  ];
  return (
    <WordRuleContext.Provider value={rule}>
      <PhoneLookContext.Provider value={look}>
        <figure
          className={classes.join(' ')}
          dir={phoneLang.dir}
          lang={phoneLang.htmlLang}
          aria-label={t('phone.picture', {
            title: title?.gloss ? withGloss(title.shown, title.gloss, locale) : (title?.shown ?? ''),
          })}
        >
          <PhoneFrame>
            <ScreenContent screen={screen} />
            {screenGesture && <Gesture gesture={screenGesture} />}
          </PhoneFrame>
          {hasTranslatedWord(screen, rule) && (
            <figcaption className="phone__legend" lang={reading.htmlLang} dir={reading.dir}>
              <span className="phone__legend-sample" aria-hidden="true" />
              {t('phone.translatedLegend')}
            </figcaption>
          )}
        </figure>
      </PhoneLookContext.Provider>
    </WordRuleContext.Provider>
  );
}
