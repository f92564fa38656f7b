import { useTranslation } from 'react-i18next';
import type { TutorialSummary } from '../../../shared/content-schema.ts';
import type { Locale } from '../../../shared/locales.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { InEnglish } from '../../staff/assist-context.tsx';

interface Props {
  summary: TutorialSummary;
  locale: Locale;
  /** "Because you said …", when the plan was ranked in this visit (a resumed plan has no reasons). */
  because: string | undefined;
  /** The first guide not yet done: "Do this first", and the only filled Start button. */
  next: boolean;
  done: boolean;
  onStart: () => void;
  /** The guide's English title, while "Show in English for staff" is on. */
  english?: string | undefined;
}

/**
 * One guide of the plan, compact so five fit on a 1280x800 screen: its title, then why it is there
 * with the time it takes (or "Done") on the same line, and Start beside them. The summary is left to
 * the guide's own first screen: on the plan, why this guide is for this visitor matters more.
 */
export function PlanItem({ summary, locale, because, next, done, onStart, english }: Props) {
  const { t } = useTranslation();
  const lang = summary.locale === locale ? undefined : 'en';
  const action = done ? t('plan.again') : t('plan.start');
  return (
    <li className={`plan-item${next ? ' plan-item--first' : ''}${done ? ' plan-item--done' : ''}`}>
      {next && <span className="badge badge--first">{t('plan.first')}</span>}
      <div className="plan-item__words">
        <h2 className="plan-item__title" dir="auto" lang={lang}>
          {summary.title}
        </h2>
        <InEnglish text={english} block />
        <p className="plan-item__line">
          {because && (
            <span className="plan-item__because" dir="auto">
              {because}
            </span>
          )}
          {done ? (
            <span className="badge badge--done">✓ {t('tutorials.done')}</span>
          ) : (
            <span className="plan-item__meta">{t('tutorials.minutes', { count: summary.minutes })}</span>
          )}
        </p>
      </div>
      <BigButton
        variant={next ? 'primary' : 'secondary'}
        className="plan-item__start"
        aria-label={`${action}: ${summary.title}`}
        onClick={onStart}
      >
        {action}
      </BigButton>
    </li>
  );
}
