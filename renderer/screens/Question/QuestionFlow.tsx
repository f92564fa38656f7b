import type { Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useCall } from '../../api/use-call.ts';
import { CallStatus } from '../../components/CallStatus.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { QuestionScreen } from './QuestionScreen.tsx';

/** Loads the questions in the visitor's language and shows the one the journey is at. */
export function QuestionFlow({ locale, index, answers, dispatch }: { locale: Locale; index: number; answers: Record<string, string[]>; dispatch: (action: JourneyAction) => void }) {
  const api = useKiosk();
  const questions = useCall(`getQuestions:${locale}`, () => api.getQuestions({ locale }));
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
  // Keyed by question: each starts with its own choices.
  return <QuestionScreen key={question.id} question={question} index={index} total={list.length} previous={answers[question.id]} dispatch={dispatch} />;
}
