import { useEffect, useId, useRef, useState } from 'react';
import { RECOVERY_GROUP } from '../../../shared/staff.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';

/** "ABCD-EFGH-JKMN" (or the bare letters) as its groups of four, the way it is copied by hand. */
export function recoveryGroups(code: string): string[] {
  const bare = code.replaceAll(/[\s-]/g, '');
  const groups: string[] = [];
  for (let i = 0; i < bare.length; i += RECOVERY_GROUP) groups.push(bare.slice(i, i + RECOVERY_GROUP));
  return groups;
}

/**
 * The recovery code, shown this once (the core keeps only its hash): large, in groups of four, with
 * what to do with it. Going on needs "I have written it down" ticked first, so nobody taps past the
 * only moment the code can be read. Used after first-run setup, a recovery and the first PIN.
 */
export function RecoveryCodeScreen({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useStaffText();
  const [written, setWritten] = useState(false);
  const labelId = useId();
  // It replaces a form staff scrolled to the end of (setup, recovery): the code starts at the top.
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    root.current?.closest('.app__scroll')?.scrollTo({ top: 0 });
  }, []);
  return (
    <main ref={root} className="screen staff recovery-code" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.recoveryCode.title')}</ScreenHeading>
      <p className="recovery-code__lead">{t('staff.recoveryCode.shownOnce')}</p>
      <p id={labelId} className="recovery-code__label">
        {t('staff.recoveryCode.label')}
      </p>
      {/* Latin letters left to right, whatever the page around; each group its own box to copy from. */}
      <ol className="recovery-code__groups" aria-labelledby={labelId} dir="ltr">
        {recoveryGroups(code).map((group, i) => (
          <li key={i} className="recovery-code__group">
            {group}
          </li>
        ))}
      </ol>
      <p className="recovery-code__keep">{t('staff.recoveryCode.keepAway')}</p>
      <label className="recovery-code__check">
        <input type="checkbox" checked={written} onChange={(e) => setWritten(e.target.checked)} />
        <span>{t('staff.recoveryCode.written')}</span>
      </label>
      <nav className="step-nav">
        <BigButton className="step-nav__next" disabled={!written} onClick={onDone}>
          {t('staff.recoveryCode.continue')}
        </BigButton>
      </nav>
    </main>
  );
}
