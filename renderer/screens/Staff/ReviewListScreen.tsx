import type { ReviewItem } from '../../../shared/api.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { StaffLoading } from './StaffLoading.tsx';
import { useStaffCall } from './use-staff-call.ts';

type Kind = ReviewItem['kind'];
const GROUPS = [
  ['step', 'staff.review.steps'],
  ['note', 'staff.review.notes'],
  ['hotline', 'staff.review.hotlines'],
] as const satisfies readonly (readonly [Kind, string])[];

/** Where the fact sits in the content, so staff can find it on a phone and in the YAML. */
function place(item: ReviewItem, wholeGuide: string): string {
  switch (item.kind) {
    case 'step':
      return `${item.tutorialId} › ${item.variantId} › ${item.stepId}`;
    case 'note':
      return `${item.tutorialId} › ${item.stepId ?? wholeGuide}`;
    case 'hotline':
      return `${item.region} › ${item.hotlineId}`;
  }
}

/** The unconfirmed facts (getReviewList), grouped by kind: guide steps, facilitator notes, hotlines. */
export function ReviewListScreen({ onBack, onSessionLost }: { onBack: () => void; onSessionLost: () => void }) {
  const t = useStaffText();
  const list = useStaffCall('getReviewList', (read) => read.getReviewList({}), onSessionLost);
  return (
    <main className="screen staff review" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.review.title')}</ScreenHeading>
      <p className="review__hint">{t('staff.review.hint')}</p>
      {list.status !== 'ready' ? (
        <StaffLoading failed={list.status === 'failed'} onRetry={list.retry} />
      ) : list.data.items.length === 0 ? (
        <p>{t('staff.review.none')}</p>
      ) : (
        GROUPS.map(([kind, title]) => {
          const items = list.data.items.filter((i) => i.kind === kind);
          return items.length === 0 ? null : (
            <section key={kind} className="review__group" aria-labelledby={`review-${kind}`}>
              <h2 id={`review-${kind}`} className="health__title">
                {t(title)} ({items.length})
              </h2>
              <ul className="review__items">
                {items.map((item, index) => {
                  const where = place(item, t('staff.review.wholeGuide'));
                  return (
                    <li key={`${where}#${index}`} className="review__item">
                      <span className="review__place">{where}</span>
                      <span className="review__text">{item.text}</span>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })
      )}
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onBack}>
          {t('staff.back')}
        </BigButton>
      </nav>
    </main>
  );
}
