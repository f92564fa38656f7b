import type { Locale } from '../../../shared/locales.ts';
import { useCall } from '../../api/use-call.ts';
import { CallStatus } from '../../components/CallStatus.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { answeredPlatform } from './answer-choice.ts';
import { FindPhoneScreen } from './FindPhoneScreen.tsx';
import { QuestionScreen } from './QuestionScreen.tsx';
import { useEnglishContent } from '../../staff/assist-context.tsx';

interface Props {
  locale: Locale;
  index: number;
  answers: Record<string, string[]>;
  /** The journey is on "let's find out" (after "Not sure" which phone), over the question at `index`. */
  findingPhone?: boolean;
  dispatch: (action: JourneyAction) => void;
}

/** Loads the questions in the visitor's language and shows the one the journey is at. */
export function QuestionFlow({ locale, index, answers, findingPhone = false, dispatch }: Props) {
  const questions = useCall(`getQuestions:${locale}`, (read) => read.getQuestions({ locale }));
  // "Show in English for staff" (assisted visits): the same questions in English, under the visitor's.
  const english = useEnglishContent('getQuestions', (read) => read.getQuestions({ locale: 'en' }));
  if (questions.status !== 'ready') {
    return (
      <main className="screen">
        <CallStatus failed={questions.status === 'failed'} onRetry={questions.retry} />
      </main>
    );
  }
  const list = questions.data.questions;
  const question = list[Math.min(index, list.length - 1)];
  if (!question) return null;
  const notSure = question.options.find((o) => o.findOut);
  if (findingPhone && notSure?.findOut) {
    return (
      <FindPhoneScreen
        questionId={question.id}
        notSureId={notSure.id}
        findOut={notSure.findOut}
        index={index}
        total={list.length}
        dispatch={dispatch}
      />
    );
  }
  // Keyed by question: each starts with its own choices. The phone answered so far decides which
  // answers are offered (FaceTime only with an iPhone).
  return (
    <QuestionScreen
      key={question.id}
      question={question}
      platform={answeredPlatform(list, answers)}
      index={index}
      total={list.length}
      previous={answers[question.id]}
      dispatch={dispatch}
      english={english?.questions.find((q) => q.id === question.id)}
    />
  );
}
