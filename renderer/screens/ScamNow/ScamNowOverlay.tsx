import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.ts';
import { UrgentCard } from '../../components/UrgentCard.tsx';
import { urgentLines } from '../../components/urgent-lines.ts';
import { LtrText } from '../../components/LtrText.tsx';

/** Confirmed phone lines only: the emergency number and the first advice line. A frightened visitor needs one number, not a directory. */
const MAX_LINES = 2;

/** "Someone is calling me right now": what to do, in order, and the region's hotline in big digits. */
export function ScamNowOverlay({
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
      name="scam-now"
      event="scam_now_opened"
      locale={locale}
      visitId={visitId}
      loadingTitle={t('nav.scamNow')}
      onClose={onClose}
      content={(advice) => ({
        title: advice.scamNow.title,
        steps: (
          <ol className="urgent__steps scam-now__steps">
            {advice.scamNow.steps.map((step) => (
              <li key={step.id} dir="auto">
                <LtrText text={step.text} />
              </li>
            ))}
          </ol>
        ),
        lines: urgentLines(
          advice.hotlines.filter((h) => h.kind === 'phone'),
          MAX_LINES,
        ),
        callHeading: t('scamNow.hotlines'),
        noLines: t('scamNow.noHotline'),
      })}
    />
  );
}
