import { useTranslation } from 'react-i18next';
import type { TutorialView } from '../../../shared/content-schema.ts';
import { BigButton } from '../../components/BigButton.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { BackButton } from '../../components/BackButton.tsx';

/** The visitor picks their phone's software version, so every step matches what their phone shows. */
export function VersionQuestion({
  tutorial,
  dispatch,
}: {
  tutorial: TutorialView;
  dispatch: (action: JourneyAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="version" aria-labelledby="version-question">
      <h2 id="version-question" className="version__question">
        {t('player.chooseVersion')}
      </h2>
      <ul className="version__list">
        {tutorial.variants.map((v) => (
          <li key={v.id}>
            <BigButton
              className="version__choice"
              onClick={() => dispatch({ type: 'variantChosen', variantId: v.id, asked: true })}
            >
              <span dir="auto">{v.label}</span>
            </BigButton>
          </li>
        ))}
        <li>
          {/* Most visitors do not know their version: start the common one; "looks different" offers the others. */}
          <BigButton
            variant="secondary"
            className="version__unsure"
            onClick={() =>
              dispatch({ type: 'variantChosen', variantId: tutorial.commonVariant, asked: true, unsure: true })
            }
          >
            {t('player.dontKnowVersion')}
          </BigButton>
        </li>
      </ul>
      {tutorial.versionHint && (
        <p className="version__hint" dir="auto">
          {tutorial.versionHint}
        </p>
      )}
      <p className="version__help">{t('player.chooseVersionHelp')}</p>
      {/* The question and its answers come first, where a short screen shows them; why it matters follows. */}
      <div className="why">
        <h2 className="why__title">{t('player.why')}</h2>
        <p dir="auto">{tutorial.why}</p>
      </div>
      <nav className="step-nav">
        <BackButton dispatch={dispatch} />
      </nav>
    </section>
  );
}
