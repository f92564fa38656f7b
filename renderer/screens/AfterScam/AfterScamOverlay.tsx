import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.ts';
import { UrgentCard } from '../../components/UrgentCard.tsx';
import { LtrText } from '../../components/LtrText.tsx';

/**
 * "I already paid, gave a code, or installed their app": what to do now, in order, each step with
 * what doing it now buys in time, then the lines content/after-scam.yaml chose for the region.
 */
export function AfterScamOverlay({
  locale,
  visitId,
  onClose,
}: {
  locale: Locale;
  visitId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <UrgentCard
      name="after-scam"
      event="after_scam_opened"
      locale={locale}
      visitId={visitId}
      loadingTitle={t('nav.afterScam')}
      onClose={onClose}
      content={(advice) => ({
        title: advice.afterScam.title,
        steps: (
          <ol className="urgent__steps after-scam__steps">
            {advice.afterScam.steps.map((step) => (
              <li key={step.id} dir="auto">
                <p className="after-scam__do">
                  <LtrText text={step.text} />
                </p>
                <p className="after-scam__buys">
                  <strong>{t('afterScam.buys')}</strong> <LtrText text={step.buys} />
                </p>
              </li>
            ))}
          </ol>
        ),
        lines: advice.afterScam.hotlines,
        callHeading: t('afterScam.hotlines'),
        noLines: t('afterScam.noHotline'),
      })}
    />
  );
}
