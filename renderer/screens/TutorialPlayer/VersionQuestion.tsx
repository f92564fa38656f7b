import { useTranslation } from 'react-i18next';
import type { TutorialView } from '../../../shared/content-schema.ts';
import { BigButton } from '../../components/BigButton.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { BackButton } from '../../components/BackButton.tsx';

/** The visitor picks their phone's software version, so every step matches what their phone shows. */
export function VersionQuestion({ tutorial, dispatch }: { tutorial: TutorialView; dispatch: (action: JourneyAction) => void }) {
  const { t } = useTranslation();
  return (
    <section className="version" aria-labelledby="version-question">
      <div className="why">
        <h2 className="why__title">{t('player.why')}</h2>
        <p dir="auto">{tutorial.why}</p>
      </div>
      <h2 id="version-question" className="version__question">
        {t('player.chooseVersion')}
      </h2>
      <ul className="version__list">
        {tutorial.variants.map((v) => (
          <li key={v.id}>
            <BigButton className="version__choice" onClick={() => dispatch({ type: 'variantChosen', variantId: v.id, asked: true })}>
              <span dir="auto">{v.label}</span>
            </BigButton>
          </li>
        ))}
      </ul>
      {tutorial.versionHint && (
        <p className="version__hint" dir="auto">
          {tutorial.versionHint}
        </p>
      )}
      <p className="version__help">{t('player.chooseVersionHelp')}</p>
      <nav className="step-nav">
        <BackButton dispatch={dispatch} />
      </nav>
    </section>
  );
}
