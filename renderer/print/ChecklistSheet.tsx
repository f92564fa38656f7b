import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatResumeCode, type ChecklistText, type ChecklistView } from '../../shared/checklist-schema.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { levelClasses, type BodyPoints, type CompactLevel } from './fit-sheet.ts';
import { MenuPath } from './MenuPath.tsx';
import { QrCode } from './QrCode.tsx';
import { LtrText } from '../components/LtrText.tsx';
import { anyTranslated } from '../components/PhoneText.tsx';

interface Lang {
  text: ChecklistText;
  t: TFunction;
}

/**
 * How the fit step (use-fit.ts) sees an element: a unit that is never split across pages, or a
 * heading kept with the unit after it. Every printed line sits in exactly one.
 */
type FitRole = 'unit' | 'keep';

/** One line of the sheet in every language printed, side by side, each in its own language and direction. */
function Row({
  langs,
  className,
  fit,
  children,
}: {
  langs: Lang[];
  className?: string;
  fit?: FitRole;
  children: (lang: Lang) => ReactNode;
}) {
  return (
    <div className={`sheet__row${className ? ` ${className}` : ''}`} data-fit={fit}>
      {langs.map((lang) => (
        <div
          key={lang.text.locale}
          className="sheet__cell"
          lang={LOCALE_INFO[lang.text.locale].htmlLang}
          dir={LOCALE_INFO[lang.text.locale].dir}
        >
          {children(lang)}
        </div>
      ))}
    </div>
  );
}

/** A heading over advice lines; at the essentials level a second language's heading says where to read them instead. */
function AdviceHeading({ title, hint }: { title: string; hint: string | undefined }) {
  return (
    <h2>
      {title}
      {hint !== undefined && (
        <>
          {' '}
          <span className="sheet__hint sheet__hint--first">{hint}</span>
        </>
      )}
    </h2>
  );
}

function Box({ ticked }: { ticked: boolean }) {
  // Drawn, not a font glyph: every printer shows it, and no symbol font has to be embedded.
  return (
    <svg className="sheet__box" viewBox="0 0 20 20" aria-hidden="true">
      <rect x="1.5" y="1.5" width="17" height="17" rx="2" fill="none" stroke="currentColor" strokeWidth="2.5" />
      {ticked && (
        <path
          d="M5 10.5l3.5 3.5L15.5 6"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}

function formatDay(day: string, locale: Locale): string {
  const [y = 2000, m = 1, d = 1] = day.split('-').map(Number);
  // Latin digits in every language, like the phone numbers beside it.
  return new Intl.DateTimeFormat(`${LOCALE_INFO[locale].htmlLang}-u-nu-latn`, { dateStyle: 'long' }).format(
    new Date(y, m - 1, d),
  );
}

function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

interface Props {
  view: ChecklistView;
  points: BodyPoints;
  /**
   * How far the sheet is squeezed to fit two pages (fit-sheet.ts COMPACT_LEVELS), as useFittedPoints
   * decides; `true` is the old compact sheet (level 2), `false` the sheet as designed.
   */
  compact?: boolean | CompactLevel;
  ref?: Ref<HTMLElement>;
}

/**
 * The family checklist as printed: what was done (ticked), what is still to do (boxes, each with its
 * menu path), red flags, what to do on a video call, who to call, QR codes to the official advice,
 * and the resume code. Black on white, no colour needed. Bilingual sheets pair each line with its
 * translation, the visitor's language on the reading side. `points` and `compact` come from
 * useFittedPoints, which squeezes a long sheet into two pages (fit-sheet.ts); every level is CSS on
 * the same markup, so the fit step can try them all without rendering again.
 */
export function ChecklistSheet({ view, points, compact = false, ref }: Props) {
  const { i18n } = useTranslation();
  const langs: Lang[] = view.texts.map((text) => ({ text, t: i18n.getFixedT(text.locale) }));
  const first = langs[0];
  if (!first) return null;
  const main = view.texts[0]?.locale ?? 'en';
  // phone-language: the visitor's phone; not known, the visitor's language (for the family's column too:
  // it is the visitor's phone they will hold).
  const phone = view.phone && view.phone !== 'unknown' ? view.phone : main;
  const translated = (text: ChecklistText) =>
    text.todo.some((item) => anyTranslated([item.path], item.words ?? {}, phone, text.locale));
  const hotlines = first.text.hotlines;
  const personal = view.kind === 'personal';
  const level: CompactLevel = compact === true ? 2 : compact === false ? 0 : compact;
  const classes = [
    'sheet',
    `sheet--${view.paperSize}`,
    `sheet--${langs.length === 2 ? 'two' : 'one'}`,
    `sheet--${points}pt`,
    ...levelClasses(level),
  ];
  // The language the steps are printed in, named in the reader's own language ("Arabic", "阿拉伯文").
  const firstName = (reader: Locale) =>
    new Intl.DisplayNames([LOCALE_INFO[reader].htmlLang], { type: 'language' }).of(main) ??
    LOCALE_INFO[main].nativeName;

  return (
    <article
      ref={ref}
      className={classes.join(' ')}
      lang={LOCALE_INFO[main].htmlLang}
      dir={LOCALE_INFO[main].dir}
      data-pages-size={view.paperSize}
    >
      {/* Everything printed, as one flow: at the stacked level, two newspaper columns from the top of the page. */}
      <div className="sheet__body">
        <header className="sheet__head" data-fit="unit">
          <Row langs={langs} className="sheet__titles">
            {({ t, text }) => (
              <>
                <h1 className="sheet__title">
                  {personal
                    ? t('print.title')
                    : t('print.handoutTitle', { topic: t(`browse.topic.${view.topic ?? 'general'}`) })}
                </h1>
                <p className="sheet__where">
                  {t('print.centreAndDate', { centre: view.centreName, date: formatDay(view.date, text.locale) })}
                </p>
              </>
            )}
          </Row>
          {personal && view.code && (
            <div className="sheet__code">
              <Row langs={langs}>{({ t }) => <span className="sheet__code-label">{t('print.code')}</span>}</Row>
              <strong className="sheet__code-digits" dir="ltr">
                {formatResumeCode(view.code)}
              </strong>
            </div>
          )}
        </header>
        {personal && (
          <section className="sheet__section">
            <Row langs={langs} fit="keep">
              {({ t }) => <h2>{t('print.done')}</h2>}
            </Row>
            {first.text.done.length === 0 && first.text.practised.length === 0 ? (
              <Row langs={langs} fit="unit">
                {({ t }) => <p className="sheet__none">{t('print.nothingDone')}</p>}
              </Row>
            ) : (
              first.text.done.map((_, i) => (
                <Row key={i} langs={langs} className="sheet__item sheet__item--done" fit="unit">
                  {({ text }) => (
                    <>
                      <Box ticked />
                      <span className="sheet__goal">{text.done[i]?.item}</span>
                    </>
                  )}
                </Row>
              ))
            )}
            {/* The practice calls played (issue 20), ticked like what was done. */}
            {first.text.practised.map((p, i) => (
              <Row key={p.id} langs={langs} className="sheet__item sheet__item--done sheet__practised" fit="unit">
                {({ text }) => (
                  <>
                    <Box ticked />
                    <span className="sheet__goal">{text.practised[i]?.text}</span>
                  </>
                )}
              </Row>
            ))}
          </section>
        )}

        {first.text.todo.length > 0 && (
          <section className="sheet__section">
            <Row langs={langs} fit="keep">
              {({ t, text }) => (
                <h2>
                  {t('print.todo')}{' '}
                  {/* phone-language: where a path holds a translated word, the hint says what the dashes mean
                      instead of "tick each box" (a line of its own pushed a typical plan onto a second page). */}
                  {translated(text) ? (
                    <span className="sheet__hint sheet__legend">{t('phoneLanguage.sheetLegend')}</span>
                  ) : (
                    <span className="sheet__hint">{t('print.todoHint')}</span>
                  )}
                  {/* At the brief level, what the second language reads instead: its steps are not printed. */}
                  {text.locale !== main && (
                    <span className="sheet__hint sheet__hint--brief">
                      {t('print.todoHintBrief', { language: firstName(text.locale) })}
                    </span>
                  )}
                </h2>
              )}
            </Row>
            {first.text.todo.map((_, i) => (
              <Row key={i} langs={langs} className="sheet__item" fit="unit">
                {({ text }) => (
                  <>
                    <Box ticked={false} />
                    <span className="sheet__goal">
                      <strong>{text.todo[i]?.item}</strong>
                      <MenuPath
                        className="sheet__path"
                        path={text.todo[i]?.path ?? ''}
                        dir={LOCALE_INFO[text.locale].dir}
                        words={{ words: text.todo[i]?.words ?? {}, phone, reading: text.locale }}
                      />
                    </span>
                  </>
                )}
              </Row>
            ))}
          </section>
        )}

        {/* Advice and hotlines flow through two newspaper columns, so no column is left half empty. */}
        <div className="sheet__columns">
          <section className="sheet__block">
            <Row langs={langs} fit="keep">
              {({ t, text }) => (
                <AdviceHeading
                  title={t('print.ifCalled')}
                  hint={
                    text.locale !== main ? t('print.inFirstLanguage', { language: firstName(text.locale) }) : undefined
                  }
                />
              )}
            </Row>
            {first.text.ifCalled.map((s, i) => (
              <Row key={s.id} langs={langs} className="sheet__line" fit="unit">
                {({ text }) => (
                  <>
                    <span className="sheet__num">{i + 1}.</span>
                    <span>{text.ifCalled[i]?.text}</span>
                  </>
                )}
              </Row>
            ))}
          </section>
          <section className="sheet__block">
            <Row langs={langs} fit="keep">
              {({ t, text }) => (
                <AdviceHeading
                  title={t('print.redFlags')}
                  hint={
                    text.locale !== main ? t('print.inFirstLanguage', { language: firstName(text.locale) }) : undefined
                  }
                />
              )}
            </Row>
            {first.text.redFlags.map((f, i) => (
              <Row key={f.id} langs={langs} className="sheet__line" fit="unit">
                {({ text }) => (
                  <>
                    <span className="sheet__num sheet__num--bullet" aria-hidden="true" />
                    <span>{text.redFlags[i]?.text}</span>
                  </>
                )}
              </Row>
            ))}
          </section>
          {hotlines.length > 0 && (
            <section className="sheet__block sheet__hotlines">
              <Row langs={langs} fit="keep">
                {({ t }) => <h2>{t('print.whoToCall')}</h2>}
              </Row>
              {hotlines.map((h, i) => (
                <Row
                  key={h.id}
                  langs={langs}
                  className={`sheet__hotline${h.emergency ? ' sheet__hotline--emergency' : ''}`}
                  fit="unit"
                >
                  {({ text }) => (
                    <span>
                      {/* The number leads its line in every language, isolated so digits never reorder. */}
                      <bdi className="sheet__contact" dir="ltr">
                        {h.contact}
                      </bdi>{' '}
                      <strong>
                        <LtrText text={text.hotlines[i]?.name ?? ''} />:
                      </strong>{' '}
                      <span className="sheet__purpose">
                        <LtrText text={text.hotlines[i]?.purpose ?? ''} />
                      </span>
                    </span>
                  )}
                </Row>
              ))}
            </section>
          )}
        </div>

        {/* At the stacked level the note and codes fill the end of the last column. */}
        <footer className="sheet__foot" data-fit="unit">
          <div className="sheet__qrs">
            <Row langs={langs} className="sheet__note">
              {({ t }) => <p>{personal ? t('print.codeNote') : t('print.handoutNote')}</p>}
            </Row>
            {first.text.qr.map((q, i) => (
              <figure key={q.url} className="sheet__qr">
                <QrCode url={q.url} label={q.label} />
                <figcaption>
                  {langs.map(({ text }) => (
                    <span
                      key={text.locale}
                      lang={LOCALE_INFO[text.locale].htmlLang}
                      dir={LOCALE_INFO[text.locale].dir}
                      className="sheet__qr-label"
                    >
                      {text.qr[i]?.label}
                    </span>
                  ))}
                  <span className="sheet__qr-host" dir="ltr">
                    {hostOf(q.url)}
                  </span>
                </figcaption>
              </figure>
            ))}
          </div>
        </footer>
      </div>
    </article>
  );
}
