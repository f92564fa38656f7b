import type { FacilitatorNoteView } from '../../../shared/content-schema.ts';
import type { Locale } from '../../../shared/locales.ts';
import { langOf } from '../../staff/assist-context.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';

const KIND_LABEL = {
  'goes-wrong': 'staff.assist.kindGoesWrong',
  elsewhere: 'staff.assist.kindElsewhere',
  check: 'staff.assist.kindCheck',
} as const;

/** The language's English name, for staff ("Arabic"), whatever the visitor reads. */
export const englishName = (locale: Locale): string =>
  new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;

/**
 * The notes for the volunteer at this step, in a box set apart from the visitor's step: English first
 * (the staff language), then the same notes in the visitor's language with its own `lang` and `dir`,
 * so the volunteer can point at them or read them out. Shown only in an assisted visit (StepView).
 */
export function FacilitatorNotes({
  notes,
  guideNotes = [],
  locale,
}: {
  notes: FacilitatorNoteView[];
  /** Notes about the whole guide, shown with the first step's. */
  guideNotes?: FacilitatorNoteView[];
  locale: Locale;
}) {
  const t = useStaffText();
  if (notes.length === 0 && guideNotes.length === 0) return null;
  const all = [...guideNotes, ...notes];
  // Notes not written in the visitor's language come in English: then there is nothing to show twice.
  const translated = all.filter((n) => n.locale !== 'en');
  return (
    <aside className="staff-notes" aria-labelledby="staff-notes-title" {...STAFF_LANG}>
      <h2 id="staff-notes-title" className="staff-notes__title">
        {t('staff.assist.notesTitle')}
      </h2>
      <section className="staff-notes__part" aria-label={t('staff.assist.inEnglish')}>
        <p className="staff-notes__label">{t('staff.assist.inEnglish')}</p>
        <ul className="staff-notes__list">
          {all.map((n, i) => (
            <li key={i} className="staff-notes__note">
              <strong className="staff-notes__kind">
                {guideNotes.includes(n) ? `${t('staff.assist.notesGuide')} · ` : ''}
                {t(KIND_LABEL[n.kind])}:{' '}
              </strong>
              {n.en}
              {!n.verified && <em className="staff-notes__unverified"> {t('staff.assist.unverified')}</em>}
            </li>
          ))}
        </ul>
      </section>
      {translated.length > 0 && (
        <section
          className="staff-notes__part staff-notes__part--visitor"
          aria-label={t('staff.assist.inVisitorLanguage', { language: englishName(locale) })}
        >
          <p className="staff-notes__label">{t('staff.assist.inVisitorLanguage', { language: englishName(locale) })}</p>
          <ul className="staff-notes__list" {...langOf(locale)}>
            {translated.map((n, i) => (
              <li key={i} className="staff-notes__note">
                {n.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
