import type { ReactNode } from 'react';
import type { Locale } from '../../../shared/locales.ts';
import { LOCALE_INFO } from '../../../shared/locales.ts';
import { useCall } from '../../api/use-call.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { CallStatus } from '../../components/CallStatus.tsx';
import { Modal } from '../../components/Modal.tsx';
import type { JourneyState } from '../../flow/journey.ts';
import { langOf } from '../../staff/assist-context.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { englishName } from '../TutorialPlayer/FacilitatorNotes.tsx';
import { loadPanelContent, panelFacts, panelTutorialIds, type Both } from './staff-panel-facts.ts';

interface Props {
  journey: JourneyState;
  locale: Locale;
  onEnglish: (on: boolean) => void;
  /** Opens the practice scam calls for the visitor (issue 20); absent until the visitor has a plan. */
  onPractice?: (() => void) | undefined;
  onClose: () => void;
}

/** English first; below it the visitor's words, in their language and direction, to point at or read out. */
function Said({ both, locale }: { both: Both; locale: Locale }) {
  return (
    <>
      <span className="staff-panel__en">{both.en}</span>
      {/* Where the visitor's words are the English ones ("iPhone"), once is enough. */}
      {locale !== 'en' && both.own !== both.en && (
        <span className="staff-panel__visitor" {...langOf(locale)}>
          {both.own}
        </span>
      )}
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="staff-panel__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The volunteer's view of this visit (assisted visits only): the visitor's phone and version, the guide
 * and step, the steps that looked different, the plan and what is done, in English and the visitor's
 * language; and the English toggle. It is drawn from the journey in memory and reading calls only:
 * nothing of it is stored or logged.
 */
export function StaffPanel({ journey, locale, onEnglish, onPractice, onClose }: Props) {
  const t = useStaffText();
  const ids = panelTutorialIds(journey);
  const content = useCall(`staffPanel:${locale}:${ids.join()}`, (read) => loadPanelContent(read, locale, ids));
  const none = <span className="staff-panel__none">{t('staff.assist.none')}</span>;
  const facts = content.status === 'ready' ? panelFacts(journey, content.data) : null;
  return (
    <Modal labelledBy="staff-panel-title" className="staff-panel" onClose={onClose}>
      {/* Scrolls when the facts outgrow the dialog: focusable, so a keyboard or switch can scroll it too. */}
      <div className="modal__body" tabIndex={0} role="group" aria-labelledby="staff-panel-title" {...STAFF_LANG}>
        <h2 id="staff-panel-title" className="modal__title">
          {t('staff.assist.panelTitle')}
        </h2>
        <p className="staff-panel__stored">{t('staff.assist.panelNothingStored')}</p>
        {facts ? (
          <dl className="staff-panel__facts">
            <Row label={t('staff.assist.guide')}>
              {facts.guide ? (
                <Said both={facts.guide} locale={locale} />
              ) : (
                <span className="staff-panel__none">{t('staff.assist.noGuide')}</span>
              )}
            </Row>
            <Row label={t('staff.assist.step')}>
              {facts.step ? (
                <>
                  <span className="staff-panel__en staff-panel__count">
                    {t('staff.assist.stepOf', { current: facts.step.current, total: facts.step.total })}
                  </span>
                  <Said both={facts.step.text} locale={locale} />
                </>
              ) : (
                none
              )}
            </Row>
            <Row label={t('staff.assist.phone')}>
              {facts.phone.length > 0 ? (
                facts.phone.map((p, i) => <Said key={i} both={p} locale={locale} />)
              ) : (
                <span className="staff-panel__none">{t('staff.assist.notAnswered')}</span>
              )}
            </Row>
            <Row label={t('staff.assist.version')}>
              {facts.version ? <Said both={facts.version} locale={locale} /> : none}
            </Row>
            <Row label={t('staff.assist.lookedDifferent')}>
              {facts.lookedDifferent.length > 0 ? (
                <ul className="staff-panel__list">
                  {facts.lookedDifferent.map((d, i) => (
                    <li key={i}>
                      <span className="staff-panel__en staff-panel__count">
                        {`${t('staff.assist.step')} ${d.step}`}
                      </span>
                      <Said both={d.guide} locale={locale} />
                      <Said both={d.version} locale={locale} />
                    </li>
                  ))}
                </ul>
              ) : (
                none
              )}
            </Row>
            <Row label={t('staff.assist.plan')}>
              {facts.plan.length > 0 ? (
                <ul className="staff-panel__list">
                  {facts.plan.map((p, i) => (
                    <li key={i} className={p.done ? 'staff-panel__done' : undefined}>
                      <span className="staff-panel__en staff-panel__count">
                        {p.done ? `✓ ${t('staff.assist.planDone')}` : t('staff.assist.planToDo')}
                      </span>
                      <Said both={p.title} locale={locale} />
                    </li>
                  ))}
                </ul>
              ) : (
                none
              )}
            </Row>
            <Row label={t('staff.assist.language')}>
              <Said both={{ en: englishName(locale), own: LOCALE_INFO[locale].nativeName }} locale={locale} />
            </Row>
          </dl>
        ) : (
          <CallStatus failed={content.status === 'failed'} onRetry={content.retry} />
        )}
      </div>
      {/* Below the facts, never scrolled away: the toggle the volunteer comes back for, and the way out. */}
      <div className="staff-panel__foot" {...STAFF_LANG}>
        <BigButton
          variant={journey.staffEnglish ? 'primary' : 'secondary'}
          className="staff-panel__toggle"
          aria-pressed={journey.staffEnglish}
          onClick={() => onEnglish(!journey.staffEnglish)}
        >
          {t('staff.assist.english')}
        </BigButton>
        <p className="staff-panel__hint">{t('staff.assist.englishHint')}</p>
        {onPractice && (
          <BigButton variant="secondary" className="staff-panel__practice" onClick={onPractice}>
            {t('staff.assist.practice')}
          </BigButton>
        )}
        <BigButton className="modal__close" onClick={onClose}>
          {t('staff.assist.close')}
        </BigButton>
      </div>
    </Modal>
  );
}
