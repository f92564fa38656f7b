import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TutorialView, VariantView } from '../../../shared/content-schema.ts';
import { BigButton } from '../../components/BigButton.tsx';
import type { JourneyAction } from '../../flow/journey.ts';

interface Props {
  tutorial: TutorialView;
  variant: VariantView;
  /** The step the visitor is on: another version opens at the same step where it has one. */
  stepId: string;
  dispatch: (action: JourneyAction) => void;
  onKeepGoing: () => void;
  /** Close this panel and look at the step again. */
  onBack: () => void;
}

/** "No, it looks different": no blame, and three ways on: another version, a person, or carry on. */
export function LooksDifferent({ tutorial, variant, stepId, dispatch, onKeepGoing, onBack }: Props) {
  const { t } = useTranslation();
  const others = tutorial.variants.filter((v) => v.id !== variant.id);
  const title = useRef<HTMLHeadingElement>(null);
  // The answer to "No" must be seen at once: bring it into view and give it focus (read aloud too).
  useEffect(() => {
    title.current?.scrollIntoView({ block: 'center' });
    title.current?.focus();
  }, []);
  return (
    <section className="different" aria-labelledby="different-title">
      <h2 id="different-title" className="different__title" ref={title} tabIndex={-1}>
        {t('player.differentTitle')}
      </h2>
      {others.length > 0 && (
        <>
          <p>{t('player.tryOther')}</p>
          <ul className="different__variants">
            {others.map((v) => (
              <li key={v.id}>
                <BigButton
                  variant="secondary"
                  onClick={() =>
                    dispatch({
                      type: 'variantChosen',
                      variantId: v.id,
                      asked: true,
                      stepIndex: Math.max(
                        0,
                        v.steps.findIndex((s) => s.id === stepId),
                      ),
                    })
                  }
                >
                  <span dir="auto">{v.label}</span>
                </BigButton>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="different__actions">
        <BigButton variant="secondary" className="different__back" onClick={onBack}>
          {t('nav.back')}
        </BigButton>
        <BigButton
          variant="secondary"
          className="different__help"
          onClick={() => dispatch({ type: 'openOverlay', overlay: 'help' })}
        >
          {t('player.askHelp')}
        </BigButton>
        <BigButton className="different__keep-going" onClick={onKeepGoing}>
          {t('player.keepGoing')}
        </BigButton>
      </div>
    </section>
  );
}
