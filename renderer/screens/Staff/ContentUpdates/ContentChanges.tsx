import type { ContentPackChanges } from '../../../../shared/content-pack-schema.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../../../../shared/locales.ts';
import { useStaffText } from '../../../staff/staff-text.ts';

const languageName = (code: string) =>
  (LOCALES as readonly string[]).includes(code) ? LOCALE_INFO[code as Locale].nativeName : code;

/** What a pack changes (or changed) for visitors: guides added, changed and taken out, other files, languages. */
export function ContentChanges({ changes }: { changes: ContentPackChanges }) {
  const t = useStaffText();
  const groups = [
    { key: 'added', title: t('staff.content.added'), items: changes.added.map((g) => g.title) },
    { key: 'changed', title: t('staff.content.changed'), items: changes.changed.map((g) => g.title) },
    { key: 'removed', title: t('staff.content.removed'), items: changes.removed.map((g) => g.title) },
    { key: 'other', title: t('staff.content.otherFiles'), items: changes.otherFiles },
    { key: 'languagesAdded', title: t('staff.content.languagesAdded'), items: changes.localesAdded.map(languageName) },
    {
      key: 'languagesRemoved',
      title: t('staff.content.languagesRemoved'),
      items: changes.localesRemoved.map(languageName),
    },
  ].filter((g) => g.items.length > 0);
  const guides = changes.added.length + changes.changed.length + changes.removed.length;
  return (
    <section className="health__section content-changes" aria-labelledby="content-changes-title">
      <h2 id="content-changes-title" className="health__title">
        {t('staff.content.changesTitle')}
      </h2>
      {guides === 0 && <p>{t('staff.content.noChanges')}</p>}
      {groups.map((g) => (
        <div key={g.key} className={`content-changes__group content-changes__group--${g.key}`}>
          <h3 className="content-changes__title">
            {g.title} ({g.items.length})
          </h3>
          <ul className="content-changes__list">
            {g.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
