import { useState } from 'react';
import type { Guide } from '../../../shared/api.ts';
import { TOPICS } from '../../../shared/content-schema.ts';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import type { AssistedStart } from '../../flow/journey.ts';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { StaffLanguageChoice } from './StaffLanguageChoice.tsx';
import { StaffLoading } from './StaffLoading.tsx';
import { useStaffCall } from './use-staff-call.ts';

export interface GuideChoice {
  tutorialId: string;
  variantId: string;
}

interface Props {
  /** The language of the visit running under staff mode; null when none runs. */
  visitLocale: Locale | null;
  /** The kiosk's enabled languages, for a new assisted visit. */
  locales: Locale[];
  onOpen: (choice: GuideChoice, start?: AssistedStart) => void;
  onBack: () => void;
  onSessionLost: () => void;
}

/**
 * Every guide, grouped by topic as the visitor's list groups them, each with every variant it has
 * (phone and version): staff open the one the visitor's phone needs at step 1, without the questions.
 * With no visit running, staff first choose the visitor's language.
 */
export function GuidesScreen({ visitLocale, locales, onOpen, onBack, onSessionLost }: Props) {
  const t = useStaffText();
  const list = useStaffCall('listGuides', (read) => read.listGuides({}), onSessionLost);
  const [chosen, setChosen] = useState<{ choice: GuideChoice; what: string } | null>(null);

  const choose = (guide: Guide, variant: Guide['variants'][number]) => {
    const choice = { tutorialId: guide.id, variantId: variant.id };
    if (visitLocale) onOpen(choice);
    else setChosen({ choice, what: `${guide.title} (${variant.label})` });
  };

  return (
    <main className="screen staff staff-guides" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.tools.guidesTitle')}</ScreenHeading>
      {chosen ? (
        <StaffLanguageChoice
          locales={locales}
          what={chosen.what}
          onStarted={(start) => onOpen(chosen.choice, start)}
          onCancel={() => setChosen(null)}
          onSessionLost={onSessionLost}
        />
      ) : (
        <>
          <p className="staff-guides__hint">
            {visitLocale
              ? t('staff.tools.guidesInVisit', { language: LOCALE_INFO[visitLocale].nativeName })
              : t('staff.tools.guidesNoVisit')}
          </p>
          {list.status !== 'ready' ? (
            <StaffLoading failed={list.status === 'failed'} onRetry={list.retry} />
          ) : (
            TOPICS.map((topic) => {
              const guides = list.data.guides.filter((g) => g.topic === topic);
              return guides.length === 0 ? null : (
                <section key={topic} className="staff-guides__topic" aria-labelledby={`staff-topic-${topic}`}>
                  <h2 id={`staff-topic-${topic}`} className="health__title">
                    {t(`browse.topic.${topic}`)}
                  </h2>
                  <ul className="staff-guides__list">
                    {guides.map((guide) => (
                      <li key={guide.id} className="staff-guide">
                        <h3 id={`staff-guide-${guide.id}`} className="staff-guide__title">
                          {guide.title}
                        </h3>
                        <div role="group" aria-labelledby={`staff-guide-${guide.id}`} className="staff-guide__variants">
                          {guide.variants.map((variant) => (
                            <button
                              key={variant.id}
                              type="button"
                              className="choice staff-guide__variant"
                              onClick={() => choose(guide, variant)}
                            >
                              {variant.label}
                            </button>
                          ))}
                        </div>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })
          )}
        </>
      )}
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onBack}>
          {t('staff.back')}
        </BigButton>
      </nav>
    </main>
  );
}
