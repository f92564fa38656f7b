import { useTranslation } from 'react-i18next';
import type { StepView } from '../../shared/content-schema.ts';
import { InEnglish } from '../staff/assist-context.tsx';

type ScreenView = NonNullable<StepView['screen']>;
type RowView = ScreenView['rows'][number];

/** A switch is drawn as it should end up, so its marker says what to do to it. */
function targetLabel(row: RowView): 'phone.tapHere' | 'phone.turnOff' | 'phone.turnOn' {
  if (row.kind !== 'switch' || !row.value) return 'phone.tapHere';
  return row.value === 'off' ? 'phone.turnOff' : 'phone.turnOn';
}

/**
 * A drawing of the phone's screen for one step, built from data (no screenshots of other companies'
 * interfaces): the screen's title, its rows, and the row to tap or switch highlighted. Menu words are
 * the phone's own in the visitor's language where known; otherwise English, marked with an asterisk.
 */
export function PhoneScreen({ screen, english }: { screen: ScreenView; english?: ScreenView | undefined }) {
  const { t } = useTranslation();
  const anyFallback = screen.titleIsFallback || screen.rows.some((r) => r.labelIsFallback);
  return (
    <figure className="phone" aria-label={t('phone.picture', { title: screen.title })}>
      <div className="phone__frame">
        <div className="phone__notch" aria-hidden="true" />
        <p className="phone__title" dir="auto">
          {screen.title}
          {screen.titleIsFallback && <span aria-hidden="true">*</span>}
          {/* Staff in an assisted visit, English toggle on: the English menu words under the visitor's. */}
          {/* (Not where the phone's word is English already: nothing to add.) */}
          {!screen.titleIsFallback && english?.title !== screen.title && <InEnglish text={english?.title} />}
        </p>
        <ul className="phone__rows">
          {screen.rows.map((row, i) => (
            <li key={i} className={`phone__row${row.target ? ' phone__row--target' : ''}`}>
              <span className="phone__label" dir="auto">
                {row.label}
                {row.labelIsFallback && <span aria-hidden="true">*</span>}
                {!row.labelIsFallback && english?.rows[i]?.label !== row.label && (
                  <InEnglish text={english?.rows[i]?.label} />
                )}
              </span>
              {row.kind === 'switch' && row.value && (
                <span
                  className={`phone__switch phone__switch--${row.value}`}
                  role="img"
                  aria-label={t(row.value === 'on' ? 'phone.on' : 'phone.off')}
                />
              )}
              {row.kind === 'link' && <span className="phone__chevron" aria-hidden="true" />}
              {row.target && <span className="phone__tap">{t(targetLabel(row))}</span>}
            </li>
          ))}
        </ul>
      </div>
      {anyFallback && <figcaption className="phone__note">* {t('phone.labelInEnglish')}</figcaption>}
    </figure>
  );
}
