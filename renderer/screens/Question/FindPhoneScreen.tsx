import { useTranslation } from 'react-i18next';
import { BackButton } from '../../components/BackButton.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { AndroidBack, IphoneBack } from './PhoneBacks.tsx';

interface Props {
  questionId: string;
  /** "Not sure": kept when the visitor still does not know (then the plan holds guides for any phone). */
  notSureId: string;
  /** The answers the two pictures stand for (content: questions.yaml). */
  findOut: { ios: string; android: string };
  index: number;
  total: number;
  dispatch: (action: JourneyAction) => void;
}

/**
 * "Let's find out" (audit M5): a visitor who is not sure which phone they have turns it over and
 * compares its back with two pictures. Each picture, its line and the answer ("It's an iPhone") is
 * one big button, since an older visitor taps the picture that looks like their phone; a screen
 * reader reads the line and the answer, all that the button shows.
 */
export function FindPhoneScreen({ questionId, notSureId, findOut, index, total, dispatch }: Props) {
  const { t } = useTranslation();
  const answer = (answerId: string) =>
    dispatch({ type: 'answered', questionId, answerIds: [answerId], questionCount: total });
  const choices = [
    {
      key: 'iphone',
      answerId: findOut.ios,
      Picture: IphoneBack,
      line: t('findPhone.iphoneLine'),
      label: t('findPhone.iphone'),
    },
    {
      key: 'android',
      answerId: findOut.android,
      Picture: AndroidBack,
      line: t('findPhone.androidLine'),
      label: t('findPhone.android'),
    },
  ];
  return (
    <main className="screen question find-phone">
      <p className="question__progress">{t('questions.progress', { current: index + 1, total })}</p>
      <ScreenHeading>{t('findPhone.title')}</ScreenHeading>
      <p className="question__help">{t('findPhone.hint')}</p>
      <ul className="find-phone__choices">
        {choices.map(({ key, answerId, Picture, line, label }) => (
          <li key={key}>
            <button
              type="button"
              className={`answer find-phone__choice find-phone__choice--${key}`}
              onClick={() => answer(answerId)}
            >
              <Picture />
              <span className="find-phone__line" dir="auto">
                {line}
              </span>
              <span className="find-phone__answer" dir="auto">
                {label}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="find-phone__unsure-note">{t('findPhone.unsureNote')}</p>
      <nav className="step-nav">
        <BackButton dispatch={dispatch} />
        <BigButton variant="secondary" className="find-phone__unsure" onClick={() => answer(notSureId)}>
          {t('findPhone.unsure')}
        </BigButton>
      </nav>
    </main>
  );
}
