import { useTranslation } from 'react-i18next';

/**
 * "More below": shown whenever the screen's content continues under the step buttons, so a visitor
 * who sees "Next" does not take the screen for the whole story. A sign, not a button: it floats over
 * the content and must never sit on top of something to tap (it lets touches through). Whether it shows is
 * the style sheet's (a scroll-driven animation on the scroller, app.css `.more-below`): no script measures
 * the screen, so a tap lays the next screen out once (issue 18).
 */
export function MoreBelow() {
  const { t } = useTranslation();
  return (
    <p className="more-below" aria-hidden="true">
      {t('nav.moreBelow')}
      <svg className="more-below__arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 4v16m-6-6 6 6 6-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </p>
  );
}
