import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../../shared/questions-schema.ts';
import { BackButton } from '../../components/BackButton.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { Icon } from '../../components/Icon.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';

interface Props {
  question: QuestionView;
  index: number;
  total: number;
  /** Answers given before, when the visitor came back to this question. */
  previous: string[] | undefined;
  dispatch: (action: JourneyAction) => void;
}

/** One question per screen. A single-answer question moves on at one tap; a multiple one has Next. */
export function QuestionScreen({ question, index, total, previous, dispatch }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(previous ?? []);
  const single = question.kind === 'single';
  const answer = (answerIds: string[]) => dispatch({ type: 'answered', questionId: question.id, answerIds, questionCount: total });

  const tap = (id: string) => {
    if (single) return answer([id]);
    setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  };

  return (
    <main className="screen question">
      <p className="question__progress">{t('questions.progress', { current: index + 1, total })}</p>
      <ScreenHeading id="question-title">{question.title}</ScreenHeading>
      <p className="question__how">{single ? t('questions.chooseOne') : t('questions.chooseMany')}</p>
      {question.help && <p className="question__help">{question.help}</p>}
      <ul className="question__options" aria-labelledby="question-title">
        {question.options.map((option) => {
          const isChosen = chosen.includes(option.id);
          return (
            <li key={option.id}>
              <button
                type="button"
                className={`answer${isChosen ? ' answer--chosen' : ''}`}
                aria-pressed={single ? undefined : isChosen}
                onClick={() => tap(option.id)}
              >
                <Icon name={option.icon} />
                <span className="answer__label" dir="auto">
                  {option.label}
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
