import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../../shared/questions-schema.ts';
import { BackButton } from '../../components/BackButton.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { Icon } from '../../components/Icon.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { offeredOptions, toggleAnswer, type Platform } from './answer-choice.ts';
import { InEnglish, useEnglishT } from '../../staff/assist-context.tsx';

interface Props {
  question: QuestionView;
  /** The phone's platform, as answered so far: decides which answers are offered. */
  platform: Platform;
  index: number;
  total: number;
  /** Answers given before, when the visitor came back to this question. */
  previous: string[] | undefined;
  dispatch: (action: JourneyAction) => void;
  /** This question in English, while "Show in English for staff" is on. */
  english?: QuestionView | undefined;
}

/**
 * One question per screen. A single-answer question moves on at one tap ("Not sure" which phone
 * first opens "let's find out"); a multiple one has Next, and its exclusive answer ("None of these")
 * clears the others.
 */
export function QuestionScreen({ question, platform, index, total, previous, dispatch, english }: Props) {
  const { t } = useTranslation();
  const en = useEnglishT();
  const options = offeredOptions(question, platform);
  // Answers given before the phone changed (FaceTime, then Android) are not carried over unseen.
  const [chosen, setChosen] = useState<string[]>(() =>
    (previous ?? []).filter((id) => options.some((o) => o.id === id)),
  );
  const single = question.kind === 'single';
  const answer = (answerIds: string[]) =>
    dispatch({ type: 'answered', questionId: question.id, answerIds, questionCount: total });

  const tap = (option: (typeof options)[number]) => {
    if (single) return option.findOut ? dispatch({ type: 'findPhone' }) : answer([option.id]);
    setChosen((list) => toggleAnswer(list, option, options));
  };

  return (
    <main className="screen question">
      <p className="question__progress">{t('questions.progress', { current: index + 1, total })}</p>
      <ScreenHeading id="question-title">{question.title}</ScreenHeading>
      <InEnglish text={english?.title} block />
      <p className="question__how">
        {single ? t('questions.chooseOne') : t('questions.chooseMany')}
        <InEnglish text={single ? en('questions.chooseOne') : en('questions.chooseMany')} />
      </p>
      {question.help && (
        <p className="question__help">
          {question.help}
          <InEnglish text={english?.help} />
        </p>
      )}
      <ul className="question__options" aria-labelledby="question-title">
        {options.map((option) => {
          const isChosen = chosen.includes(option.id);
          return (
            <li key={option.id}>
              <button
                type="button"
                className={`answer${isChosen ? ' answer--chosen' : ''}`}
                aria-pressed={single ? undefined : isChosen}
                onClick={() => tap(option)}
              >
                <Icon name={option.icon} />
                <span className="answer__label" dir="auto">
                  {option.label}
                  <InEnglish text={english?.options.find((o) => o.id === option.id)?.label} />
                </span>
                {isChosen && <span className="answer__tick">✓ {t('questions.chosen')}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <nav className="step-nav">
        <BackButton dispatch={dispatch} />
        {/* A returning visitor can skip the questions with the code on their printed checklist. */}
        {index === 0 && (
          <BigButton variant="secondary" className="question__resume" onClick={() => dispatch({ type: 'openResume' })}>
            {t('resume.open')}
          </BigButton>
        )}
        {!single && (
          <BigButton className="step-nav__next" disabled={chosen.length === 0} onClick={() => answer(chosen)}>
            {t('questions.next')}
          </BigButton>
        )}
      </nav>
    </main>
  );
}
