import type { ScreenView } from '../../../shared/phone-picture.ts';
import { TabGlyph } from './icons.tsx';
import { usePhoneLook } from './look.ts';
import { TargetTag, useTargetLabel } from './Target.tsx';
import { PhoneWord } from './words.tsx';

/** Where a tab's "Tap here" sits: over the tab, kept inside the screen for the tabs at either edge. */
function tagSide(index: number, count: number): 'start' | 'middle' | 'end' {
  if (index === 0 && count > 1) return 'start';
  if (index === count - 1 && count > 1) return 'end';
  return 'middle';
}

/**
 * The bottom tab bar (the Phone app's Recents and Keypad, WhatsApp's Settings, WeChat's Me): each tab
 * an icon over its small word, the tab showing now tinted in the app's colour (on Android, Material's
 * pill behind the icon), the one to tap circled with its label above it. In the phone's order and
 * direction: a right-to-left phone mirrors it like the rest of the screen.
 */
export function TabBar({ tabs }: { tabs: ScreenView['tabs'] }) {
  const look = usePhoneLook();
  const label = useTargetLabel();
  if (tabs.length === 0) return null;
  return (
    <ul className={`phone-tabs phone-tabs--${look.system}`}>
      {tabs.map((tab, i) => {
        const classes = ['phone-tab'];
        if (tab.selected) classes.push('phone-tab--selected');
        if (tab.target) classes.push('phone-target', 'phone-tab--target', `phone-tab--tag-${tagSide(i, tabs.length)}`);
        return (
          <li key={i} className={classes.join(' ')} aria-current={tab.selected ? 'page' : undefined}>
            <span className="phone-tab__icon">
              <TabGlyph icon={tab.icon} />
            </span>
            <span className="phone-tab__label">
              <PhoneWord id={tab.label} />
            </span>
            {tab.target && <TargetTag label={label} />}
          </li>
        );
      })}
    </ul>
  );
}
